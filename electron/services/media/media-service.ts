import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { ImportedImage } from '../../../shared/api/media-contract';
import { MAX_IMAGE_BYTES } from '../../../shared/checklist/cover-image-rule';
import type { CoverImage } from '../../../shared/domain/post';
import { DomainError } from '../domain-error';
import { mediaDirOf, resolveMediaFile } from './media-files';

const byType: Record<string, { ext: string; mime: CoverImage['mime'] }> = {
  jpg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  webp: { ext: 'webp', mime: 'image/webp' },
  gif: { ext: 'gif', mime: 'image/gif' },
};

/** Copies picked images into the data folder; the type comes from the bytes, never from the file name. */
export class MediaService {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = mediaDirOf(dataDir);
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
    const file = `${randomUUID()}.${kind.ext}`;
    fs.mkdirSync(this.dir, { recursive: true });
    const target = path.join(this.dir, file);
    const temporary = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, target);
    return { file, mime: kind.mime, width: sideways ? found.height : found.width, height: sideways ? found.width : found.height, bytes: bytes.length };
  }

  /** The path of a stored image, or null when there is none by that name. */
  pathOf(file: string): string | null {
    const resolved = resolveMediaFile(this.dir, file);
    return resolved && fs.existsSync(resolved.file) ? resolved.file : null;
  }

  /** Why these bytes cannot be restored under this name (from a backup), or null when they can. */
  problemWith(file: string, bytes: Buffer): string | null {
    const resolved = resolveMediaFile(this.dir, file);
    if (!resolved) return 'v.fileNameInvalid';
    if (bytes.length > MAX_IMAGE_BYTES) return 'v.imageTooLarge';
    const found = this.dimensions(bytes);
    return found && byType[found.type]?.mime === resolved.type ? null : 'v.imageType';
  }

  /**
   * Moves a checked image from an import's staging folder (.tmp/, on the same disk)
   * into media/ by a rename, so it appears whole or not at all; an image already
   * there is kept (names are unique).
   */
  restoreFrom(file: string, staged: string): void {
    const resolved = resolveMediaFile(this.dir, file);
    if (!resolved || fs.existsSync(resolved.file)) return;
    fs.mkdirSync(this.dir, { recursive: true });
    fs.renameSync(staged, resolved.file);
  }

  exists(file: string): boolean {
    const resolved = resolveMediaFile(this.dir, file);
    return resolved !== null && fs.existsSync(resolved.file);
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
