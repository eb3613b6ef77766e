import Conf from 'conf';

/**
 * The part of conf the repository uses: one JSON document in one file, read once
 * when opened and written whole, atomically (temp file, fsync, rename). The app,
 * the web bridge, the CLI and the tests all use conf itself (electron-store, conf
 * in Electron, would add an unchecked IPC listener of its own).
 */
export interface DocumentFile {
  readonly path: string;
  store: Record<string, unknown>;
}

/** Opens the document `name` ("somevuoro", "posts/2026-11") in a folder; throws if the file is not JSON. */
export type DocumentFileFactory = (name: string) => DocumentFile;

export const documentFileOptions = {
  fileExtension: 'json',
  // Keys such as post ids are plain keys, never paths.
  accessPropertiesByDotNotation: false,
  clearInvalidConfig: false,
} as const;

export function confDocumentFiles(dir: string): DocumentFileFactory {
  return (name) => new Conf<Record<string, unknown>>({ ...documentFileOptions, cwd: dir, configName: name, projectName: 'somevuoro' });
}
