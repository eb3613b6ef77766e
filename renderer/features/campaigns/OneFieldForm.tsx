import type { InputHTMLAttributes } from 'react';
import { Field } from '../../components/Field';
import styles from './campaigns.module.css';

/**
 * A campaign's one-value change in place (its name, its key date, the amount raised): a labelled
 * field and its submit button on one row, Enter submitting it as in the other forms.
 */
export function OneFieldForm({
  label,
  value,
  onChange,
  onSubmit,
  submitLabel,
  pending,
  input = {},
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  submitLabel: string;
  pending: boolean;
  input?: Pick<InputHTMLAttributes<HTMLInputElement>, 'autoFocus' | 'inputMode' | 'title'>;
}) {
  return (
    <form
      className={styles.inline}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Field label={label}>{(field) => <input {...field} {...input} value={value} onChange={(event) => onChange(event.target.value)} />}</Field>
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
