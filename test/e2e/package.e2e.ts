import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/*
 * electron-builder cannot fetch Electron here, so it packs around a stand-in binary:
 * a file holding nothing but a fuse wire laid out as in Electron 41 (the sentinel
 * @electron/fuses looks for, schema version 1, nine fuses at Electron's defaults).
 * electron-builder flips that wire as it would the real binary's, and what goes
 * into app.asar is what users get.
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// run_as_node, cookie_encryption, node_options, node_cli_inspect, embedded_asar_integrity_validation,
// only_load_app_from_asar, load_browser_process_specific_v8_snapshot, grant_file_protocol_extra_privileges,
// wasm_trap_handlers (electron/build/fuses/fuses.json5)
const ELECTRON_41_DEFAULTS = '101100011';
const ON = 0x31;
const OFF = 0x30;

let work = '';
let unpacked = '';

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-package-'));
  const wire = Buffer.concat([Buffer.from('stand-in for the Electron binary\0'), Buffer.from(SENTINEL), Buffer.from([1, ELECTRON_41_DEFAULTS.length]), Buffer.from(ELECTRON_41_DEFAULTS), Buffer.from('\0end')]);
  fs.writeFileSync(path.join(work, 'electron'), wire, { mode: 0o755 });
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/electron-builder/cli.js'), '--dir', '--linux', '--config', path.join(root, 'electron-builder.yml'), `-c.electronDist=${work}`, `-c.directories.output=${path.join(work, 'dist')}`],
    { cwd: root, stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  unpacked = path.join(work, 'dist/linux-unpacked');
  // About 40 s on a quiet machine; over 120 s at load 25 (both CI lanes and other builds): an honest bound for packing, not a speed check.
}, 300_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('packaging (electron-builder --dir)', () => {
  it('packs the built app and the main process runtime dependencies, and no sources', () => {
    const files = listPackage(path.join(unpacked, 'resources/app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/'));
    expect(files).toEqual(expect.arrayContaining(['/out/main/main.js', '/out/preload/preload.cjs', '/out/renderer/index.html', '/package.json']));
    const modules = new Set(files.filter((file) => file.startsWith('/node_modules/')).map((file) => file.split('/')[2]));
    expect([...modules]).toEqual(expect.arrayContaining(['electron-store', 'conf', 'zod', 'date-fns', '@date-fns']));
    expect(modules.has('react')).toBe(false);
    expect(files.filter((file) => /^\/(electron|renderer|shared|test)\//.test(file) || (file.endsWith('.ts') && !file.startsWith('/node_modules/')))).toEqual([]);
    // Only the app: not the browser tests' bridge (a token-guarded HTTP server of every service) nor the command line (npx somevuoro, from the npm package).
    expect(files.filter((file) => file.startsWith('/out/') && !/^\/out\/(main|preload|renderer)(\/|$)/.test(file) && file !== '/out')).toEqual([]);
  });

  it('flips the fuses of the packaged binary: no run-as-node, NODE_OPTIONS, --inspect or file:// privileges; encrypted cookies; only a verified app.asar', async () => {
    const fuses = await getCurrentFuseWire(path.join(unpacked, 'somevuoro'));
    expect({
      runAsNode: fuses[FuseV1Options.RunAsNode],
      cookieEncryption: fuses[FuseV1Options.EnableCookieEncryption],
      nodeOptions: fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      nodeCliInspect: fuses[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyAsar: fuses[FuseV1Options.OnlyLoadAppFromAsar],
      browserV8Snapshot: fuses[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot],
      fileProtocolPrivileges: fuses[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: OFF,
      cookieEncryption: ON,
      nodeOptions: OFF,
      nodeCliInspect: OFF,
      asarIntegrity: ON,
      onlyAsar: ON,
      browserV8Snapshot: OFF,
      fileProtocolPrivileges: OFF,
    });
    // The ninth fuse (wasm trap handlers), unknown to @electron/fuses 1.8, keeps Electron's default.
    expect((fuses as unknown as Record<number, number>)[8]).toBe(ON);
  });
});
