import type { exportContract } from '../../../shared/api/export-contract';
import type { HandlersFor } from '../../api/handler-types';
import type { ExportService } from './export-service';
import type { FileHost } from './file-host';
import { decodeFile } from './file-host';
import type { ImportService } from './import-service';

/** Without a host (the web bridge, tests), saving is the page's download and nothing is revealed. */
export function exportHandlers(exports: ExportService, imports: ImportService, host: FileHost | null): HandlersFor<typeof exportContract> {
  const saved = new Set<string>();
  return {
    'export:count': (selection) => exports.count(selection),
    'export:create': (request) => exports.create(request),
    'files:save': async (file) => {
      if (!host) return { outcome: 'download' };
      const outcome = await host.save(file, decodeFile(file));
      if (outcome.outcome === 'saved') saved.add(outcome.path);
      return outcome;
    },
    // Only files this session saved: the page cannot make main open arbitrary folders.
    'files:reveal': ({ path }) => {
      if (!host || !saved.has(path)) return { shown: false };
      host.reveal(path);
      return { shown: true };
    },
    'import:check': (file) => imports.check(file),
    'import:apply': (request) => imports.apply(request),
  };
}
