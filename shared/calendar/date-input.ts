import type { LocalDate, LocalTime } from '../domain/local-time';
import { isLocalDate, localDate, localTime } from '../domain/local-time';
import type { Language } from '../domain/settings';

/*
 * Dates and times as volunteers type them. Finnish and Swedish write 30.3.2026 and
 * 9.30; English users here get the same day-first order with slashes. ISO
 * (2026-03-30) and 09:30 are accepted everywhere.
 */

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; message: 'v.dateInvalid' | 'v.timeInvalid' };

const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Empty input means "no date"; anything else must be a real calendar date. */
export function parseDateInput(text: string): Parsed<LocalDate> {
  const value = text.trim();
  if (value === '') return { ok: true, value: null };
  const m = dayFirst.exec(value);
  const parts = m ? [m[3], m[2], m[1]] : iso.exec(value)?.slice(1, 4);
  if (!parts) return { ok: false, message: 'v.dateInvalid' };
  const candidate = `${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}`;
  return isLocalDate(candidate) ? { ok: true, value: localDate(candidate) } : { ok: false, message: 'v.dateInvalid' };
}

export function formatDateInput(date: LocalDate | null, language: Language): string {
  if (!date) return '';
  const [year, month, day] = [date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return language === 'en' ? `${day}/${month}/${year}` : `${day}.${month}.${year}`;
}

export function dateInputHint(language: Language): string {
  return language === 'en' ? 'd/m/yyyy' : language === 'sv' ? 'd.m.åååå' : 'p.k.vvvv';
}

/** "9", "9.30", "09:30", "930" → "09:30"; empty means "no time". */
export function parseTimeInput(text: string): Parsed<LocalTime> {
  const value = text.trim();
  if (value === '') return { ok: true, value: null };
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(value);
  if (!m) return { ok: false, message: 'v.timeInvalid' };
  const [hours, minutes] = [Number(m[1]), Number(m[2] ?? '0')];
  if (hours > 23 || minutes > 59) return { ok: false, message: 'v.timeInvalid' };
  return { ok: true, value: localTime(`${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`) };
}

/** Finnish and Swedish write 9.30, English 09:30. */
export function formatTime(time: LocalTime | null, language: Language): string {
  if (!time) return '';
  return language === 'en' ? time : `${Number(time.slice(0, 2))}.${time.slice(3)}`;
}
