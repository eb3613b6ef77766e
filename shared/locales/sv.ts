import type { UiResources } from './en';
import commonJson from './sv/common.json';
import domainJson from './sv/domain.json';
import calendarJson from './sv/calendar.json';
import postEditorJson from './sv/postEditor.json';
import settingsJson from './sv/settings.json';
import rosterJson from './sv/roster.json';
import exportJson from './sv/export.json';
import reviewJson from './sv/review.json';
import firstRunJson from './sv/firstRun.json';
import checklistJson from './sv/checklist.json';
import vJson from './sv/v.json';
import syncJson from './sv/sync.json';
import publishJson from './sv/publish.json';
import exportFileJson from './sv/exportFile.json';
import ideasJson from './sv/ideas.json';
import campaignsJson from './sv/campaigns.json';
import resultsJson from './sv/results.json';
import shareJson from './sv/share.json';
import sharePlanJson from './sv/sharePlan.json';
import recurrenceJson from './sv/recurrence.json';

/** Swedish: one module per language, so the renderer loads only the language it shows. */
export const resources: UiResources = { common: commonJson, domain: domainJson, calendar: calendarJson, postEditor: postEditorJson, settings: settingsJson, roster: rosterJson, export: exportJson, review: reviewJson, firstRun: firstRunJson, checklist: checklistJson, v: vJson, sync: syncJson, exportFile: exportFileJson, ideas: ideasJson, campaigns: campaignsJson, results: resultsJson, share: shareJson, publish: publishJson, sharePlan: sharePlanJson, recurrence: recurrenceJson };
