import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthNumbers, ResultMetric } from '../../../shared/results/channel-results';
import { localDate } from '../../../shared/domain/local-time';
import { useFormatters } from '../../components/use-formatters';
import styles from './results.module.css';

const WIDTH = 640;
const HEIGHT = 220;
const TOP = 24;
const BOTTOM = 28;
const SLOT = WIDTH / 12;

/**
 * One measure of one channel over the twelve months of a year, as bars drawn by hand
 * (no chart library in the bundle). The numbers stand above the bars, and the
 * picture names itself and every value in <title> and <desc>; the table below it
 * holds the same numbers for anyone who prefers reading them.
 */
export function ResultsChart({ year, metric, channelName, months }: { year: number; metric: ResultMetric; channelName: string; months: ReadonlyMap<string, MonthNumbers> }) {
  const { t, i18n } = useTranslation('results');
  const { t: tDomain } = useTranslation('domain');
  const format = useFormatters();
  const id = useId();
  const number = new Intl.NumberFormat(i18n.language);
  const bars = Array.from({ length: 12 }, (_, index) => {
    const month = `${year}-${String(index + 1).padStart(2, '0')}`;
    return { month, value: months.get(month)?.[metric] ?? null };
  });
  const known = bars.filter((bar): bar is { month: string; value: number } => bar.value !== null);
  const max = Math.max(1, ...known.map((bar) => bar.value));
  const scale = (value: number) => ((HEIGHT - TOP - BOTTOM) * value) / max;
  const monthName = (month: string) => format.monthTitle(localDate(`${month}-01`));
  const title = t('chart.title', { metric: tDomain(`resultMetric.${metric}`), channel: channelName, year });
  const desc = t('chart.desc', { values: known.length ? known.map((bar) => `${monthName(bar.month)} ${number.format(bar.value)}`).join(', ') : t('chart.none') });
  return (
    <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <line className={styles.axis} x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
      {bars.map((bar, index) => {
        const x = index * SLOT + SLOT * 0.2;
        const height = bar.value === null ? 0 : scale(bar.value);
        return (
          <g key={bar.month}>
            {bar.value === null ? null : (
              <>
                <rect className={styles.bar} x={x} width={SLOT * 0.6} y={HEIGHT - BOTTOM - height} height={height} />
                <text className={styles.value} x={x + SLOT * 0.3} y={HEIGHT - BOTTOM - height - 6} textAnchor="middle">
                  {number.format(bar.value)}
                </text>
              </>
            )}
            <text className={styles.month} x={x + SLOT * 0.3} y={HEIGHT - 8} textAnchor="middle">
              {index + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
