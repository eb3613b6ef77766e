import type { ResourceLanguage } from 'i18next';
import type { Language } from '../../shared/domain/settings';
import { validationMessages } from '../../shared/i18n/validation-messages';
import { calendarStrings } from '../features/calendar/strings';
import { checklistStrings } from '../features/checklist/strings';
import { exportStrings } from '../features/export/strings';
import { postEditorStrings } from '../features/post-editor/strings';
import { rosterStrings } from '../features/roster/strings';
import { firstRunStrings } from '../features/first-run/strings';
import { reviewStrings } from '../features/review/strings';
import { settingsStrings } from '../features/settings/strings';
import { commonStrings } from './common-strings';
import { domainStrings } from './domain-strings';

/** One namespace per feature; add a feature's strings.ts here. */
const namespaces = {
  common: commonStrings,
  domain: domainStrings,
  calendar: calendarStrings,
  postEditor: postEditorStrings,
  settings: settingsStrings,
  roster: rosterStrings,
  export: exportStrings,
  review: reviewStrings,
  firstRun: firstRunStrings,
  checklist: checklistStrings,
};

type Namespaces = typeof namespaces;
export type EnglishResources = { [N in keyof Namespaces]: Namespaces[N]['en'] } & { v: (typeof validationMessages)['en'] };

export function resourcesFor(language: Language): ResourceLanguage {
  const tables = Object.entries(namespaces).map(([name, table]) => [name, table[language]]);
  return { ...Object.fromEntries(tables), v: validationMessages[language] };
}
