import { useTranslation } from 'react-i18next';
import { useAssociation, useUpdateAssociation } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm } from '../../components/forms/use-contract-form';
import { useDraft } from '../../components/forms/use-draft';
import { useUiStore } from '../../state/ui-store';
import { SubmitForm } from '../../components/SubmitForm';

const fields = [
  ['name', 'associationName'],
  ['description', 'description'],
  ['website', 'website'],
  ['email', 'email'],
  ['phone', 'phone'],
] as const;

export function AssociationSettings() {
  const { t } = useTranslation('settings');
  const { t: tCommon } = useTranslation();
  const saved = useAssociation().data;
  const update = useUpdateAssociation();
  const notify = useUiStore((state) => state.notify);
  const edit = useDraft(saved);
  const form = useContractForm('association:update');
  const draft = edit.value;
  if (!draft) return null;

  const save = () => {
    const changes = form.parse(draft);
    if (changes) update.mutate(changes, {
        onSuccess: () => {
          edit.reset();
          notify(t('saved'));
        },
        onError: form.fail,
      });
  };

  return (
    <section className="panel" aria-labelledby="association-title">
      <h2 id="association-title">{t('association')}</h2>
      <SubmitForm onSubmit={save}>
        <FormAlert form={form} />
        <div className="form-grid">
          {fields.map(([field, label]) => (
            <Field key={field} label={t(label)} error={form.error(field)} className={field === 'description' ? 'span-2' : undefined}>
              {(props) =>
                field === 'description' ? (
                  <textarea {...props} rows={3} value={draft[field]} onChange={(event) => edit.set({ ...draft, [field]: event.target.value })} />
                ) : (
                  <input {...props} type={field === 'email' ? 'email' : 'text'} value={draft[field]} onChange={(event) => edit.set({ ...draft, [field]: event.target.value })} />
                )
              }
            </Field>
          ))}
        </div>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={update.isPending}>
            {tCommon('actions.save')}
          </button>
        </div>
      </SubmitForm>
    </section>
  );
}
