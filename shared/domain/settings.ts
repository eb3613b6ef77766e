import { z } from 'zod';
import { albumPatternProblem, DEFAULT_ALBUM_PATTERN } from '../checklist/album-name-rule';
import { tooLong } from './limits';

export const languages = ['fi', 'sv', 'en'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}

const TimeZone = z.string().refine(isTimeZone, { error: 'v.timeZoneInvalid' });

export const Settings = z.strictObject({
  language: Language,
  /** Posts' dates and times are wall-clock values in this zone. */
  timeZone: TimeZone,
  /** 1 = Monday, as in the Nordic countries; week numbers are ISO 8601 either way. */
  weekStartsOn: z.union([z.literal(1), z.literal(0), z.literal(6)]),
  /**
   * Before who-is-who (the identity kept per laptop), the one name approvals and comments
   * were signed with. Read from existing folders to preselect who the user is, never written.
   */
  userName: z.string().trim().max(200, tooLong).optional(),
  /** How long after publishing someone must be on response duty for the post's channels (shared/roster/coverage.ts). */
  responseWindowHours: z.int().min(1).max(336).default(48),
  /** How albums are named ({yyyy}-{MM}-{dd} {event}); the checklist proposes names and flags those that break it. */
  albumPattern: z
    .string()
    .trim()
    .min(1, { error: 'v.required' })
    .max(200, tooLong)
    .refine((pattern) => albumPatternProblem(pattern) === null, { error: 'v.albumPatternInvalid' })
    .default(DEFAULT_ALBUM_PATTERN),
  /** A channel with no post for longer than this looks dead (seed 000: "a page last updated months ago"). */
  staleAfterDays: z.int().min(1).max(365).default(14),
  /** Channel health: the About page's contact info and the profile images are checked at least this often. */
  channelCheckMonths: z.int().min(1).max(36).default(6),
});
export type Settings = z.infer<typeof Settings>;

export function languageFromLocale(locale: string): Language {
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return primary === 'fi' || primary === 'sv' ? primary : 'en';
}

export function defaultSettings(locale: string): Settings {
  return {
    language: languageFromLocale(locale),
    timeZone: 'Europe/Helsinki',
    weekStartsOn: 1,
    responseWindowHours: 48,
    albumPattern: DEFAULT_ALBUM_PATTERN,
    staleAfterDays: 14,
    channelCheckMonths: 6,
  };
}
