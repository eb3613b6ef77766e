import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings, useUpdateSettings } from '../api/settings-queries';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { FormAlert } from '../components/forms/FormAlert';
import { useContractForm } from '../components/forms/use-contract-form';
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
  const form = useContractForm('settings:update', { field: (path) => (path === 'userName' ? path : null) });
  const [pending, setPending] = useState<(() => void) | null>(null);
  const [name, setName] = useState('');

  const withName = (then: () => void) => {
    if (userName.trim()) then();
    else setPending(() => then);
  };
  const prompt = pending ? (
    <Dialog title={t('name.title')} onDismiss={() => setPending(null)} className="small-dialog">
      <SubmitForm
        onSubmit={() => {
          // Settings allow no name at all; here a name is what was asked for.
          const changes = form.parse({ userName: name }, name.trim() ? [] : [{ path: 'userName', message: 'v.required' }]);
          if (!changes) return;
          update.mutate(
            changes,
            {
              onSuccess: () => {
                const then = pending;
                setPending(null);
                then();
              },
              onError: form.fail,
            },
          );
        }}
      >
        <FormAlert form={form} />
        <p className="muted">{t('name.why')}</p>
        <Field label={t('name.label')} error={form.error('userName')}>
          {(props) => <input {...props} type="text" autoFocus autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <DialogActions onCancel={() => setPending(null)} confirm={t('name.save')} disabled={update.isPending} />
      </SubmitForm>
    </Dialog>
  ) : null;
  return { withName, prompt };
}
