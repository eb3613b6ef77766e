import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoWeekOf, plusDays } from '../../../shared/calendar/calendar-dates';
import { dateInputHint, formatDateInput, parseDateInput } from '../../../shared/calendar/date-input';
import type { DutyType } from '../../../shared/domain/duty';
import { defaultDutyDays, DutyType as DutyTypeSchema, dutyTypes } from '../../../shared/domain/duty';
import type { RotaProposal } from '../../../shared/roster/rota-generator';
import { useDutyMutations, useProposeRota } from '../../api/roster-queries';
import { useChannels, useVolunteers } from '../../api/settings-queries';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/forms/FormAlert';
import type { PathIssue } from '../../components/forms/form-issues';
import { useContractForm } from '../../components/forms/use-contract-form';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import { ProposalTable } from './ProposalTable';
import { useRosterStore } from './roster-store';
import type { RosterPeriod } from './use-roster-period';
import { useRosterText } from './use-roster-text';
import { SubmitForm } from '../../components/SubmitForm';
import { CheckboxList } from '../../components/CheckboxList';
import { DialogActions } from '../../components/DialogActions';
import styles from './roster.module.css';

/** Generate a rota: choose type, start and length, see the proposal, change any slot, accept. Nothing is saved before. */
export function GenerateDialog({ period }: { period: RosterPeriod }) {
  const { t } = useTranslation(['roster', 'domain']);
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  const volunteers = useVolunteers().data ?? [];
  const channels = useChannels().data ?? [];
  const text = useRosterText(volunteers);
  const close = useRosterStore((state) => state.close);
  const setPeriodStart = useRosterStore((state) => state.setPeriodStart);
  const showView = useRosterStore((state) => state.showView);
  const notify = useUiStore((state) => state.notify);
  const propose = useProposeRota();
  const { accept, undoAccept } = useDutyMutations();

  const nextMonday = plusDays(isoWeekOf(period.today).start, 7);
  const [type, setType] = useState<DutyType>('response');
  const [from, setFrom] = useState(formatDateInput(period.from > period.today ? period.from : nextMonday, format.language));
  const [periodDays, setPeriodDays] = useState(String(defaultDutyDays.response));
  const [count, setCount] = useState('4');
  const [channelIds, setChannelIds] = useState<string[]>([]);
  // The request's own words for its fields; what main refuses about the range is said on the start date.
  const form = useContractForm('roster:propose', { field: (path) => (path === 'from' || path === 'to' ? 'from' : null) });
  const [proposal, setProposal] = useState<RotaProposal | null>(null);
  const [assigned, setAssigned] = useState<string[]>([]);

  /** Any change to the request makes a shown proposal stale. */
  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setProposal(null);
  };

  const request = () => {
    const start = parseDateInput(from);
    const days = Number(periodDays);
    const periods = Number(count);
    const found: PathIssue[] = [];
    if (!start.ok || start.value === null) found.push({ path: 'from', message: t(start.ok ? 'generate.fromRequired' : 'generate.fromInvalid') });
    if (!Number.isInteger(days) || days < 1 || days > 31) found.push({ path: 'periodDays', message: t('generate.periodDaysInvalid') });
    if (!Number.isInteger(periods) || periods < 1 || periods * days > 366) found.push({ path: 'count', message: t('generate.countInvalid') });
    if (found.length || !start.ok || start.value === null) return void form.show(found);
    return form.parse({ type, from: start.value, to: plusDays(start.value, periods * days - 1), periodDays: days, channelIds });
  };

  const submitProposal = () => {
    const input = request();
    if (!input) return;
    propose.mutate(input, {
      onSuccess: (result) => {
        setProposal(result);
        setAssigned(result.slots.map((slot) => slot.volunteerId ?? ''));
      },
      onError: form.fail,
    });
  };

  const acceptProposal = () => {
    if (!proposal) return;
    const slots = proposal.slots.map((slot, index) => ({ from: slot.from, to: slot.to, volunteerId: assigned[index] || null }));
    accept.mutate(
      { type: proposal.type, from: proposal.from, to: proposal.to, channelIds: proposal.channelIds, slots },
      {
        onSuccess: ({ saved, replaced }) => {
          const gaps = saved.filter((duty) => duty.volunteerId === null).length;
          // Accepting may replace saved duties: undo brings them back in one step.
          const undo = () =>
            undoAccept.mutateAsync({ savedIds: saved.map((duty) => duty.id), replaced }).then(
              () => notify(t('generate.undone')),
              (failure: Error) => notify(text.error(failure)),
            );
          notify(gaps ? `${t('generate.saved', { count: saved.length })} ${t('generate.savedGaps', { count: gaps })}` : t('generate.saved', { count: saved.length }), {
            label: tCommon('toast.undo'),
            run: () => void undo(),
          });
          if (proposal.from < period.from || proposal.to > period.to) setPeriodStart(isoWeekOf(proposal.from).start);
          showView('grid');
          close();
        },
        onError: (failure) => notify(text.error(failure)),
      },
    );
  };

  return (
    <Dialog title={t('generate.title')} onDismiss={close} className="generate-dialog">
      <SubmitForm onSubmit={submitProposal}>
        <FormAlert form={form} />
        <div className={`form-grid ${styles.generateForm}`}>
          <Field label={t('generate.type')}>
            {(props) => (
              <select
                {...props}
                value={type}
                onChange={(event) => {
                  const next = DutyTypeSchema.parse(event.target.value);
                  changed(setType)(next);
                  setPeriodDays(String(defaultDutyDays[next]));
                }}
              >
                {dutyTypes.map((option) => (
                  <option key={option} value={option}>
                    {t(`domain:dutyType.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('generate.from')} hint={dateInputHint(format.language)} error={form.error('from')}>
            {(props) => <input {...props} type="text" inputMode="numeric" value={from} onChange={(event) => changed(setFrom)(event.target.value)} />}
          </Field>
          <Field label={t('generate.periodDays')} error={form.error('periodDays')}>
            {(props) => <input {...props} type="number" min={1} max={31} value={periodDays} onChange={(event) => changed(setPeriodDays)(event.target.value)} />}
          </Field>
          <Field label={t('generate.count')} error={form.error('count')}>
            {(props) => <input {...props} type="number" min={1} max={52} value={count} onChange={(event) => changed(setCount)(event.target.value)} />}
          </Field>
          {channels.length ? (
            <fieldset className="span-2 channel-choices">
              <legend>{t('generate.channels')}</legend>
              <CheckboxList options={channels.map((channel) => ({ value: channel.id, label: channel.name }))} chosen={channelIds} onChange={changed(setChannelIds)} />
              <p className={`field-hint ${styles.spanAll}`}>{t('generate.channelsHint')}</p>
            </fieldset>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" disabled={propose.isPending}>
            {proposal ? t('generate.again') : t('generate.propose')}
          </button>
        </div>
      </SubmitForm>

      {proposal ? (
        <ProposalTable proposal={proposal} assigned={assigned} onAssign={(index, id) => setAssigned(assigned.map((value, i) => (i === index ? id : value)))} volunteers={volunteers} />
      ) : (
        <p className={`muted ${styles.proposalHint}`}>{t('generate.hint')}</p>
      )}

      <DialogActions onCancel={close} confirm={t('generate.accept')} disabled={!proposal || accept.isPending} onConfirm={acceptProposal} />
    </Dialog>
  );
}
