import { useTranslation } from 'react-i18next';
import type { Duty } from '../../../shared/domain/duty';
import { useFeatureSlots } from '../../entities/feature-slots';
import { dutyTypes } from '../../../shared/domain/duty';
import type { Volunteer } from '../../../shared/domain/volunteer';
import type { DutyConflict } from '../../../shared/roster/duty-rules';
import { useCoverageBetween } from '../../api/roster-queries';
import { Icon } from '../../components/Icon';
import { useRosterStore } from './roster-store';
import type { RosterPeriod } from './use-roster-period';
import { useRosterText } from './use-roster-text';
import styles from './roster-grid.module.css';

/** Weeks down, duty types across, names in the cells; gaps red, conflicts marked, weeks with uncovered posts flagged. */
export function RosterGrid({ period, duties, conflicts, volunteers }: { period: RosterPeriod; duties: Duty[]; conflicts: Map<string, DutyConflict[]>; volunteers: Volunteer[] }) {
  const { t } = useTranslation(['roster', 'domain', 'results']);
  const text = useRosterText(volunteers);
  const open = useRosterStore((state) => state.open);
  const { DutyConflictNote } = useFeatureSlots();
  const uncovered = (useCoverageBetween(period.from, period.to).data?.gaps ?? []).filter((item) => item.window);

  return (
    <div className={styles.rosterGridWrap}>
      <table className={styles.rosterGrid}>
        <caption>{t('grid.caption', { from: period.weeks[0].week, to: period.weeks[period.weeks.length - 1].week })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grid.week')}</th>
            {dutyTypes.map((type) => (
              <th scope="col" key={type}>
                {t(`domain:dutyType.${type}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {period.weeks.map((week) => {
            const isCurrent = week.start <= period.today && period.today <= week.end;
            const weekUncovered = uncovered.filter((item) => item.window && item.window.from >= week.start && item.window.from <= week.end).length;
            return (
              <tr key={week.start} className={isCurrent ? styles.currentWeekRow : undefined}>
                <th scope="row" className={styles.weekCell}>
                  <div className={styles.weekCellInner}>
                    <span className={styles.weekNumber}>{text.week(week)}</span>
                    <span className={`muted ${styles.weekDates}`}>{text.weekDates(week)}</span>
                    {weekUncovered ? (
                      <span className={`${styles.flag} ${styles.flagDanger}`}>
                        <Icon name="alert" size={14} /> {t('grid.uncoveredPosts', { count: weekUncovered })}
                      </span>
                    ) : null}
                  </div>
                </th>
                {dutyTypes.map((type) => {
                  const inCell = duties.filter((duty) => duty.type === type && duty.from <= week.end && week.start <= duty.to);
                  return (
                    <td key={type} className={inCell.some((duty) => duty.volunteerId === null || duty.answer === 'declined') ? styles.hasGap : undefined}>
                      {inCell.map((duty) => {
                        const problems = conflicts.get(duty.id) ?? [];
                        return (
                          <button
                            type="button"
                            key={duty.id}
                            className={[styles.dutyChip, (duty.volunteerId === null || duty.answer === 'declined') && styles.dutyGap, problems.length > 0 && styles.dutyConflict].filter(Boolean).join(' ')}
                            onClick={() => open({ kind: 'duty', dutyId: duty.id })}
                          >
                            {/* The name read out is the visible text with its context before it: "Response duty 30/11–6/12/2026: Aino". */}
                            <span className="visually-hidden">{t('grid.dutyContext', { type: t(`domain:dutyType.${type}`), dates: text.dates(duty.from, duty.to) })} </span>
                            <span className={duty.answer === 'declined' ? `${styles.dutyName} ${styles.declinedName}` : styles.dutyName}>{text.name(duty.volunteerId)}</span>
                            {/* Declined by its holder: a gap as much as an empty duty, said in words, not only by colour. */}
                            {duty.answer === 'declined' ? <span className={styles.dutyProblem}>{t('results:dutyAnswer.declined')}</span> : null}
                            {duty.from > week.start || duty.to < week.end ? <span className={styles.dutyDates}>{text.dates(duty.from, duty.to)}</span> : null}
                            {problems.length ? (
                              <span className={styles.dutyProblem}>
                                <Icon name="alert" size={13} /> {problems.map(text.conflict).join(' · ')}
                              </span>
                            ) : null}
                            <DutyConflictNote dutyId={duty.id} className={styles.dutyProblem} />
                          </button>
                        );
                      })}
                      {inCell.length === 0 ? (
                        <button
                          type="button"
                          className={styles.addDuty}
                          aria-label={t('grid.addDuty', { type: t(`domain:dutyType.${type}`), week: week.week })}
                          title={t('grid.addDuty', { type: t(`domain:dutyType.${type}`), week: week.week })}
                          onClick={() => open({ kind: 'new-duty', type, from: week.start, to: type === 'photography' ? week.start : week.end })}
                        >
                          <Icon name="plus" size={14} />
                        </button>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
