import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateInputHint, formatDateInput, parseDateInput } from '../../shared/calendar/date-input';
import type { LocalDate } from '../../shared/domain/local-time';
import { useCampaignMutations, useCampaignTemplates } from '../api/ideas-queries';
import { Dialog } from '../components/Dialog';
import { DialogActions } from '../components/DialogActions';
import { Field } from '../components/Field';
import { FormAlert } from '../components/forms/FormAlert';
import type { PathIssue } from '../components/forms/form-issues';
import { useContractForm } from '../components/forms/use-contract-form';
import { SubmitForm } from '../components/SubmitForm';
import { useFormatters } from '../components/use-formatters';
import { useUiStore } from '../state/ui-store';

/**
 * A campaign from a template: its posts are placed as drafts around the key date. Opened from
 * the Campaigns screen, and from an idea (which then names the campaign it became).
 */
export function NewCampaignDialog({ idea, defaultDate, onClose, onCreated }: { idea?: { id: string; title: string }; defaultDate: LocalDate; onClose: () => void; onCreated?: () => void }) {
  const { t } = useTranslation('campaigns');
  const format = useFormatters();
  const templates = useCampaignTemplates().data ?? [];
  const { create } = useCampaignMutations();
  const notify = useUiStore((state) => state.notify);
  const form = useContractForm('campaigns:create');
  const [name, setName] = useState(idea?.title ?? '');
  const [goal, setGoal] = useState('');
  const [keyDate, setKeyDate] = useState(formatDateInput(defaultDate, format.language));
  const [templateId, setTemplateId] = useState('');
  const [target, setTarget] = useState('');
  const template = templates.find((entry) => entry.id === templateId) ?? templates[0];

  const submit = () => {
    if (!template) return;
    const date = parseDateInput(keyDate);
    const amount = target.trim() === '' ? null : Number(target);
    const found: PathIssue[] = [];
    if (!date.ok || date.value === null) found.push({ path: 'keyDate', message: date.ok ? 'v.required' : date.message });
    if (amount !== null && !Number.isInteger(amount)) found.push({ path: 'targetAmount', message: 'v.amountInvalid' });
    const input = form.parse(
      { name, goal, keyDate: date.ok ? date.value : null, templateId: template.id, kind: template.kind, targetAmount: template.kind === 'fundraiser' ? amount : null, ideaId: idea?.id ?? null },
      found,
    );
    if (!input) return;
    create.mutateAsync(input).then((campaign) => {
      notify(t('created', { name: campaign.name, count: campaign.posts.length }));
      onCreated?.();
      onClose();
    }, form.fail);
  };

  return (
    <Dialog title={t('new')} onDismiss={onClose}>
      <SubmitForm onSubmit={submit}>
        <FormAlert form={form} />
        <div className="form-grid">
          <Field label={t('fields.name')} error={form.error('name')} className="span-2">
            {(props) => <input {...props} value={name} onChange={(event) => setName(event.target.value)} />}
          </Field>
          <Field label={t('fields.template')}>
            {(props) => (
              <select {...props} value={template?.id ?? ''} onChange={(event) => setTemplateId(event.target.value)}>
                {templates.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('fields.keyDate')} hint={dateInputHint(format.language)} error={form.error('keyDate')}>
            {(props) => <input {...props} value={keyDate} onChange={(event) => setKeyDate(event.target.value)} />}
          </Field>
          <Field label={t('fields.goal')} error={form.error('goal')} className="span-2">
            {(props) => <textarea {...props} rows={2} value={goal} onChange={(event) => setGoal(event.target.value)} />}
          </Field>
          {template?.kind === 'fundraiser' ? (
            <Field label={t('fields.targetAmount')} error={form.error('targetAmount')}>
              {(props) => <input {...props} inputMode="numeric" value={target} onChange={(event) => setTarget(event.target.value)} />}
            </Field>
          ) : null}
        </div>
        <DialogActions onCancel={onClose} confirm={t('create')} disabled={create.isPending || !template} />
      </SubmitForm>
    </Dialog>
  );
}
