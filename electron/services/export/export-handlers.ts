import fs from 'node:fs';
import type { exportContract } from '../../../shared/api/export-contract';
import { DomainError } from '../domain-error';
import type { HandlersFor } from '../../api/handler-types';
import type { ExportService } from './export-service';
import type { FileHost } from './file-host';
import { decodeFile } from './file-host';
import type { ImportService } from './import-service';
import type { UploadService } from './upload-service';

/**
 * Without a host (the web bridge, tests), saving is the page's download and nothing
 * is revealed. `storedFile` finds a backup zip main made by its id.
 */
export function exportHandlers(
  services: { exports: ExportService; imports: ImportService; uploads: UploadService; storedFile: (fileId: string) => string | null },
  host: FileHost | null,
): HandlersFor<typeof exportContract> {
  const { exports, imports, uploads, storedFile } = services;
  const saved = new Set<string>();
  return {
    'export:count': (selection) => exports.count(selection),
    'export:create': (request) => exports.create(request),
    'export:backup': () => exports.backup(),
    'files:save': async (file) => {
      if (!('fileId' in file)) {
        if (!host) return { outcome: 'download' };
        const outcome = await host.save(file, { bytes: decodeFile(file) });
        if (outcome.outcome === 'saved') saved.add(outcome.path);
        return outcome;
      }
      const stored = storedFile(file.fileId);
      if (!stored) throw new DomainError('not-found', 'This backup is no longer there; make it again.');
      // The bridge serves it at /exports/<fileId> and removes it once downloaded.
      if (!host) return { outcome: 'download' };
      try {
        const outcome = await host.save(file, { path: stored });
        if (outcome.outcome === 'saved') saved.add(outcome.path);
        return outcome;
      } finally {
        fs.rmSync(stored, { force: true });
      }
    },
    // Only files this session saved: the page cannot make main open arbitrary folders.
    'files:reveal': ({ path }) => {
      if (!host || !saved.has(path)) return { shown: false };
      host.reveal(path);
      return { shown: true };
    },
    'uploads:begin': ({ fileName, bytes }) => uploads.begin(fileName, bytes),
    'uploads:chunk': ({ uploadId, offset, data }) => uploads.chunk(uploadId, offset, data),
    'import:check': (file) => imports.check(file),
    'import:apply': (request) => imports.apply(request),
  };
}
