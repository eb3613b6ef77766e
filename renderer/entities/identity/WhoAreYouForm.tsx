import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Name } from '../../../shared/domain/text';
import { ApiCallError } from '../../api/api-context';
import { useIdentity, useSetIdentity } from '../../api/identity-queries';
import { useVolunteers } from '../../api/settings-queries';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { SubmitForm } from '../../components/SubmitForm';
import { useValidationText } from '../../components/use-validation-text';

const NEW = 'new';

/**
 * "Who are you?": one of the plan's active volunteers, or a new one added at once. The
 * choice is kept on this laptop for this plan (identity:set); it signs approvals, comments
 * and ticks, and every change the storage records. Said plainly: trust, not access control.
 */
export function WhoAreYouForm({ onDone, onCancel, cancelLabel }: { onDone: () => void; onCancel: () => void; cancelLabel?: string }) {
  const { t } = useTranslation();
  const validationText = useValidationText();
  const volunteers = (useVolunteers().data ?? []).filter((volunteer) => volunteer.active);
  const current = useIdentity().data?.me?.volunteerId ?? null;
  const setIdentity = useSetIdentity();
  const [picked, setPicked] = useState<string>(current ?? (volunteers.length ? '' : NEW));
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const choice = volunteers.length === 0 ? NEW : picked;

  const submit = () => {
    if (choice === '') return setError(validationText('v.identityChoice'));
    if (choice === NEW) {
      const parsed = Name.safeParse(name);
      if (!parsed.success) return setError(validationText(parsed.error.issues[0].message));
    }
    setError(undefined);
    setIdentity.mutate(choice === NEW ? { newVolunteer: { name } } : { volunteerId: choice }, {
      onSuccess: onDone,
      onError: (failure) => setError(failure instanceof ApiCallError && failure.error.issues.length ? validationText(failure.error.issues[0].message) : failure.message),
    });
  };

  return (
    <SubmitForm onSubmit={submit}>
      <p>{t('identity.intro')}</p>
      {volunteers.length ? (
        <fieldset className="identity-choices">
          <legend>{t('identity.volunteers')}</legend>
          {volunteers.map((volunteer) => (
            <label className="checkbox" key={volunteer.id}>
              <input type="radio" name="identity" checked={choice === volunteer.id} onChange={() => setPicked(volunteer.id)} />
              {volunteer.name}
            </label>
          ))}
          <label className="checkbox">
            <input type="radio" name="identity" checked={choice === NEW} onChange={() => setPicked(NEW)} />
            {t('identity.someoneElse')}
          </label>
        </fieldset>
      ) : (
        <p className="muted">{t('identity.noVolunteers')}</p>
      )}
      {choice === NEW ? (
        <Field label={t('identity.newName')} error={error}>
          {(props) => <input {...props} type="text" autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
      ) : error ? (
        <p className="form-alert" role="alert">
          {error}
        </p>
      ) : null}
      <p className="field-hint">{t('identity.trust')}</p>
      <DialogActions onCancel={onCancel} cancel={cancelLabel} confirm={t('identity.confirm')} disabled={setIdentity.isPending} />
    </SubmitForm>
  );
}
