import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow as ElectronWindow, BrowserWindowConstructorOptions } from 'electron';
import type { PdfRenderer } from '../services/export/pdf-renderer';

type WindowClass = new (options: BrowserWindowConstructorOptions) => Pick<ElectronWindow, 'loadFile' | 'destroy'> & {
  webContents: Pick<ElectronWindow['webContents'], 'printToPDF'>;
};

/**
 * The schedule printed by Electron itself: loaded from a temporary file into a
 * hidden, sandboxed window with JavaScript off (the schedule has none), printed to
 * A4 with the page size and margins its own CSS asks for, then thrown away.
 */
export function electronPdfRenderer(BrowserWindow: WindowClass): PdfRenderer {
  return async (html) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-print-'));
    const file = path.join(dir, 'schedule.html');
    fs.writeFileSync(file, html);
    const window = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' },
    });
    try {
      await window.loadFile(file);
      return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      window.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
