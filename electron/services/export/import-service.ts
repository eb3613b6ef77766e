import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ApiIssue } from '../../../shared/domain/issues';
import type { ImportResult } from '../../../shared/api/export-contract';
import { checkFolder, limit } from '../../../shared/backup/backup-checks';
import { mediaFilesOf, parseBackup } from '../../../shared/backup/backup-format';
import type { MediaService } from '../media/media-service';
import { MAX_CSV_ROWS, postsFromCsv } from '../../../shared/backup/csv-import';
import type { FolderData } from '../../../shared/backup/folder-data';
import { sameRecord } from '../../../shared/backup/folder-data';
import type { ConflictChoice, ImportMode, ImportSummary } from '../../../shared/backup/import-plan';
import { applyImport, summarize } from '../../../shared/backup/import-plan';
import { newId } from '../../../shared/domain/ids';
import type { Post } from '../../../shared/domain/post';
import { safetyCopyLabel } from '../../../shared/backup/safety-copies';
import { DomainError } from '../domain-error';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';
import { readBackupZip } from './backup-zip';
import type { Upload, UploadService } from './upload-service';
import { stagingDirOf } from './upload-service';

interface Prepared {
  incoming: FolderData;
  /** Checked pictures waiting in the upload's staging folder, by media name. */
  media: Map<string, string>;
  current: FolderData;
  summary: ImportSummary;
}

type FileKind = 'zip' | 'json' | 'csv';

/** A backup is a zip (or, from older versions, JSON); anything else is read as a spreadsheet (CSV made by the app or edited in Excel). */
function kindOf(upload: Upload): FileKind {
  const name = upload.fileName.toLowerCase();
  const head = Buffer.alloc(64);
  const fd = fs.openSync(upload.path, 'r');
  const read = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const start = head.subarray(0, read);
  if (name.endsWith('.zip') || start.subarray(0, 2).toString('latin1') === 'PK') return 'zip';
  if (name.endsWith('.json') || /^(\uFEFF)?\s*[{[]/.test(start.toString('utf8'))) return 'json';
  return 'csv';
}

function refused(fileName: string, issues: ApiIssue[]): DomainError {
  return new DomainError('invalid-input', `“${fileName}” cannot be imported; nothing was changed.`, issues);
}

/** The whole file as text; one too large for a string is refused, not a crash. */
function textOf(upload: Upload): string {
  try {
    return fs.readFileSync(upload.path).toString('utf8');
  } catch (error) {
    throw refused(upload.fileName, [{ path: '', message: 'v.importNotJson', received: (error as Error).message.slice(0, 80) }]);
  }
}

/** The separator is whichever of ; and , the header line uses more: Finnish Excel writes ;. */
export function csvRows(content: string): { ok: true; rows: string[][] } | { ok: false; issues: ApiIssue[] } {
  const text = content.replace(/^\uFEFF/, '');
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (headerLine.match(/;/g)?.length ?? 0) >= (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    // One row past the limit is enough for postsFromCsv to refuse the file; the rest is never held in memory.
    return { ok: true, rows: parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, to: MAX_CSV_ROWS + 2 }) as string[][] };
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `Not a readable CSV file: ${(error as Error).message}` }] };
  }
}

/**
 * Imports of an uploaded file: validate everything first (pictures are checked and
 * staged in .tmp/, never in media/), say what would change, and only when asked
 * copy the folder to backups/ and write the result through the repository.
 * A refused file changes nothing, not even a backup.
 */
export class ImportService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
    private readonly mediaFiles: MediaService,
    private readonly uploads: UploadService,
  ) {}

  importCheck({ uploadId }: { uploadId: string }): Promise<ImportSummary> {
    return this.droppingRefused(uploadId, async () => (await this.prepare(this.uploads.complete(uploadId))).summary);
  }

  importApply(request: { uploadId: string; mode: ImportMode; conflicts: ConflictChoice }): Promise<ImportResult> {
    return this.droppingRefused(request.uploadId, () => this.applyUpload(request));
  }

  /** A refused file is dropped with whatever was staged from it: the data folder is as before. */
  private async droppingRefused<T>(uploadId: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof DomainError && error.code === 'invalid-input') this.uploads.discard(uploadId);
      throw error;
    }
  }

  private async applyUpload({ uploadId, mode, conflicts }: { uploadId: string; mode: ImportMode; conflicts: ConflictChoice }): Promise<ImportResult> {
    const upload = this.uploads.complete(uploadId);
    const { incoming, media, current, summary } = await this.prepare(upload);
    if (!summary.modes.includes(mode)) throw new DomainError('rejected', 'A spreadsheet can only be merged into the posts; it cannot replace everything.', [{ path: 'mode', message: 'v.spreadsheetMergeOnly', received: mode }]);
    let next = applyImport(incoming, current, mode, conflicts);
    if (summary.source === 'csv') {
      const before = new Map(current.posts.map((post) => [post.id, post]));
      next = { ...next, posts: next.posts.map((post) => this.touched(post, before.get(post.id))) };
    }
    const checked = checkFolder(next);
    if (!checked.ok) throw refused(upload.fileName, checked.issues);
    const backupDir = await this.repo.backup(safetyCopyLabel('import', this.clock()));
    // Pictures first: no post is ever stored pointing at an image that is not there yet.
    for (const name of mediaFilesOf(checked.data)) {
      const staged = media.get(name);
      if (staged) this.mediaFiles.restoreFrom(name, staged);
    }
    await this.repo.replaceContents(checked.data);
    this.uploads.discard(uploadId);
    return { summary, backupDir: backupDir.slice(this.repo.dir.length + 1) };
  }

  /** A post changed from a spreadsheet is stamped now, so later merges see it as the newest copy. */
  private touched(post: Post, before: Post | undefined): Post {
    if (!before || sameRecord(before, post)) return post;
    return { ...post, updatedAt: this.clock().toISOString() };
  }

  /**
   * Reads the file (a zip asynchronously), then takes the folder's current contents:
   * from there to the write, apply does no I/O of its own (the JSON repository's
   * promises are settled when returned), so an edit made while a big zip was being
   * read is not lost. A storage that really waits there must keep that true.
   */
  private async prepare(upload: Upload): Promise<Prepared> {
    const now = this.clock().toISOString();
    const kind = kindOf(upload);
    if (kind === 'csv') return this.prepareCsv(upload, await this.repo.snapshot(), now);

    const staging = stagingDirOf(upload);
    fs.rmSync(staging, { recursive: true, force: true });
    let text: string;
    let media = new Map<string, string>();
    if (kind === 'zip') {
      const zip = await readBackupZip(upload.path, staging, (file, bytes) => this.mediaFiles.problemWith(file, bytes));
      if (!zip.ok) throw refused(upload.fileName, zip.issues);
      text = zip.backupJson;
      media = zip.media;
    } else text = textOf(upload);
    const backup = parseBackup(text, now);
    if (!backup.ok) throw refused(upload.fileName, backup.issues);
    // A JSON backup from an older version carries its pictures inside, as base64.
    const badImages = Object.entries(backup.media).flatMap(([name, base64]) => {
      const bytes = Buffer.from(base64, 'base64');
      const problem = this.mediaFiles.problemWith(name, bytes);
      if (problem) return [{ path: `media.${name}`, message: problem, received: name }];
      fs.mkdirSync(staging, { recursive: true });
      fs.writeFileSync(path.join(staging, name), bytes);
      media.set(name, path.join(staging, name));
      return [];
    });
    if (badImages.length) throw refused(upload.fileName, limit(badImages));
    const current = await this.repo.snapshot();
    const summary = summarize(backup.data, current, { source: 'backup', fileName: upload.fileName, exportedAt: backup.exportedAt, skippedRows: 0, modes: ['replace', 'merge'] });
    return { incoming: backup.data, media, current, summary };
  }

  private prepareCsv(upload: Upload, current: FolderData, now: string): Prepared {
    const rows = csvRows(textOf(upload));
    if (!rows.ok) throw refused(upload.fileName, rows.issues);
    const posts = postsFromCsv(rows.rows, {
      channels: current.main.channels,
      volunteers: current.main.volunteers,
      existing: new Map(current.posts.map((post) => [post.id, post])),
      now,
      newId,
    });
    if (!posts.ok) throw refused(upload.fileName, limit(posts.issues));
    const incoming: FolderData = { main: current.main, posts: posts.posts, trash: current.trash };
    const summary = summarize(incoming, current, { source: 'csv', fileName: upload.fileName, exportedAt: null, skippedRows: posts.skippedRows, modes: ['merge'] });
    return { incoming, media: new Map(), current, summary };
  }
}
