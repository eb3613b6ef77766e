import { useTranslation } from 'react-i18next';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Volunteer } from '../../../shared/domain/volunteer';
import { useChannels } from '../../api/settings-queries';
import { useRosterStore } from './roster-store';
import { currentAway, useAwayText } from './use-away-text';
import styles from './volunteers.module.css';
import roster from './roster.module.css';

/** Everyone, active first: roles, channels, limit and away dates at a glance; edit or see their duties. */
export function VolunteersView({ volunteers, today }: { volunteers: Volunteer[]; today: LocalDate }) {
  const { t } = useTranslation('roster');
  const awayText = useAwayText();
  const open = useRosterStore((state) => state.open);
  const showVolunteer = useRosterStore((state) => state.showVolunteer);
  const channels = new Map((useChannels().data ?? []).map((channel) => [channel.id, channel.name]));
  const sorted = [...volunteers].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));

  return (
    <section className="panel" aria-labelledby="volunteers-title">
      <div className={roster.panelHeader}>
        <h2 id="volunteers-title">{t('volunteers.title', { count: volunteers.filter((v) => v.active).length })}</h2>
        <button type="button" onClick={() => open({ kind: 'volunteer', volunteerId: null })}>
          + {t('volunteers.add')}
        </button>
      </div>
      {sorted.length === 0 ? <p className="empty">{t('volunteers.empty')}</p> : null}
      <ul className={styles.volunteerList}>
        {sorted.map((volunteer) => {
          const away = currentAway(volunteer.away, today);
          return (
            <li key={volunteer.id} className={volunteer.active ? undefined : styles.inactive}>
              <div className={styles.volunteerMain}>
                <span className={styles.volunteerName}>{volunteer.name}</span>
                {volunteer.active ? null : <span className="status-badge status-cancelled">{t('volunteers.inactive')}</span>}
                <span className={`muted ${styles.volunteerContact}`}>{[volunteer.email, volunteer.phone].filter(Boolean).join(' · ')}</span>
              </div>
              <div className={styles.volunteerFacts}>
                <span className={styles.chips}>
                  {volunteer.roles.map((role) => (
                    <span className="chip" key={role}>
                      {t(`roles.${role}`)}
                    </span>
                  ))}
                </span>
                <span>{volunteer.channelIds.length ? volunteer.channelIds.map((id) => channels.get(id) ?? '?').join(', ') : t('volunteers.allChannels')}</span>
                <span>{volunteer.maxDutiesPerMonth === null ? t('volunteers.noLimit') : t('volunteers.limit', { count: volunteer.maxDutiesPerMonth })}</span>
                <span>{away.length ? t('volunteers.away', { dates: away.map(awayText).join('; ') }) : null}</span>
              </div>
              <div className={styles.volunteerActions}>
                <button type="button" onClick={() => showVolunteer(volunteer.id)} aria-label={t('volunteers.dutiesOf', { name: volunteer.name })}>
                  {t('volunteers.duties')}
                </button>
                <button type="button" onClick={() => open({ kind: 'volunteer', volunteerId: volunteer.id })} aria-label={t('volunteers.edit', { name: volunteer.name })}>
                  {t('volunteers.editShort')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
