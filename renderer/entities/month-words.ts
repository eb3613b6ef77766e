import { format } from 'date-fns';
import type { Language } from '../../shared/domain/settings';
import { dateLocales } from '../i18n/i18n';

/**
 * A month bucket ("2027-01") as written inside a sentence: "January 2027", "tammikuu 2027",
 * "januari 2027" (a heading capitalises Finnish; a sentence does not). Null for "undated":
 * the caller words posts without a date.
 */
export function monthInSentence(bucket: string, language: Language): string | null {
  if (!/^\d{4}-\d{2}$/.test(bucket)) return null;
  return format(new Date(Number(bucket.slice(0, 4)), Number(bucket.slice(5, 7)) - 1, 1, 12), 'LLLL yyyy', { locale: dateLocales[language] });
}
