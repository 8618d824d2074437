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

function hintOf(field: FieldView, texts: Texts): string | undefined {
  const parts: string[] = [];
  if (field.kind === 'date') parts.push(texts.dateHint);
  if (field.placeholder !== '') parts.push(texts.placeholderInDocument(field.placeholder));
  if (field.occurrences > 1) parts.push(texts.occursTimes(field.occurrences));
  return parts.length > 0 ? parts.join(' ') : undefined;
}

export const SlotField = memo(function SlotField(props: SlotFieldProps): JSX.Element {
  const { field, value, message, texts, onChange } = props;
  const id = `veld-${field.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <Field
      label={field.label}
      hint={hintOf(field, texts)}
      validationState={message !== null ? 'error' : 'none'}
      validationMessage={message ?? undefined}
      className="vo-field"
    >
      {field.choices !== null ? (
        <Select id={id} className="vo-select" value={value} onChange={(_, data) => onChange(field.id, data.value)} data-slot={field.id}>
          <option value="">{texts.choosePlaceholder}</option>
          {field.choices.map((choice) => <option key={choice} value={choice}>{choice}</option>)}
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
