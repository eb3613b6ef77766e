import type { ExportFile, StoredFile } from '../../../shared/api/export-contract';

function clickLink(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Where main has no save dialog (the web bridge), the page saves the file as a
 * browser download: a small export from its bytes, a backup zip straight from the
 * bridge's /exports/ (streamed from disk, authorised by the page's cookie).
 */
export function downloadFile(file: ExportFile | StoredFile): void {
  if ('fileId' in file) return clickLink(`/exports/${encodeURIComponent(file.fileId)}?name=${encodeURIComponent(file.fileName)}`, file.fileName);
  const bytes = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (char) => char.charCodeAt(0)) : new TextEncoder().encode(file.content);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  clickLink(url, file.fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
