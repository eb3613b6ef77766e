import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Language, languages } from '../../shared/domain/settings';
import { useSettings, useUpdateSettings } from '../api/settings-queries';

/**
 * The language switch; the choice is saved in Settings, so it survives a restart. `short`
 * shows the languages as FI / SV / EN (the icon sidebar has no room for "Suomi"); each
 * option keeps its full name for screen readers.
 */
export function LanguageSelect({ label, className, short = false }: { label?: string; className?: string; short?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useSettings().data?.language;
  const update = useUpdateSettings();
  return (
    <div className={className}>
      <label htmlFor={id}>{label ?? t('language')}</label>
      <select
        id={id}
        value={language ?? ''}
        onChange={(event) => update.mutate({ language: Language.parse(event.target.value) })}
        disabled={!language}
      >
        {languages.map((lng) => (
          <option key={lng} value={lng} lang={lng} aria-label={short ? `${lng.toUpperCase()} (${t(`languages.${lng}`)})` : undefined}>
            {short ? lng.toUpperCase() : t(`languages.${lng}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
