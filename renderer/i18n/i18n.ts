import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodFi from 'zod/v4/locales/fi.js';
import zodSv from 'zod/v4/locales/sv.js';
import { enGB, fi, sv } from 'date-fns/locale';
import type { Locale } from 'date-fns';
import type { Language } from '../../shared/domain/settings';
import { languages } from '../../shared/domain/settings';
import { resourcesFor } from './resources';

/** date-fns locales: month and weekday names; British English for day-first dates. */
export const dateLocales: Record<Language, Locale> = { fi, sv, en: enGB };

// One import per language: z.locales would pull all ~50 of zod's languages into the bundle.
const zodLocales: Record<Language, () => Parameters<typeof z.config>[0]> = { fi: zodFi, sv: zodSv, en: zodEn };

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(languages.map((lng) => [lng, resourcesFor(lng)])),
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyLanguage(language);
  return i18next;
}

/** Switches the UI language, the page's lang attribute and zod's own messages together. */
export function applyLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  z.config(zodLocales[language]());
}
