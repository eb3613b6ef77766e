import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Duty } from '../../../shared/domain/duty';
import { dutyTypes } from '../../../shared/domain/duty';
import type { Volunteer } from '../../../shared/domain/volunteer';
import { loadPerVolunteer } from '../../../shared/roster/duty-load';
import { useFormatters } from '../../components/use-formatters';
import type { RosterPeriod } from './use-roster-period';
import styles from './load-chart.module.css';

const ROW = 30;
const BAR = 18;
const LABEL_WIDTH = 150;
const WIDTH = 720;
const TOP = 24;
const RIGHT_PAD = 40;

const shorten = (name: string) => (name.length > 20 ? `${name.slice(0, 19)}…` : name);

/** Integer ticks, at most about six of them. */
function ticks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 6));
  const values: number[] = [];
  for (let value = 0; value <= max; value += step) values.push(value);
  return values;
}

/**
 * Duties per volunteer over the weeks shown, as a picture: one stacked bar per
 * person (a colour per duty type), the average as a dashed line. The SVG is named
 * and described for screen readers, and the same numbers are in a table below.
 */
export function LoadChart({ period, duties, volunteers }: { period: RosterPeriod; duties: Duty[]; volunteers: Volunteer[] }) {
  const { t } = useTranslation(['roster', 'domain']);
  const { language } = useFormatters();
  const id = useId();
  const loads = loadPerVolunteer(duties, volunteers);
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const range = { from: period.weeks[0].week, to: period.weeks[period.weeks.length - 1].week };
  const max = Math.max(1, ...loads.map((load) => load.total));
  const activeLoads = loads.filter((load) => load.active);
  const average = activeLoads.length ? activeLoads.reduce((sum, load) => sum + load.total, 0) / activeLoads.length : 0;
  const spread = activeLoads.length ? Math.max(...activeLoads.map((l) => l.total)) - Math.min(...activeLoads.map((l) => l.total)) : 0;
  const scale = (WIDTH - LABEL_WIDTH - RIGHT_PAD) / max;
  const height = TOP + loads.length * ROW + 8;
  const describe = loads
    .map((load) => `${load.name} ${load.total}${load.total ? ` (${dutyTypes.filter((type) => load.byType[type]).map((type) => `${t(`domain:dutyType.${type}`)} ${load.byType[type]}`).join(', ')})` : ''}`)
    .join('; ');

  return (
    <section className="panel load-chart" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('load.title', range)}</h2>
      {loads.length === 0 ? (
        <p className="empty">{t('volunteers.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('load.summary', { average: number.format(average), spread })}</p>
          <ul className={styles.chartLegend} aria-hidden="true">
            {dutyTypes.map((type) => (
              <li key={type}>
                <span className={`${styles.swatch} ${styles.fill}`} data-type={type} /> {t(`domain:dutyType.${type}`)}
              </li>
            ))}
          </ul>
          <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
            <title id={`${id}-title`}>{t('load.chartTitle', range)}</title>
            <desc id={`${id}-desc`}>{describe}</desc>
            {ticks(max).map((value) => (
              <g key={value} className={styles.tick}>
                <line x1={LABEL_WIDTH + value * scale} x2={LABEL_WIDTH + value * scale} y1={TOP - 6} y2={height - 4} />
                <text x={LABEL_WIDTH + value * scale} y={TOP - 10} textAnchor="middle">
                  {value}
                </text>
              </g>
            ))}
            {loads.map((load, row) => {
              const y = TOP + row * ROW + (ROW - BAR) / 2;
              let x = LABEL_WIDTH;
              return (
                <g key={load.volunteerId} className={load.active ? undefined : styles.inactive}>
                  <text x={LABEL_WIDTH - 8} y={y + BAR / 2} dominantBaseline="central" textAnchor="end" className={styles.barLabel}>
                    {shorten(load.name)}
                  </text>
                  {dutyTypes.map((type) => {
                    const width = load.byType[type] * scale;
                    const segment = width ? <rect key={type} x={x} y={y} width={width} height={BAR} className={styles.fill} data-type={type} /> : null;
                    x += width;
                    return segment;
                  })}
                  <text x={x + 6} y={y + BAR / 2} dominantBaseline="central" className={styles.barValue}>
                    {load.total}
                  </text>
                </g>
              );
            })}
            {activeLoads.length ? <line className={styles.average} x1={LABEL_WIDTH + average * scale} x2={LABEL_WIDTH + average * scale} y1={TOP - 4} y2={height - 4} /> : null}
          </svg>
          <details className={styles.chartTable}>
            <summary>{t('load.asTable')}</summary>
            <table>
              <caption>{t('load.chartTitle', range)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('mine.volunteer')}</th>
                  {dutyTypes.map((type) => (
                    <th scope="col" key={type}>
                      {t(`domain:dutyType.${type}`)}
                    </th>
                  ))}
                  <th scope="col">{t('load.total')}</th>
                </tr>
              </thead>
              <tbody>
                {loads.map((load) => (
                  <tr key={load.volunteerId}>
                    <th scope="row">{load.name}</th>
                    {dutyTypes.map((type) => (
                      <td key={type}>{load.byType[type]}</td>
                    ))}
                    <td>{load.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
