import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import yazl from 'yazl';
import type { ApiIssue } from '../../../shared/domain/issues';
import { ARCHIVE_LIMITS, BACKUP_ENTRY, classifyEntry, MEDIA_ENTRY_PREFIX } from '../../../shared/backup/backup-archive';
import { limit } from '../../../shared/backup/backup-checks';

/*
 * Backup zips, streamed to and from disk: a backup of any number of pictures is
 * made and read with memory for one picture at a time plus backup.json.
 */

/** Writes backup.json (deflated) and each picture (stored) to `target`; returns the zip's size in bytes. */
export async function writeBackupZip(target: string, backupJson: string, media: { file: string; path: string }[], mtime: Date): Promise<number> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(backupJson, 'utf8'), BACKUP_ENTRY, { mtime, compress: true });
  for (const picture of media) zip.addFile(picture.path, `${MEDIA_ENTRY_PREFIX}${picture.file}`, { mtime, compress: false });
  zip.end();
  const failed = new Promise<never>((_resolve, reject) => zip.on('error', reject));
  await Promise.race([pipeline(zip.outputStream, fs.createWriteStream(target)), failed]);
  return fs.statSync(target).size;
}

export type ReadZip = { ok: true; backupJson: string; media: Map<string, string> } | { ok: false; issues: ApiIssue[] };

/** Why a picture cannot be restored (MediaService.problemWith), or null. */
export type MediaCheck = (file: string, bytes: Buffer) => string | null;

class Refusal extends Error {
  constructor(readonly issues: ApiIssue[]) {
    super(issues[0]?.message ?? 'refused');
  }
}

async function readAll(stream: Readable, cap: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    // yauzl stops at the size the entry declares; this also holds for a lying one.
    if (size > cap) throw new Refusal([{ path: '', message: 'v.zipEntryTooLarge' }]);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a backup zip: every entry name and size is checked against what a backup
 * holds before any entry is read, then backup.json is read and each picture checked
 * and written to `stagingDir` (outside the live media/ folder). Anything wrong is a
 * list of issues; nothing outside `stagingDir` is touched.
 */
export async function readBackupZip(zipPath: string, stagingDir: string, checkMedia: MediaCheck): Promise<ReadZip> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch {
    return { ok: false, issues: [{ path: '', message: 'v.zipDamaged' }] };
  }
  try {
    if (zip.entryCount > ARCHIVE_LIMITS.entries) return { ok: false, issues: [{ path: '', message: 'v.zipTooManyEntries', received: String(zip.entryCount) }] };
    const entries = await listEntries(zip);
    const issues: ApiIssue[] = [];
    const seen = new Set<string>();
    for (const { name, entry } of entries) {
      const kind = classifyEntry(name, entry.uncompressedSize);
      if (seen.has(name)) issues.push({ path: name, message: 'v.zipDuplicateEntry', received: name });
      else if (kind.kind === 'refused') issues.push({ path: name, message: kind.message, received: name.slice(0, 80) });
      seen.add(name);
    }
    if (issues.length) return { ok: false, issues: limit(issues) };
    const backupEntry = entries.find(({ name }) => name === BACKUP_ENTRY);
    if (!backupEntry) return { ok: false, issues: [{ path: '', message: 'v.zipNoBackup' }] };

    const backupJson = (await readAll(await zip.openReadStreamPromise(backupEntry.entry), ARCHIVE_LIMITS.backupJsonBytes)).toString('utf8');
    const media = new Map<string, string>();
    fs.mkdirSync(stagingDir, { recursive: true });
    for (const { name, entry } of entries) {
      const kind = classifyEntry(name, entry.uncompressedSize);
      if (kind.kind !== 'media') continue;
      const bytes = await readAll(await zip.openReadStreamPromise(entry), ARCHIVE_LIMITS.mediaBytes);
      const problem = checkMedia(kind.file, bytes);
      if (problem) issues.push({ path: `media.${kind.file}`, message: problem, received: kind.file });
      else {
        const staged = path.join(stagingDir, kind.file);
        fs.writeFileSync(staged, bytes);
        media.set(kind.file, staged);
      }
    }
    return issues.length ? { ok: false, issues: limit(issues) } : { ok: true, backupJson, media };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, issues: error.issues };
    return { ok: false, issues: [{ path: '', message: 'v.zipDamaged', received: (error as Error).message.slice(0, 80) }] };
  } finally {
    zip.close();
  }
}

/** The central directory, read before any entry: names are raw bytes (nothing decoded or resolved by the library). */
function listEntries(zip: yauzl.ZipFile): Promise<{ name: string; entry: yauzl.Entry }[]> {
  return new Promise((resolve, reject) => {
    const entries: { name: string; entry: yauzl.Entry }[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push({ name: entry.fileNameRaw.toString('latin1'), entry });
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}
