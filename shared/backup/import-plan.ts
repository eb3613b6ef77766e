import { z } from 'zod';
import type { MainDocument } from '../domain/documents';
import type { Post } from '../domain/post';
import type { FolderData } from './folder-data';
import { sameRecord } from './folder-data';

/*
 * What an import would do, before it does it: each record of the file is new,
 * updated (the file's copy is newer), unchanged, or conflicting (both sides
 * changed, or there is no way to tell which is newer). Replace takes the file
 * as it is; merge adds the new, takes the updated, keeps what only this folder
 * has, and settles conflicts as the user chose (keep this folder's, or take the
 * file's).
 */

export const ImportMode = z.enum(['replace', 'merge']);
export type ImportMode = z.infer<typeof ImportMode>;
export const ConflictChoice = z.enum(['keep', 'overwrite']);
export type ConflictChoice = z.infer<typeof ConflictChoice>;

const ImportCounts = z.strictObject({
  new: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  conflicting: z.int(),
  /** In this folder but not in the file: gone after a replace, kept by a merge. */
  onlyHere: z.int(),
});
type ImportCounts = z.infer<typeof ImportCounts>;

export const recordKinds = ['posts', 'channels', 'volunteers', 'duties', 'checklistTemplates', 'trash'] as const;
export type RecordKind = (typeof recordKinds)[number];

const Conflict = z.strictObject({ kind: z.enum([...recordKinds, 'association', 'settings']), id: z.string(), label: z.string() });
type Conflict = z.infer<typeof Conflict>;

export const ImportSummary = z.strictObject({
  source: z.enum(['backup', 'csv']),
  fileName: z.string(),
  /** When the backup was made (null for a spreadsheet). */
  exportedAt: z.string().nullable(),
  associationName: z.string(),
  counts: z.record(z.enum(recordKinds), ImportCounts),
  association: z.enum(['unchanged', 'conflicting']),
  settings: z.enum(['unchanged', 'conflicting']),
  /** The first conflicts, for the user to see which records are at stake. */
  conflicts: z.array(Conflict),
  /** Rows of a spreadsheet that are not posts (duties), left out. */
  skippedRows: z.int(),
  modes: z.array(ImportMode),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

type Verdict = 'new' | 'updated' | 'unchanged' | 'conflicting';

interface Keyed {
  id: string;
}

function verdict<T extends Keyed>(incoming: T, current: T | undefined, newer: (a: T, b: T) => boolean | null): Verdict {
  if (!current) return 'new';
  if (sameRecord(incoming, current)) return 'unchanged';
  return newer(incoming, current) ? 'updated' : 'conflicting';
}

/** Posts carry updatedAt; other records cannot tell which copy is newer, so a difference is a conflict. */
const postNewer = (a: Post, b: Post) => a.updatedAt > b.updatedAt;
const unknownOrder = () => null;

interface Collection<T extends Keyed> {
  kind: RecordKind;
  incoming: T[];
  current: T[];
  newer: (a: T, b: T) => boolean | null;
  label: (record: T) => string;
}

function compare<T extends Keyed>({ incoming, current, newer }: Collection<T>) {
  const here = new Map(current.map((record) => [record.id, record]));
  const inFile = new Set(incoming.map((record) => record.id));
  const verdicts = incoming.map((record) => ({ record, verdict: verdict(record, here.get(record.id), newer) }));
  const counts: ImportCounts = { new: 0, updated: 0, unchanged: 0, conflicting: 0, onlyHere: current.filter((record) => !inFile.has(record.id)).length };
  for (const { verdict: v } of verdicts) counts[v] += 1;
  return { verdicts, counts, here };
}

function merge<T extends Keyed>(collection: Collection<T>, conflicts: ConflictChoice): T[] {
  const { verdicts, here } = compare(collection);
  const taken = new Map(here);
  for (const { record, verdict: v } of verdicts) {
    if (v === 'new' || v === 'updated' || (v === 'conflicting' && conflicts === 'overwrite')) taken.set(record.id, record);
  }
  return [...taken.values()];
}

type TrashRecord = FolderData['trash'][number] & Keyed;
const trashKeyed = (folder: FolderData): TrashRecord[] => folder.trash.map((entry) => ({ ...entry, id: entry.post.id }));
const unkey = (records: TrashRecord[]): FolderData['trash'] => records.map(({ id: _id, ...entry }) => entry);

function collections(incoming: FolderData, current: FolderData) {
  return {
    posts: { kind: 'posts', incoming: incoming.posts, current: current.posts, newer: postNewer, label: (p: Post) => p.title },
    channels: { kind: 'channels', incoming: incoming.main.channels, current: current.main.channels, newer: unknownOrder, label: (c: { name: string }) => c.name },
    volunteers: { kind: 'volunteers', incoming: incoming.main.volunteers, current: current.main.volunteers, newer: unknownOrder, label: (v: { name: string }) => v.name },
    duties: { kind: 'duties', incoming: incoming.main.duties, current: current.main.duties, newer: unknownOrder, label: (d: { from: string; type: string }) => `${d.type} ${d.from}` },
    checklistTemplates: { kind: 'checklistTemplates', incoming: incoming.main.checklistTemplates, current: current.main.checklistTemplates, newer: unknownOrder, label: (t: { name: string }) => t.name },
    trash: { kind: 'trash', incoming: trashKeyed(incoming), current: trashKeyed(current), newer: (a: TrashRecord, b: TrashRecord) => a.deletedAt > b.deletedAt, label: (t: TrashRecord) => t.post.title },
  } as const;
}

const MAX_CONFLICTS_LISTED = 20;

export function summarize(incoming: FolderData, current: FolderData, meta: Pick<ImportSummary, 'source' | 'fileName' | 'exportedAt' | 'skippedRows' | 'modes'>): ImportSummary {
  const all = collections(incoming, current);
  const counts = {} as Record<RecordKind, ImportCounts>;
  const conflicts: Conflict[] = [];
  const tally = <T extends Keyed>(collection: Collection<T>) => {
    const result = compare(collection);
    counts[collection.kind] = result.counts;
    for (const { record, verdict: v } of result.verdicts) if (v === 'conflicting') conflicts.push({ kind: collection.kind, id: record.id, label: collection.label(record) });
  };
  tally<Post>(all.posts);
  tally(all.channels);
  tally(all.volunteers);
  tally(all.duties);
  tally(all.checklistTemplates);
  tally<TrashRecord>(all.trash);
  const association = sameRecord(incoming.main.association, current.main.association) ? 'unchanged' : 'conflicting';
  const settings = sameRecord(incoming.main.settings, current.main.settings) ? 'unchanged' : 'conflicting';
  return { ...meta, associationName: incoming.main.association.name, counts, association, settings, conflicts: conflicts.slice(0, MAX_CONFLICTS_LISTED) };
}

/** The folder's contents after the import. */
export function applyImport(incoming: FolderData, current: FolderData, mode: ImportMode, conflicts: ConflictChoice): FolderData {
  if (mode === 'replace') return incoming;
  const all = collections(incoming, current);
  const take = <T>(mine: T, theirs: T) => (sameRecord(mine, theirs) || conflicts === 'keep' ? mine : theirs);
  const main: MainDocument = {
    ...current.main,
    association: take(current.main.association, incoming.main.association),
    settings: take(current.main.settings, incoming.main.settings),
    channels: merge(all.channels, conflicts),
    volunteers: merge(all.volunteers, conflicts),
    duties: merge(all.duties, conflicts),
    checklistTemplates: merge(all.checklistTemplates, conflicts),
  };
  return { main, posts: merge(all.posts, conflicts), trash: unkey(merge(all.trash, conflicts)) };
}
