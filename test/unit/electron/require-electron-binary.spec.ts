import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve('electron/require-electron-binary.js');

function run(distPath: string) {
  return spawnSync(process.execPath, [script], { env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: distPath }, encoding: 'utf8' });
}

describe('npm start without the Electron binary', () => {
  it('prints one line pointing to npm run web and fails', () => {
    const result = run(path.join(os.tmpdir(), 'no-electron-here'));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('npm run web');
  });

  it('lets npm start go on when the binary is there', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-dist-'));
    // Where the binary was downloaded, path.txt names it inside the dist folder (e.g. Electron.app/… on macOS).
    const pathTxt = path.resolve('node_modules/electron/path.txt');
    const binary = path.join(dist, fs.existsSync(pathTxt) ? fs.readFileSync(pathTxt, 'utf8') : 'electron');
    fs.mkdirSync(path.dirname(binary), { recursive: true });
    fs.writeFileSync(binary, '');
    const result = run(dist);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
