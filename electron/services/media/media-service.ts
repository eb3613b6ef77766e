import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { ImportedImage } from '../../../shared/api/media-contract';
import { MAX_IMAGE_BYTES } from '../../../shared/checklist/cover-image-rule';
import type { CoverImage } from '../../../shared/domain/post';
import { syncFolder, writeFileDurably } from '../../storage/durable-files';
import { removeDeadTemps } from '../../storage/plan/chunk-files';
import { DomainError } from '../domain-error';
import type { MediaFile } from './media-files';
import { contentNameOf, mediaDirOf, resolveMediaFile, sha256Of } from './media-files';

const byType: Record<string, { ext: string; mime: CoverImage['mime'] }> = {
  jpg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  webp: { ext: 'webp', mime: 'image/webp' },
  gif: { ext: 'gif', mime: 'image/gif' },
};

/** As chunk-files.ts names its temps (`.<sha256>.<host>-<pid>.<random>.tmp`), so removeDeadTemps clears ours too. */
const tempNameFor = (bytes: Uint8Array) => `.${sha256Of(bytes)}.${os.hostname().replace(/[^A-Za-z0-9-]/g, '_')}-${process.pid}.${randomBytes(4).toString('hex')}.tmp`;

/**
 * A post's images, in the plan folder's media/ (issue 13): written once under the hash of
 * their bytes (temp, flushed, renamed), never rewritten or deleted, since a post, a trashed
 * post or the history may name them on any laptop. Images from before lie in the data
 * folder's media/ and are copied into the plan (adoptDeviceMedia); until then they are read
 * from there. The type comes from the bytes, never from the file name.
 */
export class MediaService {
  private readonly dir: string;
  private readonly deviceDir: string;
  /** Files found whole, by path, with the size, mtime and inode they had: not hashed again. */
  private readonly whole = new Map<string, string>();

  constructor(planDir: string, dataDir: string = planDir) {
    this.dir = mediaDirOf(planDir);
    this.deviceDir = mediaDirOf(dataDir);
    removeDeadTemps(this.dir);
  }

  mediaImportImage({ fileName, data: base64 }: { fileName: string; data: string }): ImportedImage {
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length > MAX_IMAGE_BYTES) {
      throw new DomainError('rejected', `${fileName} is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`, [{ path: 'data', message: 'v.imageTooLarge' }]);
    }
    const found = this.dimensions(bytes);
    const kind = found ? byType[found.type] : undefined;
    if (!found || !kind) throw new DomainError('rejected', `${fileName} is not a JPEG, PNG, WebP or GIF image.`, [{ path: 'data', message: 'v.imageType', received: fileName }]);
    // A phone photo taken upright is stored sideways with an EXIF orientation of 5–8: report it as shown.
    const sideways = (found.orientation ?? 1) >= 5;
    const file = contentNameOf(bytes, kind.ext);
    this.place(file, bytes);
    return { file, mime: kind.mime, width: sideways ? found.height : found.width, height: sideways ? found.width : found.height, bytes: bytes.length };
  }

  /**
   * The whole file stored under a name (and of `bytes` bytes, when the post says how many),
   * or null: none by that name, or one a sync tool has not finished copying here.
   */
  mediaFile(name: string, bytes?: number): MediaFile | null {
    const inPlan = resolveMediaFile(this.dir, name);
    if (!inPlan) return null;
    if (this.isWhole(inPlan, bytes)) return inPlan;
    // Made before issue 13 and not yet copied into the plan: this laptop still has it.
    const onDevice = resolveMediaFile(this.deviceDir, name);
    return onDevice && !fs.existsSync(inPlan.file) && this.isWhole(onDevice, bytes) ? onDevice : null;
  }

  /** The path of a stored image, or null when there is none (whole) by that name. */
  pathOf(file: string): string | null {
    return this.mediaFile(file)?.file ?? null;
  }

  exists(file: string): boolean {
    return this.pathOf(file) !== null;
  }

  /** Why these bytes cannot be restored under this name (from a backup), or null when they can. */
  problemWith(file: string, bytes: Buffer): string | null {
    const resolved = resolveMediaFile(this.dir, file);
    if (!resolved) return 'v.fileNameInvalid';
    if (bytes.length > MAX_IMAGE_BYTES) return 'v.imageTooLarge';
    if (resolved.sha256 !== null && sha256Of(bytes) !== resolved.sha256) return 'v.imageType';
    const found = this.dimensions(bytes);
    return found && byType[found.type]?.mime === resolved.type ? null : 'v.imageType';
  }

  /** Puts a checked image from an import's staging folder into the plan's media/; one already there whole is kept. */
  restoreFrom(file: string, staged: string): void {
    const target = resolveMediaFile(this.dir, file);
    if (!target || this.exists(file)) return;
    fs.mkdirSync(this.dir, { recursive: true });
    try {
      // The staged file is whole and checked: on the same disk a rename puts it in place at once.
      fs.renameSync(staged, target.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      this.place(file, fs.readFileSync(staged));
      fs.rmSync(staged, { force: true });
    }
  }

  /**
   * Copies the images named here (`names`: every post's, the trash's) that only this laptop's
   * data folder holds, from before issue 13, into the plan; the data folder keeps its copies.
   * Only named ones: the data folder may hold another plan's images. Returns how many.
   */
  adoptDeviceMedia(names: Iterable<string>): number {
    let copied = 0;
    for (const name of new Set(names)) {
      const inPlan = resolveMediaFile(this.dir, name);
      const onDevice = resolveMediaFile(this.deviceDir, name);
      if (!inPlan || !onDevice || this.deviceDir === this.dir || fs.existsSync(inPlan.file) || !fs.existsSync(onDevice.file)) continue;
      this.place(name, fs.readFileSync(onDevice.file));
      copied += 1;
    }
    return copied;
  }

  /** Whether the data folder holds images from before issue 13 that the plan does not: only then is adopting worth reading every post. */
  hasDeviceMedia(): boolean {
    if (this.deviceDir === this.dir || !fs.existsSync(this.deviceDir)) return false;
    return fs.readdirSync(this.deviceDir).some((name) => resolveMediaFile(this.dir, name) !== null && !fs.existsSync(path.join(this.dir, name)));
  }

  /** Writes a file that is not there yet: temp, flushed, renamed, folder flushed. An existing name is never written again. */
  private place(name: string, bytes: Buffer): void {
    const target = path.join(this.dir, name);
    if (fs.existsSync(target)) return;
    const temporary = path.join(this.dir, tempNameFor(bytes));
    writeFileDurably(temporary, bytes, 'wx');
    try {
      fs.renameSync(temporary, target);
    } finally {
      fs.rmSync(temporary, { force: true });
    }
    syncFolder(this.dir);
  }

  /** Whether a file is all there: its bytes hash to its name (or number `bytes`, for a name without a hash). */
  private isWhole(media: MediaFile, bytes?: number): boolean {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(media.file);
    } catch {
      return false;
    }
    if (!stat.isFile() || (bytes !== undefined && stat.size !== bytes)) return false;
    if (media.sha256 === null) return stat.size > 0;
    const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
    if (this.whole.get(media.file) === stamp) return true;
    const ok = sha256Of(fs.readFileSync(media.file)) === media.sha256;
    if (ok) this.whole.set(media.file, stamp);
    return ok;
  }

  private dimensions(bytes: Buffer): { type: string; width: number; height: number; orientation?: number } | null {
    if (bytes.length === 0) return null;
    try {
      const result = imageSize(bytes);
      return result.type && result.width && result.height ? { type: result.type, width: result.width, height: result.height, orientation: result.orientation } : null;
    } catch {
      return null;
    }
  }
}
