import type { Language } from '../domain/settings';
import type { UiResources } from './en';
import { resources as enUi } from './en';
import { resources as fiUi } from './fi';
import { resources as svUi } from './sv';
import enCli from './en/cli.json';
import enStartup from './en/startup.json';
import fiCli from './fi/cli.json';
import fiStartup from './fi/startup.json';
import svCli from './sv/cli.json';
import svStartup from './sv/startup.json';

/*
 * Every word the app shows or writes, per language and namespace, as JSON beside this file.
 * Imported statically (no fs here: shared/ is pure) so main and the CLI read the same files
 * as the renderer, which imports one language's module (en.ts, fi.ts, sv.ts) when it is shown.
 * English is the reference: its shape is the type of every language, and
 * test/unit/shared/locales/locales.spec.ts checks the other two have the same keys.
 */
/** The namespaces of one language: the UI's, and the command line's and main's before a window exists. */
export type LocaleResources = UiResources & { cli: typeof enCli; startup: typeof enStartup };
const en: LocaleResources = { ...enUi, cli: enCli, startup: enStartup };
const fi: LocaleResources = { ...fiUi, cli: fiCli, startup: fiStartup };
const sv: LocaleResources = { ...svUi, cli: svCli, startup: svStartup };
export type Namespace = keyof LocaleResources;

export const locales: Record<Language, LocaleResources> = { en, fi, sv };
