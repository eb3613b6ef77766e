import type { LocaleResources } from './locales';

// Keys typed from the English files, for the renderer's t() and translatorFor() alike: a key
// missing from English fails to compile; the other languages are checked by the locale test.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: LocaleResources;
  }
}
