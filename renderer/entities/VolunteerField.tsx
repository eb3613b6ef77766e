import type { Volunteer } from '../../shared/domain/volunteer';
import { Field } from '../components/Field';
import { VolunteerOptions } from './VolunteerOptions';

interface VolunteerFieldProps {
  label: string;
  /** What "nobody" is called here ("Ei ketään", "Ei vastuuhenkilöä"). */
  nobody: string;
  value: string | null;
  volunteers: readonly Pick<Volunteer, 'id' | 'name'>[];
  onChange: (volunteerId: string | null) => void;
  error?: string;
  hint?: string;
  /** The checklist item whose "Fix" link focuses this field (data-fix). */
  fix?: string;
}

/** A labelled choice of one volunteer or nobody (a channel's responsible volunteer, a post's author or responder); nobody reaches `onChange` as null. */
export function VolunteerField({ label, nobody, value, volunteers, onChange, error, hint, fix }: VolunteerFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(props) => (
        <select {...props} value={value ?? ''} data-fix={fix} onChange={(event) => onChange(event.target.value || null)}>
          <option value="">{nobody}</option>
          <VolunteerOptions volunteers={volunteers} />
        </select>
      )}
    </Field>
  );
}
