// A Bijlage 1 table as a list of rows, each row a small group of labelled fields: a seven-column
// table does not fit a 320 px pane, a stack of labelled fields does.
import { Button, Field, Input } from '@fluentui/react-components';
import type { Texts } from '../i18n';
import type { TableView } from './form-model';

export interface TableRowsProps {
  readonly table: TableView;
  readonly rows: readonly (readonly string[])[];
  readonly messages: readonly string[];
  readonly texts: Texts;
  onChange(tableId: string, rows: string[][]): void;
}

export function TableRows(props: TableRowsProps): JSX.Element {
  const { table, rows, messages, texts, onChange } = props;
  const headingId = `tabel-${table.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const copy = (): string[][] => rows.map((r) => [...r]);
  const setCell = (rowIndex: number, column: number, value: string): void => {
    const next = copy();
    const row = next[rowIndex];
    if (!row) return;
    while (row.length < table.columns.length) row.push('');
    row[column] = value;
    onChange(table.id, next);
  };
  const addRow = (): void => onChange(table.id, [...copy(), table.columns.map(() => '')]);
  const removeRow = (rowIndex: number): void => onChange(table.id, copy().filter((_, i) => i !== rowIndex));
  return (
    <section aria-labelledby={headingId} className="vo-table">
      <h4 id={headingId} className="vo-subheading">{table.label}</h4>
      {rows.length === 0 && <p className="vo-muted">{texts.rowsNone}</p>}
      {rows.map((row, rowIndex) => (
        <fieldset key={rowIndex} className="vo-row" data-table={table.id} data-row={rowIndex + 1}>
          <legend>{texts.rowHeading(table.label, rowIndex + 1)}</legend>
          {table.columns.map((column, columnIndex) => (
            <Field key={columnIndex} label={column} className="vo-field">
              <Input
                value={row[columnIndex] ?? ''}
                aria-label={texts.cellLabel(rowIndex + 1, column)}
                data-cell={`${table.id}:${rowIndex + 1}:${columnIndex}`}
                onChange={(_, data) => setCell(rowIndex, columnIndex, data.value)}
              />
            </Field>
          ))}
          <Button appearance="subtle" onClick={() => removeRow(rowIndex)}>{texts.removeRow(rowIndex + 1)}</Button>
        </fieldset>
      ))}
      {messages.length > 0 && (
        <ul className="vo-errors" role="alert">{messages.map((m, i) => <li key={i}>{m}</li>)}</ul>
      )}
      <Button onClick={addRow} aria-describedby={headingId} data-table-add={table.id}>{texts.addRow}</Button>
    </section>
  );
}
