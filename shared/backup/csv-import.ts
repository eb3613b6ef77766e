import type { ApiIssue } from '../domain/issues';
import { parseTimeInput } from '../calendar/date-input';
import type { Channel } from '../domain/channel';
import type { Id } from '../domain/ids';
import { Id as IdSchema } from '../domain/ids';
import { Instant, isLocalDate, localDate } from '../domain/local-time';
import type { ContentType, PostStatus } from '../domain/post';
import { contentTypes, newPost, Post, postStatuses } from '../domain/post';
import { languages } from '../domain/settings';
import type { Volunteer } from '../domain/volunteer';
import { unguardFormula } from '../export/csv-formula-guard';
import type { CsvColumn } from '../export/export-labels';
import { exportLabels } from '../export/export-labels';
import { limit } from './backup-checks';
import { sameRecord } from './folder-data';
import { messageWith } from '../domain/limits';

/*
 * A spreadsheet made by the app (perhaps edited in Excel) back into posts. The
 * header may be in any of the app's languages; the rows of one post (one per
 * channel) are put back together by id. Channels and people are matched by name
 * to this folder's own. Duty rows are skipped: duties are the roster's.
 */

const required: CsvColumn[] = ['title', 'isoDate', 'time', 'channel', 'status', 'text'];

const norm = (value: string) => value.trim().toLowerCase();

/** Every language's word for each column, status, content type, yes and row type. */
function vocabulary() {
  const columns = new Map<string, CsvColumn>();
  const statuses = new Map<string, PostStatus>(postStatuses.map((s) => [s, s]));
  const types = new Map<string, ContentType>(contentTypes.map((t) => [t, t]));
  const yes = new Set<string>(['true', '1', 'x']);
  const dutyRows = new Set<string>(['duty']);
  const postRows = new Set<string>(['', 'post']);
  for (const language of languages) {
    const labels = exportLabels[language];
    for (const [key, label] of Object.entries(labels.columns)) columns.set(norm(label), key as CsvColumn);
    for (const [key, label] of Object.entries(labels.status)) statuses.set(norm(label), key as PostStatus);
    for (const [key, label] of Object.entries(labels.contentType)) types.set(norm(label), key as ContentType);
    yes.add(norm(labels.yes));
    dutyRows.add(norm(labels.rowType.duty));
    // Results are entered on the Results screen, not imported: skipped as duties are.
    dutyRows.add(norm(labels.rowType.result));
    postRows.add(norm(labels.rowType.post));
  }
  return { columns, statuses, types, yes, dutyRows, postRows };
}

export interface CsvContext {
  channels: Channel[];
  volunteers: Volunteer[];
  /** This folder's posts that the rows may update, by id. */
  existing: Map<Id, Post>;
  now: string;
  newId: () => Id;
}

export type CsvPosts = { ok: true; posts: Post[]; skippedRows: number } | { ok: false; issues: ApiIssue[] };

function columnNames(column: CsvColumn): string {
  return [...new Set(languages.map((language) => exportLabels[language].columns[column]))].join(' / ');
}

/**
 * The most rows (header aside) one import reads: far more than any plan, few enough
 * that reading them stays a matter of seconds and of memory the app has.
 */
export const MAX_CSV_ROWS = 100_000;

export function postsFromCsv(rows: string[][], context: CsvContext): CsvPosts {
  if (rows.length - 1 > MAX_CSV_ROWS) return { ok: false, issues: [{ path: '', message: messageWith('v.csvTooManyRows', { max: MAX_CSV_ROWS }) }] };
  const words = vocabulary();
  const nonEmpty = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (nonEmpty.length === 0) return { ok: false, issues: [{ path: '', message: 'v.importEmpty' }] };
  const header = rows[0].map((cell) => words.columns.get(norm(cell.replace(/^\uFEFF/, ''))));
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length) return { ok: false, issues: missing.map((column) => ({ path: 'header', message: 'v.csvMissingColumn', received: columnNames(column) })) };

  const issues: ApiIssue[] = [];
  const cell = (row: string[], column: CsvColumn) => {
    const index = header.indexOf(column);
    return index >= 0 ? unguardFormula(row[index] ?? '') : undefined;
  };
  const byName = <T extends { id: Id; name: string }>(records: T[]) => new Map(records.map((record) => [norm(record.name), record.id]));
  const channelIds = byName(context.channels);
  const people = byName(context.volunteers);

  // Rows of one post share its id; rows without an id (typed in by hand) share title, date and time.
  const groups = new Map<string, { line: number; row: string[] }[]>();
  let skippedRows = 0;
  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    if (row.every((value) => value.trim() === '')) return;
    const type = norm(cell(row, 'type') ?? '');
    if (words.dutyRows.has(type)) return void (skippedRows += 1);
    if (!words.postRows.has(type)) return void issues.push({ path: `rows.${line}.type`, message: 'v.csvUnknownValue', received: cell(row, 'type') });
    const id = (cell(row, 'id') ?? '').trim();
    const key = id ? `id:${id}` : `new:${cell(row, 'title')}|${cell(row, 'isoDate')}|${cell(row, 'time')}`;
    const group = groups.get(key);
    if (group) group.push({ line, row });
    else groups.set(key, [{ line, row }]);
  });

  const posts: Post[] = [];
  for (const group of groups.values()) {
    const [{ line, row }] = group;
    const at = (column: CsvColumn) => `rows.${line}.${column}`;
    const value = (column: CsvColumn) => cell(row, column) ?? '';
    for (const column of ['title', 'isoDate', 'time', 'status', 'text'] as const) {
      const other = group.find((member) => (cell(member.row, column) ?? '') !== value(column));
      if (other) issues.push({ path: `rows.${other.line}.${column}`, message: 'v.csvRowsDisagree', received: cell(other.row, column) });
    }
    const id = value('id').trim();
    if (id && !IdSchema.safeParse(id).success) issues.push({ path: at('id'), message: 'v.idInvalid', received: id });
    const isoDate = value('isoDate').trim();
    if (isoDate && !isLocalDate(isoDate)) issues.push({ path: at('isoDate'), message: 'v.dateInvalid', received: isoDate });
    const time = parseTimeInput(value('time'));
    if (!time.ok) issues.push({ path: at('time'), message: time.message, received: value('time') });
    const status = words.statuses.get(norm(value('status')));
    if (!status) issues.push({ path: at('status'), message: 'v.csvUnknownValue', received: value('status') });
    const typeText = cell(row, 'contentType');
    const contentType = typeText === undefined || typeText.trim() === '' ? undefined : words.types.get(norm(typeText));
    if (typeText && typeText.trim() && !contentType) issues.push({ path: at('contentType'), message: 'v.csvUnknownValue', received: typeText });
    const person = (column: 'author' | 'responder') => {
      const name = (cell(row, column) ?? '').trim();
      if (!name) return null;
      const found = people.get(norm(name));
      if (!found) issues.push({ path: at(column), message: 'v.unknownVolunteer', received: name });
      return found ?? null;
    };
    const channels: Id[] = [];
    const variants: Record<Id, string> = {};
    for (const member of group) {
      const name = (cell(member.row, 'channel') ?? '').trim();
      if (!name) continue;
      const channelId = channelIds.get(norm(name));
      if (!channelId) {
        issues.push({ path: `rows.${member.line}.channel`, message: 'v.unknownChannel', received: name });
        continue;
      }
      if (!channels.includes(channelId)) channels.push(channelId);
      const variant = cell(member.row, 'channelText') ?? '';
      if (variant !== '') variants[channelId] = variant;
    }
    if (issues.length > 40) break;

    const existing = id ? context.existing.get(id) : undefined;
    const base = existing ?? newPost({ title: value('title') }, id || context.newId(), context.now);
    const optional = <T>(column: CsvColumn, read: (text: string) => T, fallback: T): T => (cell(row, column) === undefined ? fallback : read(cell(row, column) ?? ''));
    const candidate: Post = {
      ...base,
      title: value('title').trim(),
      date: isoDate && isLocalDate(isoDate) ? localDate(isoDate) : null,
      time: time.ok ? time.value : null,
      status: status ?? base.status,
      text: value('text'),
      channelIds: channels,
      variants,
      contentType: contentType ?? base.contentType,
      authorId: optional('author', () => person('author'), base.authorId),
      responderId: optional('responder', () => person('responder'), base.responderId),
      tags: optional('tags', (text) => text.split(',').map((tag) => tag.trim()).filter(Boolean), base.tags),
      marketing: optional('marketing', (text) => words.yes.has(norm(text)), base.marketing),
      albumName: optional('album', (text) => text.trim(), base.albumName),
      publishedUrl: optional('url', (text) => text.trim(), base.publishedUrl),
    };
    const parsed = Post.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ path: `rows.${line}.${issue.path.join('.')}`, message: issue.message });
      continue;
    }
    posts.push(stamped(parsed.data, existing, cell(row, 'updatedAt'), context.now));
  }
  if (issues.length) return { ok: false, issues: limit(issues) };
  return { ok: true, posts, skippedRows };
}

/**
 * The row's copy is "updated" when the app's copy has not changed since the
 * spreadsheet was made (or the sheet does not say), and "conflicting" when it has.
 */
function stamped(post: Post, existing: Post | undefined, sheetUpdatedAt: string | undefined, now: string): Post {
  if (!existing) return { ...post, createdAt: now, updatedAt: now };
  if (sameRecord({ ...post, updatedAt: existing.updatedAt }, existing)) return existing;
  const sheet = sheetUpdatedAt?.trim();
  const appChangedSince = sheet !== undefined && Instant.safeParse(sheet).success && existing.updatedAt > sheet;
  return { ...post, updatedAt: appChangedSince && sheet ? sheet : now };
}
