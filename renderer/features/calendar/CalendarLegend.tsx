import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import { postStatuses } from '../../../shared/domain/post';
import { StatusIcon } from '../../entities/StatusIcon';
import styles from './calendar.module.css';

/** Which colour is which channel and which shape is which status, folded away until asked for; the same whatever the month. */
export const CalendarLegend = memo(function CalendarLegend({ channels, colours }: { channels: Channel[]; colours: Map<string, string> }) {
  const { t } = useTranslation('calendar');
  const { t: tDomain } = useTranslation('domain');
  return (
    <details className={styles.calendarLegend}>
      <summary>{t('legend.label')}</summary>
      <div className={styles.legendGroups}>
        <div>
          <h3>{t('legend.statuses')}</h3>
          <ul>
            {postStatuses.map((status) => (
              <li key={status}>
                <StatusIcon status={status} /> {tDomain(`status.${status}`)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('legend.channels')}</h3>
          <ul>
            {channels.map((channel) => (
              <li key={channel.id}>
                <span className={styles.legendSwatch} style={{ background: colours.get(channel.id) }} aria-hidden="true" /> {channel.name}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  );
});
