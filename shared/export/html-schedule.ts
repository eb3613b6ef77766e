import { todayIn } from '../calendar/calendar-dates';
import { postStatuses } from '../domain/post';
import type { ExportData } from './export-data';
import { exportLabels } from './export-labels';
import { agenda } from './html-agenda';
import { escapeHtml } from './html-escape';
import { monthGrids } from './html-month-grid';
import { channelCodes, dateText, statusMarks } from './schedule-parts';
import { channelsUsed } from './export-selection';
import { scheduleStyle } from './schedule-style';

/*
 * The schedule as one self-contained HTML file: month grids and the agenda, the
 * association's name, the range, a legend. No scripts, no fetches (its own CSP
 * says so), so it opens offline from an email or a shared folder, also on a
 * phone. It is also the print view: the app prints it to PDF with Electron's
 * printToPDF, the CLI and the tests with headless Chromium's page.pdf().
 */

function scheduleTitle(data: ExportData): string {
  return exportLabels[data.language].scheduleTitle;
}

function rangeText(data: ExportData): string {
  const text = dateText(data.language);
  return `${text.date(data.selection.from)} – ${text.date(data.selection.to)}`;
}

function legend(data: ExportData): string {
  const labels = exportLabels[data.language];
  const statuses = postStatuses.map((status) => `<li><span class="mark" aria-hidden="true">${statusMarks[status]}</span> ${escapeHtml(labels.status[status])}</li>`);
  if (data.selection.includeDuties) statuses.push(`<li><span class="mark" aria-hidden="true">⚑</span> ${escapeHtml(labels.duties)}</li>`);
  const codes = channelCodes(data.channels);
  const channels = channelsUsed(data.channels, data.posts, data.selection).map((channel) => `<li><strong>${escapeHtml(codes.get(channel.id) ?? '')}</strong> ${escapeHtml(channel.name)}</li>`);
  return [
    `<section aria-labelledby="legend-title"><h2 id="legend-title" class="sr">${escapeHtml(labels.legend)}</h2>`,
    `<ul class="legend">${statuses.join('')}</ul>`,
    channels.length ? `<ul class="legend">${channels.join('')}</ul>` : '',
    '</section>',
  ].join('');
}

export function toScheduleHtml(data: ExportData): string {
  const labels = exportLabels[data.language];
  const text = dateText(data.language);
  const title = scheduleTitle(data);
  const name = data.association.name;
  const range = rangeText(data);
  const header = [name, title, range].filter(Boolean).join(' · ');
  const madeOn = text.date(todayIn(data.timeZone, new Date(data.generatedAt)));
  const showMonths = data.selection.includePosts;
  return `<!doctype html>
<html lang="${data.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Somevuoro">
<title>${escapeHtml(header)}</title>
<style>${scheduleStyle(header, labels.page)}</style>
</head>
<body>
<header class="doc-header">
${name ? `<p class="association">${escapeHtml(name)}</p>` : ''}
<h1>${escapeHtml(title)}</h1>
<p class="range">${escapeHtml(range)}</p>
<p class="muted">${escapeHtml(labels.madeOn)} ${escapeHtml(madeOn)}</p>
<ul class="toc">${showMonths ? `<li><a href="#months">${escapeHtml(labels.months)}</a></li>` : ''}<li><a href="#agenda">${escapeHtml(labels.agenda)}</a></li></ul>
${legend(data)}
</header>
<main>
${showMonths ? `<section id="months" aria-label="${escapeHtml(labels.months)}">\n${monthGrids(data)}\n</section>` : ''}
<section id="agenda" aria-labelledby="agenda-title">
<h2 id="agenda-title" class="agenda-title">${escapeHtml(labels.agenda)}</h2>
${agenda(data)}
</section>
</main>
</body>
</html>
`;
}
