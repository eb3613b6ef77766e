import type { RendererApi } from '../../../shared/api/contract';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/api/export-contract';
import { unwrap } from '../../api/api-context';

/** A slice of the file as base64, read by the browser itself (no string building in JavaScript). */
function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Sends a picked file to main in chunks through the API (the same over IPC and
 * HTTP), one chunk in memory at a time, reporting bytes sent; answers the upload's id.
 */
export async function uploadFile(api: RendererApi, file: File, onProgress: (sent: number) => void): Promise<string> {
  const { uploadId } = await unwrap(api.uploadsBegin({ fileName: file.name, bytes: file.size }));
  let offset = 0;
  onProgress(0);
  while (offset < file.size) {
    const slice = file.slice(offset, offset + UPLOAD_CHUNK_BYTES);
    ({ received: offset } = await unwrap(api.uploadsChunk({ uploadId, offset, data: await base64Of(slice) })));
    onProgress(offset);
  }
  return uploadId;
}

/** "12,3 Mt" / "12.3 MB" / "850 kB", in the UI language. */
export function formatBytes(bytes: number, language: string): string {
  const [unit, size] = bytes >= 1_000_000 ? (['megabyte', bytes / 1_000_000] as const) : (['kilobyte', Math.max(bytes / 1000, bytes ? 0.1 : 0)] as const);
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(size);
}
