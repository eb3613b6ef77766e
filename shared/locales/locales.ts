import type { Language } from '../domain/settings';
import type { LocaleResources } from './en';
import { resources as en } from './en';
import { resources as fi } from './fi';
import { resources as sv } from './sv';

/*
 * Every word the app shows or writes, per language and namespace, as JSON beside this file.
 * Imported statically (no fs here: shared/ is pure) so main and the CLI read the same files
 * as the renderer, which imports one language's module (en.ts, fi.ts, sv.ts) when it is shown.
 * English is the reference: its shape is the type of every language, and
 * test/unit/shared/locales/locales.spec.ts checks the other two have the same keys.
 */
export type { LocaleResources } from './en';
export type Namespace = keyof LocaleResources;

export const locales: Record<Language, LocaleResources> = { en, fi, sv };
