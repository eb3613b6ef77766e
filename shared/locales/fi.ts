import type { UiResources } from './en';
import commonJson from './fi/common.json';
import domainJson from './fi/domain.json';
import calendarJson from './fi/calendar.json';
import postEditorJson from './fi/postEditor.json';
import settingsJson from './fi/settings.json';
import rosterJson from './fi/roster.json';
import exportJson from './fi/export.json';
import reviewJson from './fi/review.json';
import firstRunJson from './fi/firstRun.json';
import checklistJson from './fi/checklist.json';
import vJson from './fi/v.json';
import syncJson from './fi/sync.json';
import publishJson from './fi/publish.json';
import exportFileJson from './fi/exportFile.json';
import ideasJson from './fi/ideas.json';
import campaignsJson from './fi/campaigns.json';
import resultsJson from './fi/results.json';
import shareJson from './fi/share.json';
import sharePlanJson from './fi/sharePlan.json';
import recurrenceJson from './fi/recurrence.json';

/** Finnish: one module per language, so the renderer loads only the language it shows. */
export const resources: UiResources = { common: commonJson, domain: domainJson, calendar: calendarJson, postEditor: postEditorJson, settings: settingsJson, roster: rosterJson, export: exportJson, review: reviewJson, firstRun: firstRunJson, checklist: checklistJson, v: vJson, sync: syncJson, exportFile: exportFileJson, ideas: ideasJson, campaigns: campaignsJson, results: resultsJson, share: shareJson, publish: publishJson, sharePlan: sharePlanJson, recurrence: recurrenceJson };
