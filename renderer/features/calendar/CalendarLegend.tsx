import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import { postStatuses } from '../../../shared/domain/post';
import { StatusIcon } from '../../entities/StatusIcon';

/** Which colour is which channel and which shape is which status, folded away until asked for. */
export function CalendarLegend({ channels, colours }: { channels: Channel[]; colours: Map<string, string> }) {
  const { t } = useTranslation('calendar');
  const { t: tDomain } = useTranslation('domain');
  return (
    <details className="calendar-legend">
      <summary>{t('legend.label')}</summary>
      <div className="legend-groups">
        <div>
          <h3>{t('legend.statuses')}</h3>
          <ul>
            {postStatuses.map((status) => (
              <li key={status} className={`status-${status}`}>
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
                <span className="legend-swatch" style={{ background: colours.get(channel.id) }} aria-hidden="true" /> {channel.name}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  );
}
