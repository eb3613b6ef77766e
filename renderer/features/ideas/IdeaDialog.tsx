import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea, IdeaStatus } from '../../../shared/domain/idea';
import { ideaStatuses } from '../../../shared/domain/idea';
import { useIdeaMutations } from '../../api/ideas-queries';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm } from '../../components/forms/use-contract-form';
import { SubmitForm } from '../../components/SubmitForm';

const tagsOf = (text: string) => [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];

/** A new idea, or an existing one's words, proposer, tags and status (a dropped one says why). */
export function IdeaDialog({ idea, onClose }: { idea: Idea | null; onClose: () => void }) {
  const { t } = useTranslation('ideas');
  const { create, update } = useIdeaMutations();
  const createForm = useContractForm('ideas:create');
  const updateForm = useContractForm('ideas:update', { under: 'changes.' });
  const form = idea ? updateForm : createForm;
  const [draft, setDraft] = useState({
    title: idea?.title ?? '',
    description: idea?.description ?? '',
    proposer: idea?.proposer ?? '',
    tags: idea?.tags.join(', ') ?? '',
    status: idea?.status ?? ('new' as IdeaStatus),
    statusReason: idea?.statusReason ?? '',
  });
  const set = (changes: Partial<typeof draft>) => setDraft({ ...draft, ...changes });

  const submit = () => {
    const fields = { ...draft, tags: tagsOf(draft.tags), statusReason: draft.status === 'dropped' ? draft.statusReason : '' };
    if (idea) {
      const input = updateForm.parse({ id: idea.id, changes: fields });
      if (input) update.mutateAsync(input).then(onClose, updateForm.fail);
    } else {
      const input = createForm.parse(fields);
      if (input) create.mutateAsync(input).then(onClose, createForm.fail);
    }
  };

  return (
    <Dialog title={idea ? t('edit') : t('new')} onDismiss={onClose}>
      <SubmitForm onSubmit={submit}>
        <FormAlert form={form} />
        <div className="form-grid">
          <Field label={t('fields.title')} error={form.error('title')} className="span-2">
            {(props) => <input {...props} value={draft.title} onChange={(event) => set({ title: event.target.value })} />}
          </Field>
          <Field label={t('fields.description')} error={form.error('description')} className="span-2">
            {(props) => <textarea {...props} rows={3} value={draft.description} onChange={(event) => set({ description: event.target.value })} />}
          </Field>
          <Field label={t('fields.proposer')} error={form.error('proposer')}>
            {(props) => <input {...props} value={draft.proposer} onChange={(event) => set({ proposer: event.target.value })} />}
          </Field>
          <Field label={t('fields.tags')} error={form.error('tags')}>
            {(props) => <input {...props} value={draft.tags} onChange={(event) => set({ tags: event.target.value })} />}
          </Field>
          <Field label={t('fields.status')} error={form.error('status')}>
            {(props) => (
              <select {...props} value={draft.status} onChange={(event) => set({ status: event.target.value as IdeaStatus })}>
                {ideaStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`status.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {draft.status === 'dropped' ? (
            <Field label={t('fields.statusReason')} error={form.error('statusReason')}>
              {(props) => <input {...props} value={draft.statusReason} onChange={(event) => set({ statusReason: event.target.value })} />}
            </Field>
          ) : null}
        </div>
        <DialogActions onCancel={onClose} confirm={t('save')} disabled={create.isPending || update.isPending} />
      </SubmitForm>
    </Dialog>
  );
}
