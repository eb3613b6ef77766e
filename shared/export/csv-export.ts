import { formatDateInput, formatTime } from '../calendar/date-input';
import type { Duty } from '../domain/duty';
import type { Post } from '../domain/post';
import type { ExportData } from './export-data';
import { channelNameOf, nameOf } from './export-data';
import { guardFormula } from './csv-formula-guard';
import type { CsvColumn } from './export-labels';
import { exportLabels } from './export-labels';
import { holderAwayNote } from './duty-away';
import { channelsShown, monthRange } from './export-selection';
import type { MonthResult } from '../results/channel-results';
import { resultMetrics } from '../results/channel-results';
import { ownEntry } from '../domain/ids';
import type { CsvSeparator } from './csv-separators';

/*
 * A spreadsheet of the selection: UTF-8 with a byte-order mark (so Excel reads ä
 * and ö), RFC 4180 quoting, CRLF rows. Finnish, Swedish and Danish Excel split on
 * ";", which is the default; "," is for everyone else. One row per post and
 * channel, with the channel's own text beside the main text; duties follow as
 * rows of their own type (Status: the holder is away and
 * needs a substitute), then results (a row per channel, month and measure). Dates appear as the user writes them and in ISO form.
 */

const csvColumns: CsvColumn[] = [
  'type',
  'date',
  'isoDate',
  'time',
  'title',
  'channel',
  'status',
  'contentType',
  'text',
  'channelText',
  'author',
  'responder',
  'tags',
  'marketing',
  'album',
  'url',
  'isoEnd',
  'id',
  'updatedAt',
];

const BOM = '\uFEFF';

/** Formula-guarded, then quoted when it must be: separator, quote, line break, or edge spaces Excel would trim. */
export function csvField(cell: string, separator: CsvSeparator): string {
  const value = guardFormula(cell);
  const needsQuotes = value.includes(separator) || /["\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

type Row = Partial<Record<CsvColumn, string>>;

function postRows(post: Post, data: ExportData): Row[] {
  const labels = exportLabels[data.language];
  const common: Row = {
    type: labels.rowType.post,
    date: formatDateInput(post.date, data.language),
    isoDate: post.date ?? '',
    time: formatTime(post.time, data.language),
    title: post.title,
    status: labels.status[post.status],
    contentType: labels.contentType[post.contentType],
    text: post.text,
    author: nameOf(data.volunteers, post.authorId),
    responder: nameOf(data.volunteers, post.responderId),
    tags: post.tags.join(', '),
    marketing: post.marketing ? labels.yes : labels.no,
    album: post.albumName,
    url: post.publishedUrl,
    id: post.id,
    updatedAt: post.updatedAt,
  };
  const channels = channelsShown(post, data.selection);
  if (channels.length === 0) return [common];
  return channels.map((id) => ({ ...common, channel: channelNameOf(data.channels, id), channelText: ownEntry(post.variants, id) ?? '' }));
}

function dutyRow(duty: Duty, data: ExportData): Row {
  const labels = exportLabels[data.language];
  return {
    type: labels.rowType.duty,
    date: formatDateInput(duty.from, data.language),
    isoDate: duty.from,
    isoEnd: duty.to,
    title: labels.dutyType[duty.type],
    channel: duty.channelIds.length ? duty.channelIds.map((id) => channelNameOf(data.channels, id)).join(', ') : labels.everyChannel,
    text: duty.note,
    responder: duty.volunteerId ? nameOf(data.volunteers, duty.volunteerId) : labels.unassigned,
    // A duty has no post status: the column says instead that its holder is away, so a filter finds it.
    status: holderAwayNote(duty, data) ?? '',
    id: duty.id,
  };
}

/** One row per known number: type "Result", the month's first and last day, the channel, the measure as title and the number as text. */
function resultRows(result: MonthResult, data: ExportData): Row[] {
  const labels = exportLabels[data.language];
  const range = monthRange(result.month);
  return resultMetrics.flatMap((metric) => {
    const value = result.numbers[metric];
    if (value === null) return [];
    return [{ type: labels.rowType.result, date: formatDateInput(range.from, data.language), isoDate: range.from, isoEnd: range.to, channel: channelNameOf(data.channels, result.channelId), title: labels.resultMetric[metric], text: String(value) }];
  });
}

export function toCsv(data: ExportData, separator: CsvSeparator = ';'): string {
  const labels = exportLabels[data.language];
  const rows: Row[] = [...data.posts.flatMap((post) => postRows(post, data)), ...data.duties.map((duty) => dutyRow(duty, data)), ...data.results.flatMap((result) => resultRows(result, data))];
  const header = csvColumns.map((column) => csvField(labels.columns[column], separator)).join(separator);
  const lines = rows.map((row) => csvColumns.map((column) => csvField(row[column] ?? '', separator)).join(separator));
  return `${BOM}${[header, ...lines].join('\r\n')}\r\n`;
}
