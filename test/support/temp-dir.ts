import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh folder for one test, removed afterwards. */
export function tempDir(prefix = 'somevuoro-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Every file under a folder with its bytes, to prove that nothing changed; the device's
 * read cache (cache/) is left out: it is rebuilt from the plan whenever it is behind.
 */
export function snapshotFolder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    if (path.relative(dir, full).split(path.sep)[0] === 'cache') continue;
    files.set(path.relative(dir, full), fs.readFileSync(full).toString('base64'));
  }
  return files;
}
