import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings, useUpdateSettings } from '../api/settings-queries';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { useValidationText } from '../components/use-validation-text';
import { SubmitForm } from '../components/SubmitForm';
import { DialogActions } from '../components/DialogActions';

/**
 * Approving and commenting record who did it: with no name in Settings yet, ask for
 * it once (it is saved there), then carry on with what the person was doing.
 */
export function useUserNamePrompt(): { withName: (then: () => void) => void; prompt: React.JSX.Element | null } {
  const { t } = useTranslation('review');
  const userName = useSettings().data?.userName ?? '';
  const update = useUpdateSettings();
  const validationText = useValidationText();
  const [pending, setPending] = useState<(() => void) | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();

  const withName = (then: () => void) => {
    if (userName.trim()) then();
    else setPending(() => then);
  };
  const prompt = pending ? (
    <Dialog title={t('name.title')} onDismiss={() => setPending(null)} className="small-dialog">
      <SubmitForm
        onSubmit={() => {
          if (!name.trim()) return setError(validationText('v.required'));
          update.mutate(
            { userName: name.trim() },
            {
              onSuccess: () => {
                const then = pending;
                setPending(null);
                then();
              },
              onError: (failure) => setError(failure.message),
            },
          );
        }}
      >
        <p className="muted">{t('name.why')}</p>
        <Field label={t('name.label')} error={error}>
          {(props) => <input {...props} type="text" autoFocus autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <DialogActions onCancel={() => setPending(null)} confirm={t('name.save')} disabled={update.isPending} />
      </SubmitForm>
    </Dialog>
  ) : null;
  return { withName, prompt };
}
