import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTimeInput } from '../../../shared/calendar/date-input';
import type { CampaignTemplate } from '../../../shared/domain/campaign';
import { newId } from '../../../shared/domain/ids';
import { useCampaignMutations } from '../../api/ideas-queries';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/forms/FormAlert';
import type { PathIssue } from '../../components/forms/form-issues';
import { useContractForm } from '../../components/forms/use-contract-form';
import { SubmitForm } from '../../components/SubmitForm';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import styles from './campaigns.module.css';

interface StepRow {
  id: string;
  offsetDays: string;
  title: string;
  time: string;
  contentType: CampaignTemplate['steps'][number]['contentType'];
}

/** A template's posts: days from the key date, title and time. Saved into the plan, so the whole team uses it. */
export function TemplateDialog({ template, onClose }: { template: CampaignTemplate; onClose: () => void }) {
  const { t } = useTranslation('campaigns');
  const format = useFormatters();
  const { saveTemplate } = useCampaignMutations();
  const notify = useUiStore((state) => state.notify);
  const form = useContractForm('campaigns:saveTemplate');
  const [name, setName] = useState(template.name);
  const [rows, setRows] = useState<StepRow[]>(template.steps.map((step) => ({ ...step, offsetDays: String(step.offsetDays), time: step.time ? format.time(step.time) : '' })));
  const change = (index: number, changes: Partial<StepRow>) => setRows(rows.map((row, at) => (at === index ? { ...row, ...changes } : row)));

  const submit = () => {
    const found: PathIssue[] = [];
    const steps = rows.map((row, index) => {
      const time = parseTimeInput(row.time);
      if (!time.ok) found.push({ path: `steps.${index}.time`, message: time.message });
      return { id: row.id, offsetDays: Number(row.offsetDays), title: row.title, time: time.ok ? time.value : null, contentType: row.contentType };
    });
    const input = form.parse({ ...template, name, steps }, found);
    if (input) saveTemplate.mutateAsync(input).then((saved) => (notify(t('templateSaved', { name: saved.name })), onClose()), form.fail);
  };

  return (
    <Dialog title={t('editTemplate')} onDismiss={onClose}>
      <SubmitForm onSubmit={submit}>
        <FormAlert form={form} />
        <label className={styles.templateName}>
          {t('fields.name')}
          <input value={name} onChange={(event) => setName(event.target.value)} aria-invalid={form.error('name') ? true : undefined} />
        </label>
        <table className={styles.steps}>
          <thead>
            <tr>
              <th scope="col">{t('step.offsetDays')}</th>
              <th scope="col">{t('step.title')}</th>
              <th scope="col">{t('step.time')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('removeStep')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id}>
                <td>
                  <input aria-label={t('step.offsetDays')} inputMode="numeric" value={row.offsetDays} onChange={(event) => change(index, { offsetDays: event.target.value })} aria-invalid={form.error(`steps.${index}.offsetDays`) ? true : undefined} />
                </td>
                <td>
                  <input aria-label={t('step.title')} value={row.title} onChange={(event) => change(index, { title: event.target.value })} aria-invalid={form.error(`steps.${index}.title`) ? true : undefined} />
                </td>
                <td>
                  <input aria-label={t('step.time')} value={row.time} onChange={(event) => change(index, { time: event.target.value })} aria-invalid={form.error(`steps.${index}.time`) ? true : undefined} />
                </td>
                <td>
                  <button type="button" onClick={() => setRows(rows.filter((_, at) => at !== index))} disabled={rows.length === 1}>
                    {t('removeStep')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => setRows([...rows, { id: newId(), offsetDays: '0', title: '', time: '18:00', contentType: 'announcement' }])}>
          + {t('addStep')}
        </button>
        <DialogActions onCancel={onClose} confirm={t('save')} disabled={saveTemplate.isPending} />
      </SubmitForm>
    </Dialog>
  );
}
