import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateInputHint, formatDateInput, parseDateInput } from '../../../shared/calendar/date-input';
import type { Duty, DutyType } from '../../../shared/domain/duty';
import { DutyFields } from '../../../shared/domain/duty';
import type { Volunteer } from '../../../shared/domain/volunteer';
import { dutyConflicts } from '../../../shared/roster/duty-rules';
import { useDutyMutations } from '../../api/roster-queries';
import { useChannels } from '../../api/settings-queries';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/forms/FormAlert';
import { topLevelField } from '../../components/forms/form-issues';
import { useContractForm } from '../../components/forms/use-contract-form';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import type { RosterDialog } from './roster-store';
import { useRosterStore } from './roster-store';
import { Icon } from '../../components/Icon';
import { SwapPicker } from './SwapPicker';
import { useDutyActions } from './use-duty-actions';
import { useRosterText } from './use-roster-text';
import { SubmitForm } from '../../components/SubmitForm';
import { CheckboxList } from '../../components/CheckboxList';
import { DialogActions } from '../../components/DialogActions';
import styles from './duty-dialog.module.css';
import roster from './roster.module.css';

type Props = { dialog: Extract<RosterDialog, { kind: 'duty' | 'new-duty' }>; duties: Duty[]; volunteers: Volunteer[] };

/** One duty: who holds it and when, what is wrong with it, swap it with another, or remove it. Also adds a duty by hand. */
export function DutyDialog({ dialog, duties, volunteers }: Props) {
  const { t } = useTranslation(['roster', 'domain']);
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  const text = useRosterText(volunteers);
  const close = useRosterStore((state) => state.close);
  const notify = useUiStore((state) => state.notify);
  const { create, update } = useDutyMutations();
  const channels = useChannels().data ?? [];
  const { deleteDuty } = useDutyActions(volunteers);
  const existing = dialog.kind === 'duty' ? duties.find((duty) => duty.id === dialog.dutyId) : undefined;
  const type: DutyType = existing?.type ?? (dialog.kind === 'new-duty' ? dialog.type : 'response');
  const [form, setForm] = useState(() => ({
    volunteerId: existing?.volunteerId ?? '',
    from: formatDateInput(existing?.from ?? (dialog.kind === 'new-duty' ? (dialog.from as Duty['from']) : null), format.language),
    to: formatDateInput(existing?.to ?? (dialog.kind === 'new-duty' ? (dialog.to as Duty['to']) : null), format.language),
    note: existing?.note ?? '',
    channelIds: existing?.channelIds ?? [],
  }));
  // Create and update take the same fields; an update's sit under "changes.".
  const issues = useContractForm('duties:create', { under: 'changes.', field: topLevelField(Object.keys(form)) });

  // A date typed wrong stays text, so that the contract's check names it.
  const input = useMemo(() => {
    const [from, to] = [parseDateInput(form.from), parseDateInput(form.to)];
    return { type, volunteerId: form.volunteerId || null, from: from.ok ? from.value : form.from, to: to.ok ? to.value : form.to, channelIds: form.channelIds, note: form.note };
  }, [form, type]);
  const parsed = useMemo(() => DutyFields.safeParse(input), [input]);
  // What would be wrong with the duty as it now stands in the form, among the other duties.
  const preview = useMemo(() => {
    if (!parsed.success) return [];
    const candidate: Duty = { ...parsed.data, id: existing?.id ?? 'new' };
    return dutyConflicts([...duties.filter((duty) => duty.id !== candidate.id), candidate], volunteers).get(candidate.id) ?? [];
  }, [parsed, duties, volunteers, existing]);

  if (dialog.kind === 'duty' && !existing) return null;
  const options = volunteers.filter((volunteer) => volunteer.active || volunteer.id === existing?.volunteerId);
  const { error } = issues;

  const save = () => {
    const fields = issues.parse(input);
    if (!fields) return;
    const done = () => {
      notify(t('duty.saved'));
      close();
    };
    if (existing) update.mutate({ id: existing.id, changes: { volunteerId: fields.volunteerId, from: fields.from, to: fields.to, channelIds: fields.channelIds, note: fields.note } }, { onSuccess: done, onError: issues.fail });
    else create.mutate(fields, { onSuccess: done, onError: issues.fail });
  };

  const title = existing ? t('duty.title', { type: t(`domain:dutyType.${type}`), dates: text.dates(existing.from, existing.to) }) : t('duty.newTitle', { type: t(`domain:dutyType.${type}`) });
  return (
    <Dialog title={title} onDismiss={close} className="duty-dialog">
      <SubmitForm onSubmit={save}>
        <FormAlert form={issues} />
        <div className="form-grid">
          <Field label={t('duty.person')} error={error('volunteerId')} className="span-2">
            {(props) => (
              <select {...props} value={form.volunteerId} onChange={(event) => setForm({ ...form, volunteerId: event.target.value })}>
                <option value="">{t('duty.nobody')}</option>
                {options.map((volunteer) => (
                  <option key={volunteer.id} value={volunteer.id}>
                    {volunteer.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('duty.from')} hint={dateInputHint(format.language)} error={error('from')}>
            {(props) => <input {...props} type="text" inputMode="numeric" value={form.from} onChange={(event) => setForm({ ...form, from: event.target.value })} />}
          </Field>
          <Field label={t('duty.to')} hint={dateInputHint(format.language)} error={error('to')}>
            {(props) => <input {...props} type="text" inputMode="numeric" value={form.to} onChange={(event) => setForm({ ...form, to: event.target.value })} />}
          </Field>
          <Field label={t('duty.note')} error={error('note')} className="span-2">
            {(props) => <input {...props} type="text" value={form.note} onChange={(event) => setForm({ ...form, note: event.target.value })} />}
          </Field>
          {channels.length ? (
            <fieldset className="span-2">
              <legend>{t('generate.channels')}</legend>
              <CheckboxList options={channels.map((channel) => ({ value: channel.id, label: channel.name }))} chosen={form.channelIds} onChange={(channelIds) => setForm({ ...form, channelIds })} />
              <p className={`field-hint ${roster.spanAll}`}>{t('generate.channelsHint')}</p>
            </fieldset>
          ) : null}
        </div>
        {preview.length ? (
          <ul className={styles.conflictList} aria-label={t('duty.problems')}>
            {preview.map((item) => (
              <li key={item.kind}>
                <Icon name="alert" size={14} /> {text.conflict(item)}
              </li>
            ))}
          </ul>
        ) : null}
        <DialogActions onCancel={close} confirm={tCommon('actions.save')} disabled={create.isPending || update.isPending}>
          {existing ? (
            <button
              type="button"
              className="danger left"
              onClick={() => {
                void deleteDuty(existing);
                close();
              }}
            >
              {t('duty.delete')}
            </button>
          ) : null}
        </DialogActions>
      </SubmitForm>
      {existing ? <SwapPicker duty={existing} duties={duties} volunteers={volunteers} /> : null}
    </Dialog>
  );
}
