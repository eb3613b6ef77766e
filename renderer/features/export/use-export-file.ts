import { useEffect, useState } from 'react';
import type { InputOf } from '../../../shared/api/contract';
import type { ExportFile, StoredFile } from '../../../shared/api/export-contract';
import { useExportMutations } from '../../api/export-queries';
import { downloadFile } from './download';

export type ExportStatus =
  | { state: 'idle' }
  | { state: 'working'; format: InputOf<'export:create'>['format'] | 'backup' }
  | { state: 'saved'; path: string }
  | { state: 'downloaded'; fileName: string }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

/**
 * Makes a file in main, then saves it: main's save dialog in the desktop app, a
 * browser download where main answers that it has none. The page never needs to
 * know which transport it runs on.
 */
export function useExportFile() {
  const { create, backup, save } = useExportMutations();
  const [status, setStatus] = useState<ExportStatus>({ state: 'idle' });
  const make = async (format: InputOf<'export:create'>['format'] | 'backup', made: () => Promise<ExportFile | StoredFile>) => {
    setStatus({ state: 'working', format });
    try {
      const file = await made();
      const outcome = await save.mutateAsync(file);
      if (outcome.outcome === 'download') {
        downloadFile(file);
        setStatus({ state: 'downloaded', fileName: file.fileName });
      } else setStatus(outcome.outcome === 'saved' ? { state: 'saved', path: outcome.path } : { state: 'cancelled' });
    } catch (error) {
      setStatus({ state: 'failed', message: (error as Error).message });
    }
  };
  const run = (request: InputOf<'export:create'>) => make(request.format, () => create.mutateAsync(request));
  const runBackup = () => make('backup', () => backup.mutateAsync());
  return { status, run, runBackup, busy: status.state === 'working' };
}

/** True once `active` has lasted `ms`: a progress bar only for exports that take longer than a moment. */
export function useAfterDelay(active: boolean, ms = 300): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setLate(true), ms);
    return () => {
      clearTimeout(timer);
      setLate(false);
    };
  }, [active, ms]);
  return active && late;
}
