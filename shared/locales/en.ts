import commonJson from './en/common.json';
import domainJson from './en/domain.json';
import calendarJson from './en/calendar.json';
import postEditorJson from './en/postEditor.json';
import settingsJson from './en/settings.json';
import rosterJson from './en/roster.json';
import exportJson from './en/export.json';
import reviewJson from './en/review.json';
import firstRunJson from './en/firstRun.json';
import checklistJson from './en/checklist.json';
import vJson from './en/v.json';
import syncJson from './en/sync.json';
import publishJson from './en/publish.json';
import exportFileJson from './en/exportFile.json';
import ideasJson from './en/ideas.json';
import campaignsJson from './en/campaigns.json';
import resultsJson from './en/results.json';
import shareJson from './en/share.json';
import sharePlanJson from './en/sharePlan.json';
import recurrenceJson from './en/recurrence.json';

/** English, the reference: its shape is the type of every language (see locales.ts). */
export const resources = { common: commonJson, domain: domainJson, calendar: calendarJson, postEditor: postEditorJson, settings: settingsJson, roster: rosterJson, export: exportJson, review: reviewJson, firstRun: firstRunJson, checklist: checklistJson, v: vJson, sync: syncJson, exportFile: exportFileJson, ideas: ideasJson, campaigns: campaignsJson, results: resultsJson, share: shareJson, publish: publishJson, sharePlan: sharePlanJson, recurrence: recurrenceJson };

/** The namespaces the UI loads, typed from the English files (main and the CLI add theirs in locales.ts). */
export type UiResources = typeof resources;
