import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Language, languages } from '../../shared/domain/settings';
import { useUiLanguage } from '../api/preferences-queries';

/**
 * The language switch: this laptop's own (a preference), so each person at their own laptop
 * keeps theirs. `short` shows the languages as FI / SV / EN (the icon sidebar has no room for
 * "Suomi"); each option keeps its full name for screen readers.
 */
export function LanguageSelect({ label, className, short = false }: { label?: string; className?: string; short?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const { language, choose } = useUiLanguage();
  return (
    <div className={className}>
      <label htmlFor={id}>{label ?? t('language')}</label>
      <select id={id} value={language ?? ''} onChange={(event) => choose(Language.parse(event.target.value))} disabled={!language}>
        {languages.map((lng) => (
          <option key={lng} value={lng} lang={lng} aria-label={short ? `${lng.toUpperCase()} (${t(`languages.${lng}`)})` : undefined}>
            {short ? lng.toUpperCase() : t(`languages.${lng}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
