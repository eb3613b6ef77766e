import { z } from 'zod';

export const languages = ['fi', 'sv', 'en'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}

export const TimeZone = z.string().refine(isTimeZone, { error: 'v.timeZoneInvalid' });

export const Settings = z.strictObject({
  language: Language,
  /** Posts' dates and times are wall-clock values in this zone. */
  timeZone: TimeZone,
  /** 1 = Monday, as in the Nordic countries; week numbers are ISO 8601 either way. */
  weekStartsOn: z.union([z.literal(1), z.literal(0), z.literal(6)]),
  /** Who uses this copy of the app: recorded on comments, approvals and ticked items. */
  userName: z.string().trim().max(200, { error: 'v.tooLong' }),
  /** How long after publishing someone must be on response duty for the post's channels (shared/roster/coverage.ts). */
  responseWindowHours: z.int().min(1).max(336).default(48),
});
export type Settings = z.infer<typeof Settings>;

export function languageFromLocale(locale: string): Language {
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return primary === 'fi' || primary === 'sv' ? primary : 'en';
}

export function defaultSettings(locale: string): Settings {
  return { language: languageFromLocale(locale), timeZone: 'Europe/Helsinki', weekStartsOn: 1, userName: '', responseWindowHours: 48 };
}
