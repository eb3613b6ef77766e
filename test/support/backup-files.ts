import fs from 'node:fs';
import yauzl from 'yauzl';
import yazl from 'yazl';
import type { StoredFile } from '../../shared/api/export-contract';
import { UPLOAD_CHUNK_BYTES } from '../../shared/api/export-contract';
import { storedFilePath } from '../../electron/storage/transfer-folders';
import type { TestBackend } from './backend';


/** Sends a file (bytes, or a path read a chunk at a time) to main as the page does: uploads:begin, then chunks in order. */
export async function uploadFile(backend: TestBackend, fileName: string, source: Buffer | string, chunkBytes = UPLOAD_CHUNK_BYTES): Promise<string> {
  const size = typeof source === 'string' ? fs.statSync(source).size : source.length;
  const { uploadId } = await backend.call('uploads:begin', { fileName, bytes: size });
  const fd = typeof source === 'string' ? fs.openSync(source, 'r') : null;
  try {
    for (let offset = 0; offset < size; offset += chunkBytes) {
      const chunk = fd === null ? (source as Buffer).subarray(offset, offset + chunkBytes) : Buffer.alloc(Math.min(chunkBytes, size - offset));
      if (fd !== null) fs.readSync(fd, chunk, 0, chunk.length, offset);
      await backend.call('uploads:chunk', { uploadId, offset, data: chunk.toString('base64') });
    }
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
  return uploadId;
}

/** Makes a backup zip in main and returns where it is (in the data folder's .tmp/exports/). */
export async function exportBackup(backend: TestBackend): Promise<{ file: StoredFile; path: string }> {
  const file = await backend.call('export:backup', {});
  const found = storedFilePath(backend.repo.dir, file.fileId);
  if (!found) throw new Error(`export:backup answered ${file.fileId}, which is not on disk`);
  return { file, path: found };
}

/** Every entry of a zip with its bytes and whether it was stored uncompressed, read with yauzl. */
export async function zipEntries(zipPath: string): Promise<Map<string, { bytes: Buffer; stored: boolean }>> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true });
  const entries = new Map<string, { bytes: Buffer; stored: boolean }>();
  await new Promise<void>((resolve, reject) => {
    const read = async (entry: yauzl.Entry) => {
      try {
        const chunks: Buffer[] = [];
        for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
        entries.set(entry.fileName, { bytes: Buffer.concat(chunks), stored: entry.compressionMethod === 0 });
        zip.readEntry();
      } catch (error) {
        reject(error);
      }
    };
    zip.on('entry', (entry: yauzl.Entry) => void read(entry));
    zip.once('end', resolve);
    zip.once('error', reject);
    zip.readEntry();
  });
  return entries;
}

/**
 * A zip with any entry names, also ones yazl refuses to write ("../x", "/abs"): each
 * is written under a placeholder of the same length, then renamed in the bytes.
 */
export async function zipOf(entries: [name: string, bytes: Buffer][]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const placeholders = entries.map(([name], index) => `${String(index).padStart(4, '0')}${'x'.repeat(Math.max(0, name.length - 4))}`.slice(0, Math.max(name.length, 4)));
  entries.forEach(([name, bytes], index) => {
    if (name.length < 4) throw new Error('names of 4 characters or more');
    zip.addBuffer(bytes, placeholders[index], { compress: false });
  });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  let out = Buffer.concat(chunks);
  entries.forEach(([name], index) => {
    out = Buffer.from(out.toString('latin1').split(placeholders[index]).join(name), 'latin1');
  });
  return out;
}
