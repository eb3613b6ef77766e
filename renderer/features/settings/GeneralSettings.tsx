import { useTranslation } from 'react-i18next';
import { useSettings, useUpdateSettings } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { LanguageSelect } from '../../entities/LanguageSelect';

/** Time zones offered first: the Nordic and Baltic ones; any IANA zone can be chosen. */
const nearbyZones = ['Europe/Helsinki', 'Europe/Stockholm', 'Europe/Copenhagen', 'Europe/Oslo', 'Atlantic/Reykjavik', 'Europe/Tallinn', 'Europe/Riga', 'Europe/Vilnius', 'Europe/Mariehamn'];
const allZones = [...new Set([...nearbyZones, ...Intl.supportedValuesOf('timeZone')])];

export function GeneralSettings() {
  const { t } = useTranslation('settings');
  const settings = useSettings().data;
  const update = useUpdateSettings();
  if (!settings) return null;
  return (
    <section className="panel" aria-labelledby="general-title">
      <h2 id="general-title">{t('general')}</h2>
      <div className="form-grid">
        <LanguageSelect label={t('language')} className="field" />
        <Field label={t('timeZone')} hint={t('timeZoneHint')}>
          {(props) => (
            <select {...props} value={settings.timeZone} onChange={(event) => update.mutate({ timeZone: event.target.value })}>
              {allZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </section>
  );
}
