import fs from 'node:fs';
import type { ExportFile, SaveOutcome, StoredFile } from '../../../shared/api/export-contract';
import { storedFilePath } from '../../storage/transfer-folders';
import { DomainError } from '../domain-error';
import type { FileHost } from './file-host';
import { decodeFile } from './file-host';

/**
 * A finished export handed to the host: the desktop app's save dialog and file manager.
 * Without a host (the web bridge, the CLI, tests), saving is the page's download and
 * nothing is revealed.
 */
export class FilesService {
  /** Only files this session saved may be revealed: the page cannot make main open arbitrary folders. */
  private readonly saved = new Set<string>();

  constructor(
    private readonly dataDir: string,
    private readonly host: FileHost | null,
  ) {}

  async filesSave(file: ExportFile | StoredFile): Promise<SaveOutcome> {
    if (!('fileId' in file)) {
      if (!this.host) return { outcome: 'download' };
      return this.noted(await this.host.save(file, { bytes: decodeFile(file) }));
    }
    // A backup zip main made (export:backup), found by its id.
    const stored = storedFilePath(this.dataDir, file.fileId);
    if (!stored) throw new DomainError('not-found', 'This backup is no longer there; make it again.', [{ path: 'fileId', message: 'v.exportFileGone' }]);
    // The bridge serves it at /exports/<fileId> and removes it once downloaded.
    if (!this.host) return { outcome: 'download' };
    try {
      return this.noted(await this.host.save(file, { path: stored }));
    } finally {
      fs.rmSync(stored, { force: true });
    }
  }

  filesReveal({ path }: { path: string }): { shown: boolean } {
    if (!this.host || !this.saved.has(path)) return { shown: false };
    this.host.reveal(path);
    return { shown: true };
  }

  private noted(outcome: SaveOutcome): SaveOutcome {
    if (outcome.outcome === 'saved') this.saved.add(outcome.path);
    return outcome;
  }
}
