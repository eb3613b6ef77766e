import { parse } from 'csv-parse/sync';
import type { ApiIssue } from '../../../shared/api/contract-kit';
import type { ImportResult } from '../../../shared/api/export-contract';
import { limit, referenceIssues } from '../../../shared/backup/backup-checks';
import type { BackupMedia } from '../../../shared/backup/backup-format';
import { mediaFilesOf, parseBackup } from '../../../shared/backup/backup-format';
import type { MediaService } from '../media/media-service';
import { MAX_CSV_ROWS, postsFromCsv } from '../../../shared/backup/csv-import';
import type { FolderData } from '../../../shared/backup/folder-data';
import { sameRecord } from '../../../shared/backup/folder-data';
import type { ConflictChoice, ImportMode, ImportSummary } from '../../../shared/backup/import-plan';
import { applyImport, summarize } from '../../../shared/backup/import-plan';
import { newId } from '../../../shared/domain/ids';
import { DomainError } from '../../api/domain-error';
import type { Repository } from '../../storage/repository';
import type { Clock } from '../clock';

interface ImportFile {
  fileName: string;
  content: string;
}

interface Prepared {
  incoming: FolderData;
  media: BackupMedia;
  current: FolderData;
  summary: ImportSummary;
}

/** A backup is JSON; anything else is read as a spreadsheet (CSV made by the app or edited in Excel). */
function isJson(file: ImportFile): boolean {
  return file.fileName.toLowerCase().endsWith('.json') || /^\uFEFF?\s*[{[]/.test(file.content);
}

function refused(file: ImportFile, issues: ApiIssue[]): DomainError {
  return new DomainError('invalid-input', `“${file.fileName}” cannot be imported; nothing was changed.`, issues);
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
 * Imports: validate everything first, say what would change, and only when asked
 * copy the folder to backups/ and write the result through the repository.
 * A refused file changes nothing, not even a backup.
 */
export class ImportService {
  constructor(
    private readonly repo: Repository,
    private readonly clock: Clock,
    private readonly mediaFiles: MediaService,
  ) {}

  check(file: ImportFile): ImportSummary {
    return this.prepare(file).summary;
  }

  apply(file: ImportFile & { mode: ImportMode; conflicts: ConflictChoice }): ImportResult {
    const { incoming, media, current, summary } = this.prepare(file);
    if (!summary.modes.includes(file.mode)) throw new DomainError('rejected', 'A spreadsheet can only be merged into the posts; it cannot replace everything.');
    let next = applyImport(incoming, current, file.mode, file.conflicts);
    if (summary.source === 'csv') next = { ...next, posts: next.posts.map((post) => this.touched(post, current)) };
    const problems = referenceIssues(next);
    if (problems.length) throw refused(file, problems);
    const now = this.clock();
    const backupDir = this.repo.backup(`before-import-${now.toISOString().replace(/[:.]/g, '-')}`);
    // Pictures first: no post is ever stored pointing at an image that is not there yet.
    for (const name of mediaFilesOf(next)) if (media[name]) this.mediaFiles.restore(name, Buffer.from(media[name], 'base64'));
    this.repo.replaceContents(next);
    return { summary, backupDir: backupDir.slice(this.repo.dir.length + 1) };
  }

  /** A post changed from a spreadsheet is stamped now, so later merges see it as the newest copy. */
  private touched(post: FolderData['posts'][number], current: FolderData) {
    const before = current.posts.find((candidate) => candidate.id === post.id);
    if (!before || sameRecord(before, post)) return post;
    return { ...post, updatedAt: this.clock().toISOString() };
  }

  private prepare(file: ImportFile): Prepared {
    const now = this.clock().toISOString();
    const current = this.repo.snapshot();
    if (isJson(file)) {
      const backup = parseBackup(file.content, now);
      if (!backup.ok) throw refused(file, backup.issues);
      const badImages = Object.entries(backup.media).flatMap(([name, base64]) => {
        const problem = this.mediaFiles.problemWith(name, Buffer.from(base64, 'base64'));
        return problem ? [{ path: `media.${name}`, message: problem, received: name }] : [];
      });
      if (badImages.length) throw refused(file, limit(badImages));
      const summary = summarize(backup.data, current, { source: 'backup', fileName: file.fileName, exportedAt: backup.exportedAt, skippedRows: 0, modes: ['replace', 'merge'] });
      return { incoming: backup.data, media: backup.media, current, summary };
    }
    const rows = csvRows(file.content);
    if (!rows.ok) throw refused(file, rows.issues);
    const posts = postsFromCsv(rows.rows, {
      channels: current.main.channels,
      volunteers: current.main.volunteers,
      existing: new Map(current.posts.map((post) => [post.id, post])),
      now,
      newId,
    });
    if (!posts.ok) throw refused(file, limit(posts.issues));
    const incoming: FolderData = { main: current.main, posts: posts.posts, trash: current.trash };
    const summary = summarize(incoming, current, { source: 'csv', fileName: file.fileName, exportedAt: null, skippedRows: posts.skippedRows, modes: ['merge'] });
    return { incoming, media: {}, current, summary };
  }
}
