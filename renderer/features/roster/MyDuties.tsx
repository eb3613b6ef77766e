import { useTranslation } from 'react-i18next';
import { isoWeekOf } from '../../../shared/calendar/calendar-dates';
import type { Duty } from '../../../shared/domain/duty';
import type { Volunteer } from '../../../shared/domain/volunteer';
import type { DutyConflict } from '../../../shared/roster/duty-rules';
import { useChannels } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { DutyAnswerButtons } from './DutyAnswerButtons';
import { useRosterStore } from './roster-store';
import { currentAway, useAwayText } from './use-away-text';
import type { RosterPeriod } from './use-roster-period';
import { useRosterText } from './use-roster-text';
// The problem line looks as in the grid; roster.css places it in the list (.duty-item .duty-problem).
import gridStyles from './roster-grid.module.css';
import styles from './my-duties.module.css';
import roster from './roster.module.css';

/** One volunteer's duties over the weeks shown, with what is wrong with any of them and their away dates. */
export function MyDuties({ period, duties, conflicts, volunteers }: { period: RosterPeriod; duties: Duty[]; conflicts: Map<string, DutyConflict[]>; volunteers: Volunteer[] }) {
  const { t } = useTranslation(['roster', 'domain']);
  const text = useRosterText(volunteers);
  const awayText = useAwayText();
  const chosenId = useRosterStore((state) => state.volunteerId);
  const showVolunteer = useRosterStore((state) => state.showVolunteer);
  const open = useRosterStore((state) => state.open);
  const channels = new Map((useChannels().data ?? []).map((channel) => [channel.id, channel.name]));
  const choices = [...volunteers].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
  const volunteer = choices.find((candidate) => candidate.id === chosenId) ?? choices[0];

  if (!volunteer) return <p className="empty">{t('volunteers.empty')}</p>;
  const mine = duties.filter((duty) => duty.volunteerId === volunteer.id);
  const away = currentAway(volunteer.away, period.today);
  const range = { from: period.weeks[0].week, to: period.weeks[period.weeks.length - 1].week };

  return (
    <section className={`panel ${styles.myDuties}`} aria-labelledby="my-duties-title">
      <div className={roster.panelHeader}>
        <Field label={t('mine.volunteer')}>
          {(props) => (
            <select {...props} value={volunteer.id} onChange={(event) => showVolunteer(event.target.value)}>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.active ? choice.name : t('mine.inactiveName', { name: choice.name })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <h2 id="my-duties-title">{t('mine.title', { name: volunteer.name, ...range })}</h2>
      <p className="muted">{t('mine.summary', { count: mine.length })}</p>
      {mine.length === 0 ? <p className="empty">{t('mine.none')}</p> : null}
      <ol className={styles.dutyList}>
        {mine.map((duty) => {
          const problems = conflicts.get(duty.id) ?? [];
          const isNow = duty.from <= period.today && period.today <= duty.to;
          return (
            <li key={duty.id} className={`${styles.dutyItem}${problems.length ? ` ${styles.dutyConflict}` : ''}`} data-type={duty.type}>
              <span className={styles.dutyWeek}>{t('weekShort', { week: isoWeekOf(duty.from).week })}</span>
              <span className={styles.dutyWhat}>
                <strong>{t(`domain:dutyType.${duty.type}`)}</strong>
                {isNow ? <span className="today-badge">{t('mine.now')}</span> : null}
                <span className="muted">{duty.channelIds.length ? duty.channelIds.map((id) => channels.get(id) ?? '?').join(', ') : t('volunteers.allChannels')}</span>
                {duty.note ? <span className="muted">{duty.note}</span> : null}
              </span>
              <span className={styles.dutyDatesLong}>{text.dates(duty.from, duty.to)}</span>
              <button type="button" onClick={() => open({ kind: 'duty', dutyId: duty.id })} aria-label={t('mine.open', { type: t(`domain:dutyType.${duty.type}`), dates: text.dates(duty.from, duty.to) })}>
                {t('mine.openShort')}
              </button>
              <DutyAnswerButtons duty={duty} name={`${t(`domain:dutyType.${duty.type}`)} ${text.dates(duty.from, duty.to)}`} />
              {problems.length ? (
                <span className={`${gridStyles.dutyProblem} ${styles.dutyProblem} ${roster.spanAll}`}>
                  <Icon name="alert" size={14} /> {problems.map(text.conflict).join(' · ')}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      <h3>{t('mine.awayTitle')}</h3>
      {away.length ? (
        <ul className={styles.awayList}>
          {away.map((period) => (
            <li key={period.id}>{awayText(period)}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('mine.noAway')}</p>
      )}
    </section>
  );
}
