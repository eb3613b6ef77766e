import { z } from 'zod';
import { tooLong } from './limits';

/** A single-line name or label, trimmed, required. */
export const Name = z.string().trim().min(1, { error: 'v.required' }).max(200, tooLong);

/** A single-line value that may be empty. */
export const Line = z.string().trim().max(500, tooLong);

/** Longer free text (post text, descriptions, goals). */
export const LONG_TEXT_MAX = 20_000;
export const LongText = z.string().max(LONG_TEXT_MAX, tooLong);

/** An http(s) address, or empty. Only web addresses are ever opened from the app. */
export const WebAddress = z
  .string()
  .trim()
  .max(2000, tooLong)
  .refine((value) => value === '' || isWebAddress(value), { error: 'v.urlInvalid' });

export function isWebAddress(value: string): boolean {
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
