import type { Language } from '../domain/settings';
import enCommon from './en/common.json';
import enDomain from './en/domain.json';
import enCalendar from './en/calendar.json';
import enPostEditor from './en/postEditor.json';
import enSettings from './en/settings.json';
import enRoster from './en/roster.json';
import enExport from './en/export.json';
import enReview from './en/review.json';
import enFirstRun from './en/firstRun.json';
import enChecklist from './en/checklist.json';
import enV from './en/v.json';
import enSync from './en/sync.json';
import enExportFile from './en/exportFile.json';
import fiCommon from './fi/common.json';
import fiDomain from './fi/domain.json';
import fiCalendar from './fi/calendar.json';
import fiPostEditor from './fi/postEditor.json';
import fiSettings from './fi/settings.json';
import fiRoster from './fi/roster.json';
import fiExport from './fi/export.json';
import fiReview from './fi/review.json';
import fiFirstRun from './fi/firstRun.json';
import fiChecklist from './fi/checklist.json';
import fiV from './fi/v.json';
import fiSync from './fi/sync.json';
import fiExportFile from './fi/exportFile.json';
import svCommon from './sv/common.json';
import svDomain from './sv/domain.json';
import svCalendar from './sv/calendar.json';
import svPostEditor from './sv/postEditor.json';
import svSettings from './sv/settings.json';
import svRoster from './sv/roster.json';
import svExport from './sv/export.json';
import svReview from './sv/review.json';
import svFirstRun from './sv/firstRun.json';
import svChecklist from './sv/checklist.json';
import svV from './sv/v.json';
import svSync from './sv/sync.json';
import svExportFile from './sv/exportFile.json';

/*
 * Every word the app shows or writes, per language and namespace, as JSON beside this file.
 * Imported statically (no fs here: shared/ is pure) so the renderer's bundle, main and the CLI
 * read the same files. English is the reference: its shape is the type of every language,
 * and test/unit/shared/locales/locales.spec.ts checks the other two have the same keys.
 */
const en = { common: enCommon, domain: enDomain, calendar: enCalendar, postEditor: enPostEditor, settings: enSettings, roster: enRoster, export: enExport, review: enReview, firstRun: enFirstRun, checklist: enChecklist, v: enV, sync: enSync, exportFile: enExportFile };
const fi = { common: fiCommon, domain: fiDomain, calendar: fiCalendar, postEditor: fiPostEditor, settings: fiSettings, roster: fiRoster, export: fiExport, review: fiReview, firstRun: fiFirstRun, checklist: fiChecklist, v: fiV, sync: fiSync, exportFile: fiExportFile };
const sv = { common: svCommon, domain: svDomain, calendar: svCalendar, postEditor: svPostEditor, settings: svSettings, roster: svRoster, export: svExport, review: svReview, firstRun: svFirstRun, checklist: svChecklist, v: svV, sync: svSync, exportFile: svExportFile };

/** The namespaces of one language, typed from the English files. */
export type LocaleResources = typeof en;
export type Namespace = keyof LocaleResources;

export const locales: Record<Language, LocaleResources> = { en, fi, sv };
