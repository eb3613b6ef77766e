import Conf from 'conf';

/**
 * The part of conf / electron-store the repository uses: one JSON document in one
 * file, read once when opened and written whole, atomically (temp file, fsync,
 * rename). electron/main.ts passes electron-store instances; Node (the web bridge,
 * the CLI, tests) passes conf instances with the same options.
 */
export interface DocumentFile {
  readonly path: string;
  store: Record<string, unknown>;
}

/** Opens the document `name` ("somevuoro", "posts/2026-11") in a folder; throws if the file is not JSON. */
export type DocumentFileFactory = (name: string) => DocumentFile;

const documentFileOptions = {
  fileExtension: 'json',
  // Keys such as post ids are plain keys, never paths.
  accessPropertiesByDotNotation: false,
  clearInvalidConfig: false,
} as const;

export function confDocumentFiles(dir: string): DocumentFileFactory {
  return (name) => new Conf<Record<string, unknown>>({ ...documentFileOptions, cwd: dir, configName: name, projectName: 'somevuoro' });
}
