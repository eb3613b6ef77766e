import fs from 'node:fs';
import path from 'node:path';
import type { BaseWindow, BrowserWindowConstructorOptions, Dialog, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { electronFileHost } from '../../../../electron/shell/electron-files';
import { electronPdfRenderer } from '../../../../electron/shell/electron-pdf';
import { tempDir } from '../../../support/temp-dir';

/*
 * The Electron binary cannot run here: the glue for printing and saving runs
 * against recording stand-ins for BrowserWindow, dialog and shell, and the
 * assertions are about what it asks of Electron and what lands on disk.
 */

describe('printing to PDF with Electron', () => {
  it('prints the schedule in a hidden, sandboxed window without JavaScript, as A4 with the CSS page size, and cleans up', async () => {
    const windows: { options: BrowserWindowConstructorOptions; loaded: string; html: string; destroyed: boolean; printOptions: unknown }[] = [];
    class StandInWindow {
      private readonly record: (typeof windows)[number];
      constructor(options: BrowserWindowConstructorOptions) {
        this.record = { options, loaded: '', html: '', destroyed: false, printOptions: null };
        windows.push(this.record);
      }
      webContents = {
        printToPDF: async (options: unknown) => {
          this.record.printOptions = options;
          return Buffer.from('%PDF-1.7 stand-in');
        },
      };
      async loadFile(file: string) {
        this.record.loaded = file;
        this.record.html = fs.readFileSync(file, 'utf8');
      }
      destroy() {
        this.record.destroyed = true;
      }
    }
    const render = electronPdfRenderer(StandInWindow as never);
    const pdf = await render('<!doctype html><title>Aikataulu</title>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 stand-in');
    expect(windows).toHaveLength(1);
    expect(windows[0].options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
    expect(windows[0].html).toBe('<!doctype html><title>Aikataulu</title>');
    expect(windows[0].printOptions).toEqual({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(windows[0].destroyed).toBe(true);
    expect(fs.existsSync(windows[0].loaded)).toBe(false);
  });
});

describe('saving and revealing files in the desktop app', () => {
  const file = { fileName: 'kyla-ry-2026-03-01_2026-03-31.ics', mimeType: 'text/calendar', encoding: 'utf8' as const, content: 'BEGIN:VCALENDAR', bytes: 15 };

  function host(answer: { canceled: boolean; filePath?: string }) {
    const asked: SaveDialogOptions[] = [];
    const revealed: string[] = [];
    const dialog = { showSaveDialog: async (_window: BaseWindow | SaveDialogOptions, options?: SaveDialogOptions) => (asked.push(options ?? (_window as SaveDialogOptions)), { canceled: answer.canceled, filePath: answer.filePath ?? '' }) } as unknown as Pick<Dialog, 'showSaveDialog'>;
    const documentsDir = tempDir();
    return { asked, revealed, documentsDir, host: electronFileHost({ dialog, shell: { showItemInFolder: (p) => void revealed.push(p) }, documentsDir, window: () => null }) };
  }

  it('asks where to save, starting in Documents with the suggested name, and writes the bytes there', async () => {
    const target = path.join(tempDir(), 'aikataulu.ics');
    const { host: files, asked, revealed, documentsDir } = host({ canceled: false, filePath: target });
    expect(await files.save(file, { bytes: Buffer.from('BEGIN:VCALENDAR') })).toEqual({ outcome: 'saved', path: target });
    expect(asked[0]).toEqual({ defaultPath: path.join(documentsDir, file.fileName), filters: [{ name: 'iCalendar', extensions: ['ics'] }] });
    expect(fs.readFileSync(target, 'utf8')).toBe('BEGIN:VCALENDAR');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['aikataulu.ics']);
    files.reveal(target);
    expect(revealed).toEqual([target]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { host: files } = host({ canceled: true });
    expect(await files.save(file, { bytes: Buffer.from('x') })).toEqual({ outcome: 'cancelled' });
  });

  it('copies a backup zip from main’s temporary folder to the chosen place as a stream, offering .zip', async () => {
    const zip = path.join(tempDir(), 'made.zip');
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 7, 0x5a);
    fs.writeFileSync(zip, bytes);
    const target = path.join(tempDir(), 'varmuuskopio.zip');
    const { host: files, asked } = host({ canceled: false, filePath: target });
    expect(await files.save({ fileName: 'somevuoro-backup-2026-03-05.zip' }, { path: zip })).toEqual({ outcome: 'saved', path: target });
    expect(asked[0].filters).toEqual([{ name: 'Zip', extensions: ['zip'] }]);
    expect(fs.readFileSync(target).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['varmuuskopio.zip']);
  });
});
