import { useTranslation } from 'react-i18next';
import { marketingShares } from '../../../shared/checklist/marketing-share';
import type { Channel } from '../../../shared/domain/channel';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import styles from './checklist-screen.module.css';

/**
 * The marketing rule under the calendar's month view, judged at the month's end over
 * each channel's last twelve posts the calendar has (whatever the filters show): all
 * channels in one line, each channel when opened.
 */
export function MarketingSummary({ month, posts, channels }: { month: LocalDate; posts: Post[]; channels: Map<string, Channel> }) {
  const { t } = useTranslation('checklist');
  const key = month.slice(0, 7);
  const shares = marketingShares(posts.filter((post) => post.date && post.date.slice(0, 7) <= key), key).filter((share) => share.month === key);
  const all = shares.find((share) => share.channelId === null);
  if (!all) return null;
  const perChannel = shares.filter((share) => share.channelId !== null);
  const over = perChannel.filter((share) => share.over).length;
  return (
    <details className={over ? `${styles.marketingSummary} ${styles.over}` : styles.marketingSummary}>
      <summary>
        {t('marketing.summary', { marketing: all.marketing, total: all.total })} · {over ? t('marketing.summaryOver', { count: over }) : t('marketing.summaryOk')}
      </summary>
      <p className="muted">{t('marketing.rule')}</p>
      <ul>
        {perChannel.map((share) => (
          <li key={share.channelId} className={share.over ? styles.over : undefined}>
            {channels.get(share.channelId ?? '')?.name ?? '?'}: {share.marketing}/{share.total} — {share.over ? t('marketing.over') : t('marketing.ok')}
          </li>
        ))}
      </ul>
    </details>
  );
}
