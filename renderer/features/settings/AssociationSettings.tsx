import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Association } from '../../../shared/domain/association';
import { Association as AssociationSchema } from '../../../shared/domain/association';
import { useAssociation, useUpdateAssociation } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { useValidationText } from '../../components/use-validation-text';
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
  const validationText = useValidationText();
  const saved = useAssociation().data;
  const update = useUpdateAssociation();
  const notify = useUiStore((state) => state.notify);
  const [draft, setDraft] = useState<Association | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof Association, string>>>({});
  useEffect(() => setDraft(saved ?? null), [saved]);
  if (!draft) return null;

  const save = () => {
    const parsed = AssociationSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setErrors({});
    update.mutate(parsed.data, { onSuccess: () => notify(t('saved')) });
  };

  return (
    <section className="panel" aria-labelledby="association-title">
      <h2 id="association-title">{t('association')}</h2>
      <SubmitForm onSubmit={save}>
        <div className="form-grid">
          {fields.map(([field, label]) => (
            <Field key={field} label={t(label)} error={errors[field] ? validationText(errors[field]) : undefined} className={field === 'description' ? 'span-2' : undefined}>
              {(props) =>
                field === 'description' ? (
                  <textarea {...props} rows={3} value={draft[field]} onChange={(event) => setDraft({ ...draft, [field]: event.target.value })} />
                ) : (
                  <input {...props} type={field === 'email' ? 'email' : 'text'} value={draft[field]} onChange={(event) => setDraft({ ...draft, [field]: event.target.value })} />
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
