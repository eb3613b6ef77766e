import i18next from 'i18next';
import type { Language } from '../domain/settings';
import type { Namespace } from './locales';
import { locales } from './locales';

/**
 * i18next over the same locale files for code without a UI (main, the CLI): plural forms and
 * {{placeholders}} as the screens have them. Synchronous, as every file is already imported.
 */
export function translatorFor<N extends Namespace>(language: Language, namespace: N) {
  const i18n = i18next.createInstance();
  void i18n.init({ resources: { [language]: locales[language] }, lng: language, initAsync: false, interpolation: { escapeValue: false } });
  return i18n.getFixedT(language, namespace);
}
