import type { IsoWeek } from '../calendar/calendar-dates';
import { isoWeekOf, plusDays } from '../calendar/calendar-dates';
import type { Duty } from '../domain/duty';
import type { LocalDate } from '../domain/local-time';
import type { Post } from '../domain/post';
import type { ExportData } from './export-data';
import { channelNameOf, nameOf } from './export-data';
import { exportLabels } from './export-labels';
import { channelsShown } from './export-selection';
import { holderAwayNote } from './duty-away';
import { escapeHtml } from './html-escape';
import { dateText, statusMarks } from './schedule-parts';
import { ownEntry } from '../domain/ids';

/*
 * The agenda: week by week (ISO weeks, Monday first), the duties of the week and
 * then each post in full — title, when, status in words, channels, who answers,
 * and the text itself, so a board member can review it without the app.
 */

function weeksOf(data: ExportData): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let start = isoWeekOf(data.selection.from).start; start <= data.selection.to; start = plusDays(start, 7)) weeks.push(isoWeekOf(start));
  return weeks;
}

function dutyLine(duty: Duty, data: ExportData): string {
  const labels = exportLabels[data.language];
  const text = dateText(data.language);
  const who = duty.volunteerId ? nameOf(data.volunteers, duty.volunteerId) : labels.unassigned;
  const channels = duty.channelIds.length ? duty.channelIds.map((id) => channelNameOf(data.channels, id)).join(', ') : labels.everyChannel;
  const away = holderAwayNote(duty, data);
  const awayText = away ? ` <span class="away"><span class="mark" aria-hidden="true">⚠</span> ${escapeHtml(away)}</span>` : '';
  return `<li class="duty${duty.volunteerId ? '' : ' gap'}"><strong>${escapeHtml(labels.dutyType[duty.type])}:</strong> ${escapeHtml(who)}${awayText} <span class="muted">(${escapeHtml(text.dayMonth(duty.from))}–${escapeHtml(text.date(duty.to))} · ${escapeHtml(channels)})</span>${duty.note ? ` <span class="note">${escapeHtml(duty.note)}</span>` : ''}</li>`;
}

function postBlock(post: Post & { date: LocalDate }, data: ExportData): string {
  const labels = exportLabels[data.language];
  const text = dateText(data.language);
  const channelIds = channelsShown(post, data.selection);
  const channels = channelIds.map((id) => channelNameOf(data.channels, id));
  const meta = [
    `<span class="status"><span class="mark" aria-hidden="true">${statusMarks[post.status]}</span> ${escapeHtml(labels.status[post.status])}</span>`,
    channels.length ? escapeHtml(channels.join(', ')) : '',
    post.responderId ? `${escapeHtml(labels.responder)}: ${escapeHtml(nameOf(data.volunteers, post.responderId))}` : '',
    post.marketing ? escapeHtml(labels.marketing) : '',
    post.tags.length ? `${escapeHtml(labels.tags)}: ${escapeHtml(post.tags.join(', '))}` : '',
  ].filter(Boolean);
  const variants = channelIds
    .filter((id) => ownEntry(post.variants, id) !== undefined)
    .map((id) => `<p class="variant"><span class="variant-name">${escapeHtml(channelNameOf(data.channels, id))}:</span> ${escapeHtml(post.variants[id])}</p>`);
  const when = `${text.shortDay(post.date)} ${post.time ? text.time(post) : labels.anyTime}`;
  return [
    `<article class="post s-${post.status}">`,
    `<p class="when">${escapeHtml(when)}</p>`,
    `<div class="body"><h4>${escapeHtml(post.title)}</h4>`,
    `<p class="meta">${meta.join(' · ')}</p>`,
    post.text ? `<p class="text">${escapeHtml(post.text)}</p>` : '',
    ...variants,
    '</div></article>',
  ].join('');
}

export function agenda(data: ExportData): string {
  const labels = exportLabels[data.language];
  const text = dateText(data.language);
  return weeksOf(data)
    .map((week) => {
      const posts = data.posts.filter((post): post is Post & { date: LocalDate } => post.date !== null && post.date >= week.start && post.date <= week.end);
      const duties = data.duties.filter((duty) => duty.from <= week.end && duty.to >= week.start);
      const empty = posts.length === 0 && duties.length === 0;
      return [
        `<section class="week${empty ? ' empty' : ''}" aria-labelledby="week-${week.start}">`,
        `<h3 id="week-${week.start}">${escapeHtml(labels.week)} ${week.week} <span class="muted">${escapeHtml(text.dayMonth(week.start))}–${escapeHtml(text.date(week.end))}</span></h3>`,
        duties.length ? `<ul class="duties">${duties.map((duty) => dutyLine(duty, data)).join('')}</ul>` : '',
        posts.map((post) => postBlock(post, data)).join(''),
        empty ? `<p class="muted">${escapeHtml(labels.nothing)}</p>` : '',
        '</section>',
      ].join('');
    })
    .join('\n');
}
