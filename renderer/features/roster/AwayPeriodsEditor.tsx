import { useTranslation } from 'react-i18next';
import { dateInputHint } from '../../../shared/calendar/date-input';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { useFormatters } from '../../components/use-formatters';
import type { AwayRow } from './volunteer-form-model';
import { newAwayRow } from './volunteer-form-model';
import styles from './roster.module.css';

/** Away periods as rows: from, to, "every year", a note; added and removed in place. */
export function AwayPeriodsEditor({ rows, errors, onChange }: { rows: AwayRow[]; errors: (path: string) => string | undefined; onChange: (rows: AwayRow[]) => void }) {
  const { t } = useTranslation('roster');
  const format = useFormatters();
  const change = (index: number, changes: Partial<AwayRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...changes } : row)));
  return (
    <fieldset className={`span-2 ${styles.awayEditor}`}>
      <legend>{t('volunteer.away')}</legend>
      <p className={`field-hint ${styles.spanAll}`}>{rows.length === 0 ? t('volunteer.noAway') : t('volunteer.awayHint', { format: dateInputHint(format.language) })}</p>
      {rows.map((row, index) => (
        <div className={styles.awayRow} key={row.id} role="group" aria-label={t('volunteer.awayRow', { number: index + 1 })}>
          <Field label={t('volunteer.awayFrom')} error={errors(`away.${index}.from`)}>
            {(props) => <input {...props} type="text" inputMode="numeric" value={row.from} onChange={(event) => change(index, { from: event.target.value })} />}
          </Field>
          <Field label={t('volunteer.awayTo')} error={errors(`away.${index}.to`)}>
            {(props) => <input {...props} type="text" inputMode="numeric" value={row.to} onChange={(event) => change(index, { to: event.target.value })} />}
          </Field>
          <Field label={t('volunteer.awayNote')} error={errors(`away.${index}.note`)}>
            {(props) => <input {...props} type="text" value={row.note} onChange={(event) => change(index, { note: event.target.value })} />}
          </Field>
          <label className={`checkbox ${styles.awayYearly}`}>
            <input type="checkbox" checked={row.yearly} onChange={(event) => change(index, { yearly: event.target.checked })} />
            {t('volunteer.yearly')}
          </label>
          <button
            type="button"
            className="icon-button"
            aria-label={t('volunteer.removeAway', { number: index + 1 })}
            title={t('volunteer.removeAway', { number: index + 1 })}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            <Icon name="trash" />
          </button>
        </div>
      ))}
      <button type="button" className={styles.addAway} onClick={() => onChange([...rows, newAwayRow()])}>
        + {t('volunteer.addAway')}
      </button>
    </fieldset>
  );
}
