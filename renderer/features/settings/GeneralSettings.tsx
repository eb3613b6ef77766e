import { useTranslation } from 'react-i18next';
import { useSettings, useUpdateSettings } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { useDraft } from '../../components/forms/use-draft';
import { LanguageSelect } from '../../entities/LanguageSelect';

/** Time zones offered first: the Nordic and Baltic ones; any IANA zone can be chosen. */
const nearbyZones = ['Europe/Helsinki', 'Europe/Stockholm', 'Europe/Copenhagen', 'Europe/Oslo', 'Atlantic/Reykjavik', 'Europe/Tallinn', 'Europe/Riga', 'Europe/Vilnius', 'Europe/Mariehamn'];
const allZones = [...new Set([...nearbyZones, ...Intl.supportedValuesOf('timeZone')])];

export function GeneralSettings() {
  const { t } = useTranslation('settings');
  const settings = useSettings().data;
  const update = useUpdateSettings();
  const userName = useDraft(settings?.userName);
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
        <Field label={t('userName')} hint={t('userNameHint')}>
          {(props) => (
            <input
              {...props}
              type="text"
              value={userName.value}
              onChange={(event) => userName.set(event.target.value)}
              onBlur={() => (userName.value !== settings.userName ? update.mutate({ userName: userName.value }, { onSuccess: userName.reset }) : userName.reset())}
            />
          )}
        </Field>
      </div>
    </section>
  );
}
