import { useTranslation } from 'react-i18next';
import { Language, languages } from '../../../shared/domain/settings';
import type { ExportSelection } from '../../../shared/export/export-selection';
import { useVolunteers } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { useFormatters } from '../../components/use-formatters';
import { useExportStore } from './export-store';
import styles from './export.module.css';
import { VolunteerOptions } from '../../entities/VolunteerOptions';

const formats = ['pdf', 'ics', 'csv', 'html'] as const;
export type FileFormat = (typeof formats)[number];

/** One button per format, all for the same selection; a volunteer's own duty calendar below. */
export function SaveAsPanel({ selection, busy, onExport }: { selection: ExportSelection | null; busy: boolean; onExport: (format: FileFormat, selection: ExportSelection) => void }) {
  const { t } = useTranslation('export');
  const { t: tCommon } = useTranslation();
  const draft = useExportStore((state) => state.draft);
  const change = useExportStore((state) => state.change);
  const volunteers = useVolunteers().data ?? [];
  const appLanguage = useFormatters().language;
  const disabled = busy || selection === null;

  return (
    <section className="panel" aria-labelledby="export-save-title">
      <h2 id="export-save-title">{t('saveAs')}</h2>
      <ul className={styles.formatList}>
        {formats.map((format) => (
          <li key={format} className={styles.formatCard}>
            <button type="button" className={format === 'pdf' ? 'primary' : undefined} disabled={disabled} onClick={() => selection && onExport(format, selection)} aria-describedby={`format-${format}-hint`}>
              {t(`formats.${format}.action`)}
            </button>
            <p className="field-hint" id={`format-${format}-hint`}>
              {t(`formats.${format}.hint`)}
            </p>
          </li>
        ))}
      </ul>
      <div className="form-grid">
        <Field label={t('separator')} hint={t('separatorHint')}>
          {(props) => (
            <select {...props} value={draft.separator} onChange={(event) => change({ separator: event.target.value === ',' ? ',' : ';' })}>
              <option value=";">{t('separatorSemicolon')}</option>
              <option value=",">{t('separatorComma')}</option>
            </select>
          )}
        </Field>
        <Field label={t('fileLanguage')}>
          {(props) => (
            <select {...props} value={draft.language ?? appLanguage} onChange={(event) => change({ language: Language.parse(event.target.value) })}>
              {languages.map((language) => (
                <option key={language} value={language} lang={language}>
                  {tCommon(`languages.${language}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <h3 className={styles.subheading}>{t('dutyCalendar')}</h3>
      <p className="field-hint">{t('dutyCalendarHint')}</p>
      <div className={styles.inlineForm}>
        <Field label={t('volunteer')}>
          {(props) => (
            <select {...props} value={draft.dutyVolunteerId} onChange={(event) => change({ dutyVolunteerId: event.target.value })} disabled={volunteers.length === 0}>
              <option value="">{volunteers.length ? '—' : t('noPeople')}</option>
              <VolunteerOptions volunteers={volunteers} />
            </select>
          )}
        </Field>
        <button
          type="button"
          disabled={disabled || !draft.dutyVolunteerId}
          onClick={() => selection && onExport('ics', { ...selection, includePosts: false, includeDuties: true, volunteerIds: [draft.dutyVolunteerId] })}
        >
          {t('saveDutyCalendar')}
        </button>
      </div>
    </section>
  );
}
