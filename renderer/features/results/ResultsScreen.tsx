import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../shared/calendar/calendar-dates';
import { localDate } from '../../../shared/domain/local-time';
import type { ResultMetric } from '../../../shared/results/channel-results';
import { monthsOf, resultMetrics } from '../../../shared/results/channel-results';
import { yearSummary } from '../../../shared/results/year-summary';
import { useResults } from '../../api/results-queries';
import { useChannels, useSettings } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { useFormatters } from '../../components/use-formatters';
import { draftOf, MonthResultForm } from './MonthResultForm';
import { ResultsChart } from './ResultsChart';
import styles from './results.module.css';
import { YearSummaryPanel } from './YearSummaryPanel';

/** Results per channel and month (issue 16 item 5): the year's chart and summary, the months as a table, and the form to enter one. */
export function ResultsScreen() {
  const { t, i18n } = useTranslation('results');
  const { t: tDomain } = useTranslation('domain');
  const format = useFormatters();
  const channels = useChannels().data ?? [];
  const stored = useResults().data;
  const results = useMemo(() => stored ?? {}, [stored]);
  const today = todayIn(useSettings().data?.timeZone ?? 'Europe/Helsinki', new Date());
  const [picked, setPicked] = useState<string | null>(null);
  const channel = channels.find((candidate) => candidate.id === picked) ?? channels[0];
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [metric, setMetric] = useState<ResultMetric>('followers');
  const [month, setMonth] = useState(today.slice(0, 7));
  const [draft, setDraft] = useState(() => draftOf(undefined));
  const number = new Intl.NumberFormat(i18n.language);

  const months = useMemo(() => new Map(channel ? monthsOf(results, channel.id) : []), [results, channel]);
  const years = useMemo(() => [...new Set([Number(today.slice(0, 4)), ...[...months.keys()].map((key) => Number(key.slice(0, 4)))])].sort((a, b) => b - a), [months, today]);
  const inYear = [...months].filter(([key]) => key.startsWith(`${year}-`));
  const monthName = (key: string) => format.monthTitle(localDate(`${key}-01`));

  // Choosing a month (or another channel) shows what is stored for it, ready to correct.
  const chooseMonth = (next: string, channelId = channel?.id) => {
    setMonth(next);
    if (/^\d{4}-\d{2}$/.test(next) && channelId) setDraft(draftOf(Object.hasOwn(results, channelId) ? results[channelId][next] : undefined));
  };

  if (!channel) {
    return (
      <div className="screen">
        <header className="screen-header">
          <h1>{t('title')}</h1>
        </header>
        <p className="empty">{t('noChannels')}</p>
      </div>
    );
  }

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('title')}</h1>
      </header>
      <p className="muted">{t('intro')}</p>
      <div className={styles.pickers}>
        <Field label={t('channel')}>
          {(props) => (
            <select
              {...props}
              value={channel.id}
              onChange={(event) => {
                setPicked(event.target.value);
                chooseMonth(month, event.target.value);
              }}
            >
              {channels.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('year')}>
          {(props) => (
            <select {...props} value={year} onChange={(event) => setYear(Number(event.target.value))}>
              {years.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('chart.metric')}>
          {(props) => (
            <select {...props} value={metric} onChange={(event) => setMetric(resultMetrics.find((option) => option === event.target.value) ?? 'followers')}>
              {resultMetrics.map((option) => (
                <option key={option} value={option}>
                  {tDomain(`resultMetric.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className={styles.overview}>
        <section className="panel" aria-label={t('chart.title', { metric: tDomain(`resultMetric.${metric}`), channel: channel.name, year })}>
          <ResultsChart year={year} metric={metric} channelName={channel.name} months={months} />
          {inYear.length === 0 ? <p className="empty">{t('chart.empty', { year })}</p> : null}
        </section>
        <YearSummaryPanel summary={yearSummary(channel, results, year)} />
      </div>
      {inYear.length > 0 ? (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>{t('table.caption', { channel: channel.name, year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.month')}</th>
                {resultMetrics.map((option) => (
                  <th scope="col" key={option}>
                    {tDomain(`resultMetric.${option}`)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('table.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {inYear.map(([key, numbers]) => (
                <tr key={key}>
                  <th scope="row">{monthName(key)}</th>
                  {resultMetrics.map((option) => (
                    <td key={option}>{numbers[option] === null ? '–' : number.format(numbers[option])}</td>
                  ))}
                  <td>
                    <button type="button" onClick={() => chooseMonth(key)} aria-label={t('table.editMonth', { month: monthName(key) })}>
                      {t('table.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <section className="panel">
        <MonthResultForm channel={channel} month={month} onMonth={(next) => chooseMonth(next)} draft={draft} onDraft={setDraft} />
      </section>
    </div>
  );
}
