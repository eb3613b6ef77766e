import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isoWeekOf } from '../../../shared/calendar/calendar-dates';
import type { Duty } from '../../../shared/domain/duty';
import type { LocalDate } from '../../../shared/domain/local-time';
import { daysInMonth, localDate } from '../../../shared/domain/local-time';
import type { Volunteer } from '../../../shared/domain/volunteer';
import { dutyConflicts } from '../../../shared/roster/duty-rules';
import type { RotaProposal } from '../../../shared/roster/rota-generator';
import { whyNoDuties } from '../../../shared/roster/rota-reasons';
import { useDutiesBetween } from '../../api/roster-queries';
import { Icon } from '../../components/Icon';
import { useRosterText } from './use-roster-text';
import styles from './roster.module.css';

const monthEnd = (date: LocalDate) => localDate(`${date.slice(0, 7)}-${String(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`);

/**
 * The proposal, one row per period, each with a choice of person. Gaps are red with
 * the generator's reason; a slot the user changed is checked again (away, limit) on
 * the spot, against the stored duties of the same months.
 */
export function ProposalTable({ proposal, assigned, onAssign, volunteers }: { proposal: RotaProposal; assigned: string[]; onAssign: (index: number, volunteerId: string) => void; volunteers: Volunteer[] }) {
  const { t } = useTranslation(['roster', 'domain']);
  const text = useRosterText(volunteers);
  const stored = useDutiesBetween(localDate(`${proposal.from.slice(0, 7)}-01`), monthEnd(proposal.to)).data;
  const active = volunteers.filter((volunteer) => volunteer.active);

  const conflicts = useMemo(() => {
    const replaced = new Set(proposal.replaces);
    const kept = (stored ?? []).filter((duty) => !replaced.has(duty.id));
    const slots: Duty[] = proposal.slots.map((slot, index) => ({ id: `slot-${index}`, type: proposal.type, volunteerId: assigned[index] || null, from: slot.from, to: slot.to, channelIds: proposal.channelIds, note: '' }));
    return dutyConflicts([...kept, ...slots], volunteers);
  }, [stored, proposal, assigned, volunteers]);

  const gaps = assigned.filter((id) => id === '').length;
  const withoutDuties = whyNoDuties(proposal, assigned, volunteers);
  return (
    <section className={styles.proposal} aria-labelledby="proposal-title">
      <h3 id="proposal-title">{t('generate.proposalTitle', { type: t(`domain:dutyType.${proposal.type}`), count: proposal.slots.length })}</h3>
      <p className="muted">
        {t('generate.gaps', { count: gaps })} {proposal.replaces.length ? t('generate.replaces', { count: proposal.replaces.length }) : null}
      </p>
      <table className={styles.proposalTable}>
        <thead>
          <tr>
            <th scope="col">{t('generate.period')}</th>
            <th scope="col">{t('duty.person')}</th>
            <th scope="col">{t('generate.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {proposal.slots.map((slot, index) => {
            const chosen = assigned[index];
            const edited = chosen !== (slot.volunteerId ?? '');
            const problems = conflicts.get(`slot-${index}`) ?? [];
            const week = isoWeekOf(slot.from).week;
            const label = t('generate.personFor', { week, dates: text.dates(slot.from, slot.to) });
            return (
              <tr key={slot.from} className={chosen === '' ? styles.proposalGap : undefined}>
                <th scope="row">
                  {t('weekShort', { week })} <span className="muted">{text.dates(slot.from, slot.to)}</span>
                </th>
                <td>
                  <select aria-label={label} value={chosen} onChange={(event) => onAssign(index, event.target.value)}>
                    <option value="">{t('gap')}</option>
                    {active.map((volunteer) => (
                      <option key={volunteer.id} value={volunteer.id}>
                        {volunteer.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td className={styles.proposalNotes}>
                  {chosen === '' ? (
                    <span className={styles.noteDanger}>
                      <Icon name="alert" size={14} /> {edited ? t('gapReason.chosen') : text.gap(slot.gap, proposal.type)}
                    </span>
                  ) : null}
                  {problems.map((problem) => (
                    <span className={styles.noteWarning} key={problem.kind}>
                      <Icon name="alert" size={14} /> {text.conflict(problem)}
                    </span>
                  ))}
                  {!edited && slot.backToBack ? <span className="muted">{t('generate.backToBack')}</span> : null}
                  {!edited && chosen !== '' && slot.blocked.length ? (
                    <span className="muted">{t('generate.blocked', { who: slot.blocked.map((b) => `${text.name(b.volunteerId)} (${t(`blocked.${b.reason}`)})`).join(', ') })}</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {withoutDuties.length ? (
        <div className={styles.withoutDuties}>
          <h4 id="without-duties-title">{t('generate.noDuties.title')}</h4>
          <ul aria-labelledby="without-duties-title">
            {withoutDuties.map((entry) => (
              <li key={entry.volunteerId}>
                {entry.before?.duties
                  ? t('generate.noDuties.hadDuties', { name: text.name(entry.volunteerId), count: entry.before.duties, months: entry.before.months })
                  : t(`generate.noDuties.${entry.reason}`, { name: text.name(entry.volunteerId) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
