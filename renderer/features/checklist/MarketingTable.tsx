import { useTranslation } from 'react-i18next';
import type { MarketingShare } from '../../../shared/checklist/marketing-share';
import type { Channel } from '../../../shared/domain/channel';
import { localDate } from '../../../shared/domain/local-time';
import { useFormatters } from '../../components/use-formatters';
import styles from './checklist-screen.module.css';

/** Marketing posts among each channel's last twelve, one small table a month, against the one-in-twelve rule. */
export function MarketingTable({ shares, channels }: { shares: MarketingShare[]; channels: Map<string, Channel> }) {
  const { t } = useTranslation('checklist');
  const format = useFormatters();
  const months = [...new Set(shares.map((share) => share.month))];
  return (
    <section className={`panel ${styles.checklistPanel}`} aria-labelledby="checklist-marketing-title">
      <h2 id="checklist-marketing-title">{t('marketing.title')}</h2>
      <p className="muted">{t('marketing.rule')}</p>
      {months.length === 0 ? <p className="muted">{t('marketing.none')}</p> : null}
      {months.map((month) => (
        <table key={month} className={styles.marketingTable}>
          <caption>{format.monthTitle(localDate(`${month}-01`))}</caption>
          <thead>
            <tr>
              <th scope="col">{t('marketing.channel')}</th>
              <th scope="col" className={styles.number}>
                {t('marketing.share')}
              </th>
              <th scope="col">{t('marketing.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {shares
              .filter((share) => share.month === month)
              .map((share) => (
                <tr key={share.channelId ?? 'all'} data-over={share.over || undefined} data-scope={share.channelId === null ? 'all' : 'channel'} className={[share.over && styles.over, share.channelId === null && styles.allChannels].filter(Boolean).join(' ') || undefined}>
                  <th scope="row">{share.channelId === null ? t('marketing.allChannels') : (channels.get(share.channelId)?.name ?? '?')}</th>
                  <td className={styles.number}>
                    {share.marketing} / {share.total}
                  </td>
                  <td>
                    {share.over ? (
                      <>
                        <strong>{t('marketing.over')}</strong>
                        <span className={styles.needMore}>{t('marketing.needMore', { count: share.neededToFit })}</span>
                      </>
                    ) : (
                      t('marketing.ok')
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
