import { rangeOfPreferences } from '../calendar/calendar-range';
import { todayIn } from '../calendar/calendar-dates';
import { COMING_WEEKS, comingWeeks } from '../checklist/attention';
import type { Preferences } from '../domain/preferences';
import type { Settings } from '../domain/settings';
import type { ApiResult } from './contract-kit';
import type { ChannelName } from './contract';

/*
 * What the first screen (the shell around the saved calendar view) asks for when the app opens.
 * The app's page (Electron's app:// and the web bridge) carries these calls' answers, so that the app starts with
 * every answer at hand instead of asking, waiting, and asking again (issue 14): the renderer
 * takes each answer once, for the same call, and asks the services for anything else.
 */

export interface FirstScreenCall {
  channel: ChannelName;
  input: Record<string, unknown>;
}

export interface FirstScreenAnswer extends FirstScreenCall {
  result: ApiResult<unknown>;
}

/** The page's data block (`<script type="application/json">`: data, never run, so the CSP needs no change). */
export const FIRST_SCREEN_ELEMENT_ID = 'first-screen-answers';

/** Asked before anything else: the language and the saved view decide the rest. */
export const startCalls: FirstScreenCall[] = [
  { channel: 'settings:get', input: {} },
  { channel: 'preferences:get', input: {} },
];


const noInput = (channels: readonly ChannelName[]): FirstScreenCall[] => channels.map((channel) => ({ channel, input: {} }));

/**
 * What the calendar and the shell around it show at once, once the settings and the saved view are known (`now` deciding
 * which day is today), the navigation's checklist badge included (15-40 ms in main at 10,000-50,000 posts: answered later,
 * it was the last change on the page, 100-200 ms after the month's first frame). Not what comes aside (the problems scan,
 * the posts-due prompt): the page is not held for those.
 */
export function firstScreenCalls(settings: Pick<Settings, 'timeZone'>, preferences: Preferences | null, now: Date): FirstScreenCall[] {
  const today = todayIn(settings.timeZone, now);
  const shell: FirstScreenCall[] = [
    ...noInput(['association:get', 'identity:get', 'app:status', 'volunteers:list', 'plan:status']),
    // The navigation's checklist badge, over the weeks the checklist screen opens on.
    { channel: 'checklist:attention', input: comingWeeks(today, COMING_WEEKS) },
  ];
  if (!preferences) return shell;
  const { from, to } = rangeOfPreferences(preferences, today);
  const range = { from, to };
  const calendar: FirstScreenCall[] = [
    { channel: 'posts:list', input: range },
    { channel: 'checklist:range', input: range },
    { channel: 'roster:coverage', input: range },
    ...noInput(['channels:list', 'posts:listUndated']),
  ];
  return [...calendar, ...shell];
}

/** One text per call: the same channel and input (keys in any order) give the same text. */
export function callKey(channel: string, input: unknown): string {
  const sorted = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, inner]) => [key, sorted(inner)]))
      : value;
  return `${channel} ${JSON.stringify(sorted(input ?? {}))}`;
}
