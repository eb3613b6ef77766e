import { useTranslation } from 'react-i18next';
import { weekdays } from '../../../shared/domain/series';
import type { LocalDate, LocalTime } from '../../../shared/domain/local-time';
import { CheckboxList } from '../../components/CheckboxList';
import { Field } from '../../components/Field';
import { useFormatters } from '../../components/use-formatters';
import type { Position, RepeatField, RepeatForm, Weekday } from './repeat-form';
import { positions, repeatSummary, ruleFromForm } from './repeat-form';

const kinds = ['none', 'week', 'month', 'year'] as const;
const endings = ['never', 'on', 'after'] as const;

/** The Repeat section of a new post ("does not repeat", or the rule that makes it a series) or of a series' post (its rule, to change); read back in one line. */
export function RepeatSection({ form, date, time, error, onChange, series = false }: { form: RepeatForm; date: LocalDate | null; time: LocalTime | null; error: (field: RepeatField) => string | undefined; onChange: (changes: Partial<RepeatForm>) => void; series?: boolean }) {
  const { t } = useTranslation('recurrence');
  const formatters = useFormatters();
  const checked = ruleFromForm(form);
  // The summary's keys are built from the rule ("summary.weekInterval"), which the typed keys cannot follow.
  const words = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const summary = checked.ok && checked.rule && date ? repeatSummary(checked.rule, words, { time: formatters.time(time), date: formatters.date, dayMonth: formatters.dayMonth(date) }) : null;

  return (
    <fieldset className="span-2 repeat-section">
      <legend>{t('repeat')}</legend>
      <div className="form-grid">
        <Field label={t('rule')}>
          {(props) => (
            <select {...props} value={form.every} onChange={(event) => onChange({ every: kinds.find((kind) => kind === event.target.value) ?? 'none' })}>
              {/* A series stays one: deleting it is the editor's Delete. */}
              {kinds.filter((kind) => !series || kind !== 'none').map((kind) => (
                <option key={kind} value={kind}>
                  {t(`every.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.every !== 'none' ? (
          <Field label={t(`interval.${form.every}`)} error={error('interval')}>
            {(props) => <input {...props} type="text" inputMode="numeric" size={3} value={form.interval} onChange={(event) => onChange({ interval: event.target.value })} />}
          </Field>
        ) : null}
        {form.every === 'week' ? (
          <fieldset className={`span-2 weekday-choices${error('weekdays') ? ' field-invalid' : ''}`}>
            <legend>{t('weekdays')}</legend>
            <CheckboxList options={weekdays.map((day) => ({ value: day, label: t(`weekday.${day}`) }))} chosen={form.weekdays} onChange={(chosen: Weekday[]) => onChange({ weekdays: chosen })} />
            {error('weekdays') ? <p className="field-error">{error('weekdays')}</p> : null}
          </fieldset>
        ) : null}
        {form.every === 'month' ? (
          <>
            <fieldset className="span-2">
              <legend className="visually-hidden">{t('repeat')}</legend>
              {(['day', 'position'] as const).map((by) => (
                <label key={by} className="checkbox">
                  <input type="radio" name="repeat-month-by" checked={form.monthBy === by} onChange={() => onChange({ monthBy: by })} />
                  {t(`monthBy.${by}`)}
                </label>
              ))}
            </fieldset>
            {form.monthBy === 'day' ? (
              <Field label={t('monthDay')} error={error('monthDay')} hint={t('monthDayHint')}>
                {(props) => <input {...props} type="text" inputMode="numeric" size={3} value={form.monthDay} onChange={(event) => onChange({ monthDay: event.target.value })} />}
              </Field>
            ) : (
              <>
                <Field label={t('position.label')}>
                  {(props) => (
                    <select {...props} value={form.position} onChange={(event) => onChange({ position: positions.find((one) => String(one) === event.target.value) ?? 1 })}>
                      {positions.map((one: Position) => (
                        <option key={one} value={one}>
                          {t(`position.${one}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('weekday.label')}>
                  {(props) => (
                    <select {...props} value={form.weekday} onChange={(event) => onChange({ weekday: weekdays.find((day) => day === event.target.value) ?? 'MO' })}>
                      {weekdays.map((day) => (
                        <option key={day} value={day}>
                          {t(`weekday.${day}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </>
            )}
          </>
        ) : null}
        {form.every !== 'none' ? (
          <>
            <Field label={t('ends.label')}>
              {(props) => (
                <select {...props} value={form.ends} onChange={(event) => onChange({ ends: endings.find((kind) => kind === event.target.value) ?? 'never' })}>
                  {endings.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`ends.${kind}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {form.ends === 'on' ? (
              <Field label={t('endDate')} error={error('endDate')}>
                {(props) => <input {...props} type="text" inputMode="numeric" value={form.endDate} onChange={(event) => onChange({ endDate: event.target.value })} />}
              </Field>
            ) : null}
            {form.ends === 'after' ? (
              <Field label={t('count')} error={error('count')}>
                {(props) => <input {...props} type="text" inputMode="numeric" size={4} value={form.count} onChange={(event) => onChange({ count: event.target.value })} />}
              </Field>
            ) : null}
            <p className="span-2" aria-live="polite">
              {date ? <strong>{summary}</strong> : t('needsDate')}
            </p>
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
