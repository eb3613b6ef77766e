import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings, useUpdateSettings } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { useDraft } from '../../components/forms/use-draft';

/** Time zones offered first: the Nordic and Baltic ones; any IANA zone can be chosen. */
const nearbyZones = ['Europe/Helsinki', 'Europe/Stockholm', 'Europe/Copenhagen', 'Europe/Oslo', 'Atlantic/Reykjavik', 'Europe/Tallinn', 'Europe/Riga', 'Europe/Vilnius', 'Europe/Mariehamn'];
const allZones = [...new Set([...nearbyZones, ...Intl.supportedValuesOf('timeZone')])];

const shown = (zone: string) => zone.replaceAll('_', ' ');
const byName = new Map(allZones.map((zone) => [shown(zone).toLowerCase(), zone]));

/** The zone a typed name means ("Europe/Helsinki", "europe/helsinki", "New York", "helsinki"), if one. */
function zoneNamed(text: string): string | undefined {
  const name = shown(text.trim()).toLowerCase();
  const whole = byName.get(name);
  if (whole || name === '') return whole;
  const cities = allZones.filter((zone) => shown(zone).toLowerCase().endsWith(`/${name}`));
  return cities.length === 1 ? cities[0] : undefined;
}

/** About 400 zones: typed with suggestions (a datalist) rather than picked from a list that long. */
function TimeZoneField({ zone, onChange }: { zone: string; onChange: (zone: string) => void }) {
  const { t } = useTranslation('settings');
  const listId = useId();
  const draft = useDraft(shown(zone));
  const text = draft.value ?? '';
  const typed = zoneNamed(text);
  // Said when the typing is done (leaving the field or Enter), not at every letter.
  const [refused, setRefused] = useState(false);
  const commit = () => {
    if (typed && typed !== zone) onChange(typed);
    if (typed || text.trim() === '') draft.reset();
    setRefused(!typed && text.trim() !== '');
  };
  return (
    <Field label={t('timeZone')} hint={t('timeZoneHint')} error={refused ? t('timeZoneUnknown') : undefined}>
      {(props) => (
        <>
          <input
            {...props}
            type="text"
            list={listId}
            autoComplete="off"
            value={text}
            onChange={(event) => {
              draft.set(event.target.value);
              setRefused(false);
              // Picking a suggestion puts a whole zone in the field: taken at once.
              const picked = zoneNamed(event.target.value);
              if (picked && picked !== zone && (event.nativeEvent as InputEvent).inputType !== 'insertText') onChange(picked);
            }}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commit();
            }}
          />
          <datalist id={listId}>
            {allZones.map((option) => (
              <option key={option} value={shown(option)} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}

export function GeneralSettings() {
  const { t } = useTranslation('settings');
  const settings = useSettings().data;
  const update = useUpdateSettings();
  if (!settings) return null;
  return (
    <section className="panel" aria-labelledby="general-title">
      <h2 id="general-title">{t('general')}</h2>
      {/* One way to choose the language: the side bar's, this laptop's own, reachable from every screen. */}
      <p className="muted">{t('languageInSidebar')}</p>
      <div className="form-grid">
        <TimeZoneField zone={settings.timeZone} onChange={(timeZone) => update.mutate({ timeZone })} />
      </div>
    </section>
  );
}
