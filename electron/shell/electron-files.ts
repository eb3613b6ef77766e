import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BaseWindow, Dialog, SaveDialogOptions, Shell } from 'electron';
import type { FileHost } from '../services/export/file-host';

const filters: Record<string, { name: string; extensions: string[] }> = {
  ics: { name: 'iCalendar', extensions: ['ics'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  html: { name: 'HTML', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  zip: { name: 'Zip', extensions: ['zip'] },
};

/**
 * Saving in the desktop app: the system's save dialog (starting in Documents with
 * the suggested name), an atomic write (temporary file, then rename; a backup zip
 * is copied there as a stream from main's temporary folder), and the file
 * shown in the file manager on request.
 */
export function electronFileHost(deps: {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  documentsDir: string;
  window: () => BaseWindow | null;
}): FileHost {
  return {
    async save(file, source) {
      const extension = path.extname(file.fileName).slice(1);
      const options: SaveDialogOptions = { defaultPath: path.join(deps.documentsDir, file.fileName), filters: filters[extension] ? [filters[extension]] : [] };
      const parent = deps.window();
      const answer = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return { outcome: 'cancelled' };
      const temporary = `${answer.filePath}.${process.pid}.tmp`;
      try {
        if ('bytes' in source) fs.writeFileSync(temporary, source.bytes);
        else await pipeline(fs.createReadStream(source.path), fs.createWriteStream(temporary));
        fs.renameSync(temporary, answer.filePath);
      } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw error;
      }
      return { outcome: 'saved', path: answer.filePath };
    },
    reveal(filePath) {
      deps.shell.showItemInFolder(filePath);
    },
  };
}
