import { useTranslation } from 'react-i18next';
import { dateInputHint } from '../../../shared/calendar/date-input';
import { toCalendarDate } from '../../../shared/calendar/calendar-dates';
import type { LocalDate } from '../../../shared/domain/local-time';
import { postStatuses } from '../../../shared/domain/post';
import { format } from 'date-fns';
import { useChannels, useVolunteers } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { useFormatters } from '../../components/use-formatters';
import { useValidationText } from '../../components/use-validation-text';
import { dateLocales } from '../../i18n/i18n';
import type { DraftResult } from './export-model';
import { monthChoices } from './export-model';
import type { RangeKind } from './export-store';
import { useExportStore } from './export-store';
import { CheckboxList } from '../../components/CheckboxList';
import styles from './export.module.css';

const rangeKinds: RangeKind[] = ['weeks', 'month', 'custom'];

/** The one choice every format uses: period, channels, statuses, people, duties. */
export function SelectionPanel({ today, result, summary }: { today: LocalDate; result: DraftResult; summary: string | null }) {
  const { t } = useTranslation('export');
  const { t: tDomain } = useTranslation('domain');
  const { language } = useFormatters();
  const errorText = useValidationText();
  const draft = useExportStore((state) => state.draft);
  const change = useExportStore((state) => state.change);
  const channels = useChannels().data ?? [];
  const volunteers = useVolunteers().data ?? [];
  const example = language === 'en' ? '1/3/2026' : '1.3.2026';
  const errors = result.ok ? {} : result.errors;
  const monthName = (month: string) => format(toCalendarDate(`${month}-01` as LocalDate), 'LLLL yyyy', { locale: dateLocales[language] });

  return (
    <section className="panel" aria-labelledby="export-what-title">
      <h2 id="export-what-title">{t('what')}</h2>
      <fieldset className={styles.rangeChoice}>
        <legend>{t('range')}</legend>
        {rangeKinds.map((kind) => (
          <label className="checkbox" key={kind}>
            <input type="radio" name="export-range" checked={draft.rangeKind === kind} onChange={() => change({ rangeKind: kind })} />
            {t(kind === 'weeks' ? 'rangeWeeks' : kind === 'month' ? 'rangeMonth' : 'rangeCustom')}
          </label>
        ))}
      </fieldset>
      {draft.rangeKind === 'month' ? (
        <div className={`form-grid ${styles.exportDates}`}>
          <Field label={t('month')}>
            {(props) => (
              <select {...props} value={draft.month ?? today.slice(0, 7)} onChange={(event) => change({ month: event.target.value })}>
                {monthChoices(today).map((month) => (
                  <option key={month} value={month}>
                    {monthName(month)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ) : null}
      {draft.rangeKind === 'custom' ? (
        <div className={`form-grid ${styles.exportDates}`}>
          <Field label={t('from')} hint={t('dateHint', { example })} error={errors.from ? errorText(errors.from) : undefined}>
            {(props) => <input {...props} type="text" inputMode="numeric" placeholder={dateInputHint(language)} value={draft.fromText} onChange={(event) => change({ fromText: event.target.value })} />}
          </Field>
          <Field label={t('to')} hint={t('dateHint', { example })} error={errors.to ? errorText(errors.to) : undefined}>
            {(props) => <input {...props} type="text" inputMode="numeric" placeholder={dateInputHint(language)} value={draft.toText} onChange={(event) => change({ toText: event.target.value })} />}
          </Field>
        </div>
      ) : null}

      <div className={styles.filterGrid}>
        <fieldset>
          <legend>{t('channels')}</legend>
          {channels.length === 0 ? <span className="muted">{t('noChannels')}</span> : null}
          <CheckboxList options={channels.map((channel) => ({ value: channel.id, label: channel.name }))} chosen={draft.channelIds} onChange={(channelIds) => change({ channelIds })} />
        </fieldset>
        <fieldset>
          <legend>{t('statuses')}</legend>
          <CheckboxList options={postStatuses.map((status) => ({ value: status, label: tDomain(`status.${status}`) }))} chosen={draft.statuses} onChange={(statuses) => change({ statuses })} />
        </fieldset>
        <fieldset>
          <legend>{t('people')}</legend>
          {volunteers.length === 0 ? <span className="muted">{t('noPeople')}</span> : null}
          <CheckboxList options={volunteers.map((volunteer) => ({ value: volunteer.id, label: volunteer.name }))} chosen={draft.volunteerIds} onChange={(volunteerIds) => change({ volunteerIds })} />
        </fieldset>
      </div>
      <p className="field-hint">{t('noneMeansAll')}</p>
      <label className={`checkbox ${styles.includeDuties}`}>
        <input type="checkbox" checked={draft.includeDuties} onChange={(event) => change({ includeDuties: event.target.checked })} />
        {t('includeDuties')}
      </label>
      <p className={styles.exportSummary} aria-live="polite">
        {summary}
      </p>
    </section>
  );
}
