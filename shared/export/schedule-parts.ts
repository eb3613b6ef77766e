import { format } from 'date-fns';
import { enGB, fi, sv } from 'date-fns/locale';
import type { Locale } from 'date-fns';
import { toCalendarDate } from '../calendar/calendar-dates';
import { formatDateInput, formatTime } from '../calendar/date-input';
import type { Channel } from '../domain/channel';
import type { LocalDate } from '../domain/local-time';
import type { Post, PostStatus } from '../domain/post';
import type { Language } from '../domain/settings';
import { escapeHtml } from './html-escape';

/*
 * Pieces shared by the month grids and the agenda of the printed schedule: status
 * marks that survive black-and-white printing, short channel codes, dates in the
 * reader's language.
 */

/** A shape per status, so a grey printout still tells them apart; the text label is always beside it in the legend. */
export const statusMarks: Record<PostStatus, string> = {
  idea: '○',
  draft: '◔',
  'in-review': '◑',
  approved: '●',
  published: '✓',
  cancelled: '✕',
};

const dateLocales: Record<Language, Locale> = { fi, sv, en: enGB };

export function dateText(language: Language) {
  const locale = dateLocales[language];
  const dayMonth = language === 'en' ? 'd/M' : 'd.M.';
  return {
    date: (date: LocalDate) => formatDateInput(date, language),
    dayMonth: (date: LocalDate) => format(toCalendarDate(date), dayMonth, { locale }),
    weekday: (date: LocalDate) => format(toCalendarDate(date), 'EEEEEE', { locale }),
    shortDay: (date: LocalDate) => format(toCalendarDate(date), `EEEEEE ${dayMonth}`, { locale }),
    monthTitle: (date: LocalDate) => format(toCalendarDate(date), 'LLLL yyyy', { locale }),
    time: (post: Pick<Post, 'time'>) => formatTime(post.time, language),
  };
}

/** "Facebook-sivu" → "FS", "Instagram" → "IN": short, unique codes for the month grid, explained in the legend. */
export function channelCodes(channels: Channel[]): Map<string, string> {
  const codes = new Map<string, string>();
  const taken = new Set<string>();
  for (const channel of channels) {
    const words = channel.name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const base = (words.length > 1 ? words.map((word) => word[0]).join('').slice(0, 3) : (words[0] ?? '?').slice(0, 2)).toUpperCase();
    let code = base;
    for (let n = 2; taken.has(code); n++) code = `${base}${n}`;
    taken.add(code);
    codes.set(channel.id, code);
  }
  return codes;
}

export function statusMark(status: PostStatus, label: string): string {
  return `<span class="mark" aria-hidden="true">${statusMarks[status]}</span><span class="sr">${escapeHtml(label)}</span>`;
}
