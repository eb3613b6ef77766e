import { useMutation } from '@tanstack/react-query';
import { unwrap, useApi } from './api-context';

/**
 * Where the renderer finds a stored image. The same relative address works over
 * both transports: Electron's app:// protocol and the web bridge both serve the plan
 * folder's media/ at /media/. With the size the post recorded, a file of another size
 * (a sync tool still copying it) is "not found" yet.
 */
export function mediaUrl(file: string, bytes?: number): string {
  return `/media/${encodeURIComponent(file)}${bytes === undefined ? '' : `?bytes=${bytes}`}`;
}

/** A File's bytes as base64, in chunks (String.fromCharCode on megabytes at once overflows the stack). */
async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  return btoa(binary);
}

export function useImportImage() {
  const api = useApi();
  return useMutation({ mutationFn: async (file: File) => unwrap(api.mediaImportImage({ fileName: file.name, data: await fileToBase64(file) })) });
}
