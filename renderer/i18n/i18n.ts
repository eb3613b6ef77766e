import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodFi from 'zod/v4/locales/fi.js';
import zodSv from 'zod/v4/locales/sv.js';
import { enGB, fi, sv } from 'date-fns/locale';
import type { Locale } from 'date-fns';
import type { Language } from '../../shared/domain/settings';
import { resourcesFor } from './resources';

/** date-fns locales: month and weekday names; British English for day-first dates. */
export const dateLocales: Record<Language, Locale> = { fi, sv, en: enGB };

// One import per language: z.locales would pull all ~50 of zod's languages into the bundle. In the first screen, not
// loaded with a language: a chunk importing zod's code would wait for the first screen's module, which awaits the language.
const zodLocales: Record<Language, () => Parameters<typeof z.config>[0]> = { fi: zodFi, sv: zodSv, en: zodEn };

export async function initI18n(language: Language): Promise<typeof i18next> {
  const resources = await resourcesFor(language);
  await i18next.use(initReactI18next).init({
    resources: { [language]: resources },
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await applyLanguage(language);
  return i18next;
}

let wanted: Language | null = null;

/**
 * Switches the UI language, the page's lang attribute and zod's own messages together, once
 * the language's words have loaded; if another language was asked for meanwhile, that one wins.
 */
export async function applyLanguage(language: Language): Promise<void> {
  wanted = language;
  if (!i18next.hasResourceBundle(language, 'common')) {
    const resources = await resourcesFor(language);
    for (const [namespace, words] of Object.entries(resources)) i18next.addResourceBundle(language, namespace, words, true, true);
    if (wanted !== language) return;
  }
  if (i18next.language !== language) await i18next.changeLanguage(language);
  // Written only when it changes: the first screen's own call (the language it opened in) changes nothing on the page.
  if (document.documentElement.lang !== language) document.documentElement.lang = language;
  z.config(zodLocales[language]());
}
