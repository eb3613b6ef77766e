import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';

const root = path.resolve(import.meta.dirname, '../..');

/*
 * electron-builder cannot fetch Electron here, so it packs around a stand-in binary
 * (and without flipping fuses, which needs the real one). What goes into app.asar
 * is what users get.
 */
describe('packaging (electron-builder --dir)', () => {
  it('packs the built app and the main process runtime dependencies, and no sources', () => {
    const work = tempDir();
    fs.writeFileSync(path.join(work, 'electron'), '');
    const config = fs
      .readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')
      .replace(/^electronFuses:\n(?: {2}.*\n)+/m, '');
    fs.writeFileSync(path.join(work, 'builder.yml'), config);
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/electron-builder/cli.js'), '--dir', '--linux', '--config', path.join(work, 'builder.yml'), `-c.electronDist=${work}`, `-c.directories.output=${path.join(work, 'dist')}`],
      { cwd: root, stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
    );
    const files = listPackage(path.join(work, 'dist/linux-unpacked/resources/app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/'));
    expect(files).toEqual(expect.arrayContaining(['/out/main/main.js', '/out/preload/preload.cjs', '/out/renderer/index.html', '/package.json']));
    const modules = new Set(files.filter((file) => file.startsWith('/node_modules/')).map((file) => file.split('/')[2]));
    expect([...modules]).toEqual(expect.arrayContaining(['electron-store', 'conf', 'zod', 'date-fns', '@date-fns']));
    expect(modules.has('react')).toBe(false);
    expect(files.filter((file) => /^\/(electron|renderer|shared|test)\//.test(file) || (file.endsWith('.ts') && !file.startsWith('/node_modules/')))).toEqual([]);
  });
});
