import { useTranslation } from 'react-i18next';
import type { Channel } from '../../shared/domain/channel';
import { channelTextCounts } from '../../shared/domain/channel-limits';
import { useAnnounceOnChange } from '../components/use-announce-on-change';
import styles from './channel-text-counters.module.css';

/**
 * How long a text is on each of the given channels that has a limit (X 280, Bluesky 300…),
 * counted as that network counts it (`shared/domain/channel-limits.ts`). Screen readers hear
 * only when a channel goes over its limit or fits again.
 */
export function ChannelTextCounters({ text, channels }: { text: string; channels: readonly Channel[] }) {
  const { t, i18n } = useTranslation('common');
  const number = new Intl.NumberFormat(i18n.language);
  const names = new Map(channels.map((channel) => [channel.id, channel.name]));
  const counts = channelTextCounts(text, channels);
  const line = (count: (typeof counts)[number]) =>
    t(count.length > count.max ? 'counter.channelOver' : 'counter.channel', { channel: names.get(count.channelId), length: number.format(count.length), max: number.format(count.max), excess: number.format(count.length - count.max) });
  const over = counts.filter((count) => count.length > count.max);
  const announced = useAnnounceOnChange(over.map((count) => count.channelId).join(' '), () => (over.length ? over.map(line).join('. ') : t('counter.channelsFit')));
  if (counts.length === 0) return null;
  return (
    <div className={styles.channelCounters}>
      <ul aria-label={t('counter.channelsLabel')}>
        {counts.map((count) => (
          <li key={count.channelId} data-state={count.length > count.max ? 'over' : 'fits'}>
            {line(count)}
          </li>
        ))}
      </ul>
      <span className="visually-hidden" aria-live="polite">
        {announced}
      </span>
    </div>
  );
}
