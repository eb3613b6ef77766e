import { z } from 'zod';
import { tooLong } from './limits';

/** A single-line name or label, trimmed, required. */
export const NAME_MAX = 200;
export const Name = z.string().trim().min(1, { error: 'v.required' }).max(NAME_MAX, tooLong);

/** A single-line value that may be empty. */
export const Line = z.string().trim().max(500, tooLong);

/** Longer free text (post text, descriptions, goals). */
export const LONG_TEXT_MAX = 20_000;
export const LongText = z.string().max(LONG_TEXT_MAX, tooLong);

/**
 * C0, DEL, C1 and the Unicode line and paragraph separators. `new URL` silently drops
 * CR, LF and TAB, so an address carrying them would pass as valid while its raw text,
 * which is what is stored and exported, could add lines to a calendar file.
 */
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

/** An http(s) address, or empty. Only web addresses are ever opened from the app. */
export const WebAddress = z
  .string()
  .refine((value) => !hasControlCharacter(value), { error: 'v.urlControlCharacter', abort: true })
  .trim()
  .max(2000, tooLong)
  .transform(withScheme)
  .refine((value) => value === '' || isWebAddress(value), { error: 'v.urlInvalid' });

/** "www.example.fi" is how people write an address: it means https://www.example.fi. */
function withScheme(value: string): string {
  return value === '' || /^[a-z][a-z\d+.-]*:/i.test(value) ? value : `https://${value}`;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export const Email = z
  .string()
  .trim()
  .max(320, tooLong)
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), { error: 'v.emailInvalid' });
