import { useTranslation } from 'react-i18next';
import type { YearSummary } from '../../../shared/results/year-summary';
import styles from './results.module.css';

/** The year at a glance beside the channel's goal in words: what was counted, and the posts against the cadence. */
export function YearSummaryPanel({ summary }: { summary: YearSummary }) {
  const { t, i18n } = useTranslation('results');
  const { t: tDomain } = useTranslation('domain');
  const number = new Intl.NumberFormat(i18n.language);
  const shown = (value: number | null) => (value === null ? t('summary.unknown') : number.format(value));
  const posts =
    summary.postsTarget === null || summary.posts === null ? shown(summary.posts) : t('summary.postsAgainst', { posts: number.format(summary.posts), target: number.format(summary.postsTarget) });
  const followers =
    summary.followersFirst === null || summary.followersLast === null ? shown(null) : t('summary.followersChange', { first: number.format(summary.followersFirst), last: number.format(summary.followersLast) });
  return (
    <section className={`panel ${styles.summary}`} aria-labelledby="results-summary-title">
      <h2 id="results-summary-title">{t('summary.title', { year: summary.year })}</h2>
      <dl className={styles.summaryList}>
        <dt className={styles.wide}>{t('summary.goal')}</dt>
        <dd className={styles.wide}>{summary.goal.trim() ? summary.goal : <span className="muted">{t('summary.noGoal')}</span>}</dd>
        <dt>{t('summary.months')}</dt>
        <dd>{number.format(summary.months)}</dd>
        <dt>{t('summary.followers')}</dt>
        <dd>{followers}</dd>
        <dt>{t('summary.posts')}</dt>
        <dd>{posts}</dd>
        {(['newFollowers', 'messagesAnswered', 'reach'] as const).map((metric) => (
          <div key={metric} className={styles.summaryRow}>
            <dt>{tDomain(`resultMetric.${metric}`)}</dt>
            <dd>{shown(summary[metric])}</dd>
          </div>
        ))}
        <dt>{t('summary.comments')}</dt>
        <dd>
          {shown(summary.commentsPositive)} / {shown(summary.commentsNegative)}
        </dd>
      </dl>
    </section>
  );
}
