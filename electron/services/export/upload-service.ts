import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../domain-error';
import { transferFoldersOf } from '../../storage/transfer-folders';

/** A file that has arrived in full, on disk in .tmp/uploads/. */
export interface Upload {
  fileName: string;
  path: string;
  bytes: number;
}

interface Open extends Upload {
  received: number;
}

/** A few tabs may import at once; an upload begun long ago and never finished makes room. */
const MAX_OPEN = 4;

/**
 * Files picked for import reach main in chunks (≤ 4 MiB each), in order, over any
 * transport, and are appended to a file of their own: memory stays bounded whatever
 * the size of the file.
 */
export class UploadService {
  private readonly open = new Map<string, Open>();
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = transferFoldersOf(dataDir).uploads;
  }

  uploadsBegin({ fileName, bytes }: { fileName: string; bytes: number }): { uploadId: string } {
    while (this.open.size >= MAX_OPEN) this.discard(this.open.keys().next().value as string);
    const uploadId = randomUUID();
    fs.mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, `${uploadId}.upload`);
    fs.writeFileSync(file, '');
    this.open.set(uploadId, { fileName, path: file, bytes, received: 0 });
    return { uploadId };
  }

  uploadsChunk({ uploadId, offset, data: base64 }: { uploadId: string; offset: number; data: string }): { received: number } {
    const upload = this.known(uploadId);
    if (offset !== upload.received) throw new DomainError('rejected', `Chunks must come in order: expected offset ${upload.received}, got ${offset}.`, [{ path: 'offset', message: 'v.uploadOutOfOrder' }]);
    const data = Buffer.from(base64, 'base64');
    if (upload.received + data.length > upload.bytes) throw new DomainError('rejected', `The file is longer than the ${upload.bytes} bytes announced.`, [{ path: 'data', message: 'v.uploadTooLong' }]);
    fs.appendFileSync(upload.path, data);
    upload.received += data.length;
    return { received: upload.received };
  }

  /** A file that has arrived in full. */
  complete(uploadId: string): Upload {
    const upload = this.known(uploadId);
    if (upload.received !== upload.bytes) throw new DomainError('rejected', `“${upload.fileName}” has not arrived in full (${upload.received} of ${upload.bytes} bytes); choose it again.`, [
        { path: 'uploadId', message: 'v.uploadIncomplete', params: { name: upload.fileName } },
      ]);
    return upload;
  }

  /** Removes the file and anything staged beside it. */
  discard(uploadId: string): void {
    const upload = this.open.get(uploadId);
    if (!upload) return;
    this.open.delete(uploadId);
    fs.rmSync(upload.path, { force: true });
    fs.rmSync(stagingDirOf(upload), { recursive: true, force: true });
  }

  private known(uploadId: string): Open {
    const upload = this.open.get(uploadId);
    if (!upload) throw new DomainError('not-found', 'No such upload: choose the file again.', [{ path: 'uploadId', message: 'v.uploadMissing' }]);
    return upload;
  }
}

/** Where the pictures of an uploaded backup wait, checked, until the import moves them into media/. */
export function stagingDirOf(upload: Upload): string {
  return `${upload.path}.media`;
}
