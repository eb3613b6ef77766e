import type { ExportFile, SaveOutcome, StoredFile } from '../../../shared/api/export-contract';

/** What is saved: the bytes of a small export, or a file main wrote to disk (a backup zip), copied as a stream. */
export type FileSource = { bytes: Uint8Array } | { path: string };

/**
 * What the host can do with a finished file. The desktop app saves through a save
 * dialog and shows the file in the file manager (electron/shell/electron-files.ts);
 * the web bridge has neither, and the page downloads the file itself.
 */
export interface FileHost {
  save(file: Pick<ExportFile | StoredFile, 'fileName'>, source: FileSource): Promise<SaveOutcome>;
  reveal(path: string): void;
}

export function decodeFile(file: Pick<ExportFile, 'encoding' | 'content'>): Uint8Array {
  return file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
}
