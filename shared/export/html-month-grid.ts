import { isoWeekOf, plusDays } from '../calendar/calendar-dates';
import type { Duty } from '../domain/duty';
import type { LocalDate } from '../domain/local-time';
import { monthKeysBetween } from '../domain/local-time';
import type { Post } from '../domain/post';
import type { ExportData } from './export-data';
import { nameOf } from './export-data';
import { exportLabels } from './export-labels';
import { channelsShown, monthRange } from './export-selection';
import { holderAwayNote } from './duty-away';
import { escapeHtml } from './html-escape';
import { channelCodes, dateText, statusMark } from './schedule-parts';

/*
 * One month per table: Monday first, ISO week numbers down the side, each day
 * with its posts (time, status mark, title, channel codes). Days outside the
 * month or the chosen range are greyed, so an empty day reads as "nothing
 * planned", not "not exported".
 */

function entry(post: Post, data: ExportData, codes: Map<string, string>): string {
  const labels = exportLabels[data.language];
  const time = dateText(data.language).time(post);
  const channels = channelsShown(post, data.selection)
    .map((id) => codes.get(id))
    .filter(Boolean)
    .join(' ');
  return [
    `<li class="entry s-${post.status}">`,
    statusMark(post.status, labels.status[post.status]),
    time ? ` <span class="time">${escapeHtml(time)}</span>` : '',
    ` <span class="title">${escapeHtml(post.title)}</span>`,
    channels ? ` <span class="codes">${escapeHtml(channels)}</span>` : '',
    '</li>',
  ].join('');
}

/** A duty is shown once per month, on its first day within the month and the range: "⚑ Vastauspäivystys: Anna –5.4.". */
function dutyEntries(day: LocalDate, first: LocalDate, data: ExportData): string {
  const labels = exportLabels[data.language];
  const text = dateText(data.language);
  const starts = (duty: Duty) => [duty.from, first, data.selection.from].reduce((a, b) => (a > b ? a : b));
  return data.duties
    .filter((duty) => starts(duty) === day)
    .map((duty) => {
      const who = duty.volunteerId ? nameOf(data.volunteers, duty.volunteerId) : labels.unassigned;
      const until = duty.to > day ? ` –${text.dayMonth(duty.to)}` : '';
      const away = holderAwayNote(duty, data);
      const awayEntry = away ? `<li class="entry away-entry"><span class="mark" aria-hidden="true">⚠</span> ${escapeHtml(`${who}: ${away}`)}</li>` : '';
      // The duty type is one long word in Finnish ("Vastauspäivystys"): cut with an ellipsis on its own line, never split.
      return `<li class="entry duty-entry"><span class="duty-type"><span class="mark" aria-hidden="true">⚑</span> ${escapeHtml(`${labels.dutyType[duty.type]}:`)}</span> ${escapeHtml(who)}${until ? ` <span class="until">${escapeHtml(until.trim())}</span>` : ''}</li>${awayEntry}`;
    })
    .join('');
}

function monthTable(month: string, data: ExportData, byDay: Map<string, Post[]>, codes: Map<string, string>): string {
  const labels = exportLabels[data.language];
  const text = dateText(data.language);
  const { from: first, to: last } = monthRange(month);
  const monday = isoWeekOf(first).start;
  const weekdays = Array.from({ length: 7 }, (_, i) => `<th scope="col">${escapeHtml(text.weekday(plusDays(monday, i)))}</th>`).join('');
  const rows: string[] = [];
  for (let start = monday; start <= last; start = plusDays(start, 7)) {
    const cells = Array.from({ length: 7 }, (_, i) => {
      const day = plusDays(start, i);
      const inMonth = day >= first && day <= last;
      const inRange = day >= data.selection.from && day <= data.selection.to;
      if (!inMonth) return '<td class="outside"></td>';
      const posts = byDay.get(day) ?? [];
      const items = `${dutyEntries(day, first, data)}${posts.map((post) => entry(post, data, codes)).join('')}`;
      const list = items ? `<ul>${items}</ul>` : '';
      return `<td class="${inRange ? 'day' : 'day out-of-range'}"><span class="daynum">${Number(day.slice(8, 10))}</span>${list}</td>`;
    }).join('');
    rows.push(`<tr><th scope="row" class="weeknum">${isoWeekOf(start).week}</th>${cells}</tr>`);
  }
  const title = text.monthTitle(first);
  return [
    `<section class="month" id="month-${month}" aria-labelledby="month-${month}-title">`,
    `<h2 id="month-${month}-title">${escapeHtml(title.charAt(0).toUpperCase() + title.slice(1))}</h2>`,
    `<table class="grid"><thead><tr><th scope="col" class="weeknum"><abbr title="${escapeHtml(labels.week)}">${escapeHtml(labels.weekShort)}</abbr></th>${weekdays}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('');
}

export function monthGrids(data: ExportData): string {
  const codes = channelCodes(data.channels);
  const byDay = new Map<string, Post[]>();
  for (const post of data.posts) if (post.date) byDay.set(post.date, [...(byDay.get(post.date) ?? []), post]);
  const months = monthKeysBetween(data.selection.from, data.selection.to);
  return months.map((month) => monthTable(month, data, byDay, codes)).join('\n');
}
