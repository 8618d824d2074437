// One field of the agreement: a text box or a choice, with the answers model's message under it.
import { Field, Input, Select } from '@fluentui/react-components';
import { memo } from 'react';
import type { Texts } from '../i18n';
import type { FieldView } from './form-model';

export interface SlotFieldProps {
  readonly field: FieldView;
  readonly value: string;
  readonly message: string | null;
  readonly texts: Texts;
  onChange(id: string, value: string): void;
}

const INPUT_MODE: Partial<Record<FieldView['kind'], 'numeric' | 'email'>> = { kvk: 'numeric', email: 'email' };

function hintOf(field: FieldView, value: string, texts: Texts): JSX.Element | undefined {
  const date = field.kind === 'date' ? `${texts.dateHint} ` : '';
  // What the document shows in an empty field; once a value is typed, that would no longer be true.
  const placeholder = field.placeholder !== '' && value.trim() === '';
  const times = field.occurrences > 1 ? texts.occursTimes(field.occurrences) : '';
  if (date === '' && !placeholder && times === '') return undefined;
  return (
    <>
      {date}
      {placeholder && <>{texts.placeholderInDocument} <span lang="nl">“{field.placeholder}”</span>. </>}
      {times}
    </>
  );
}

export const SlotField = memo(function SlotField(props: SlotFieldProps): JSX.Element {
  const { field, value, message, texts, onChange } = props;
  const id = `veld-${field.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <Field
      label={field.label}
      hint={hintOf(field, value, texts)}
      validationState={message !== null ? 'error' : 'none'}
      validationMessage={message ?? undefined}
      className="vo-field"
    >
      {field.choices !== null ? (
        <Select id={id} className="vo-select" value={value} onChange={(_, data) => onChange(field.id, data.value)} data-slot={field.id}>
          <option value="">{texts.choosePlaceholder}</option>
          {field.choices.map((choice) => <option key={choice} value={choice} lang="nl">{choice}</option>)}
          {value !== '' && !field.choices.includes(value) && <option value={value}>{value}</option>}
        </Select>
      ) : (
        <Input
          id={id}
          value={value}
          inputMode={INPUT_MODE[field.kind]}
          autoComplete="off"
          onChange={(_, data) => onChange(field.id, data.value)}
          data-slot={field.id}
        />
      )}
    </Field>
  );
});
