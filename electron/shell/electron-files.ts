import fs from 'node:fs';
import path from 'node:path';
import type { BaseWindow, Dialog, SaveDialogOptions, Shell } from 'electron';
import type { FileHost } from '../services/export/file-host';

const filters: Record<string, { name: string; extensions: string[] }> = {
  ics: { name: 'iCalendar', extensions: ['ics'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  html: { name: 'HTML', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  json: { name: 'JSON', extensions: ['json'] },
};

/**
 * Saving in the desktop app: the system's save dialog (starting in Documents with
 * the suggested name), an atomic write (temporary file, then rename), and the file
 * shown in the file manager on request.
 */
export function electronFileHost(deps: {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  documentsDir: string;
  window: () => BaseWindow | null;
}): FileHost {
  return {
    async save(file, bytes) {
      const extension = path.extname(file.fileName).slice(1);
      const options: SaveDialogOptions = { defaultPath: path.join(deps.documentsDir, file.fileName), filters: filters[extension] ? [filters[extension]] : [] };
      const parent = deps.window();
      const answer = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return { outcome: 'cancelled' };
      const temporary = `${answer.filePath}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, bytes);
      fs.renameSync(temporary, answer.filePath);
      return { outcome: 'saved', path: answer.filePath };
    },
    reveal(filePath) {
      deps.shell.showItemInFolder(filePath);
    },
  };
}
