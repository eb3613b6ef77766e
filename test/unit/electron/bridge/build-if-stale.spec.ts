import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIsCurrent } from '../../../../electron/bridge/build-if-stale';
import { tempDir } from '../../../support/temp-dir';

function write(dir: string, file: string, secondsAgo: number) {
  const target = path.join(dir, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, 'x');
  const at = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(target, at, at);
}

function project(builtSecondsAgo: number, sourceSecondsAgo: number) {
  const dir = tempDir();
  for (const file of ['renderer/main.tsx', 'shared/domain/post.ts', 'electron/main.ts', 'package.json']) write(dir, file, 100);
  write(dir, 'renderer/features/calendar/MonthView.tsx', sourceSecondsAgo);
  for (const file of ['out/renderer/index.html', 'out/main/main.js', 'out/preload/preload.cjs']) write(dir, file, builtSecondsAgo);
  // Folders' own times move when a file is added: set them back so that only files decide.
  for (const folder of ['renderer', 'renderer/features', 'renderer/features/calendar', 'shared', 'shared/domain', 'electron']) {
    const at = new Date(Date.now() - 100_000);
    fs.utimesSync(path.join(dir, folder), at, at);
  }
  return dir;
}

describe('npm run web builds only when the build is stale', () => {
  it('a build newer than every source is current: no rebuild', () => {
    expect(buildIsCurrent(project(10, 50))).toBe(true);
  });

  it('a source edited after the build (deep in a folder) makes it stale', () => {
    expect(buildIsCurrent(project(50, 10))).toBe(false);
  });

  it('a missing part of the build makes it stale', () => {
    const dir = project(10, 50);
    fs.rmSync(path.join(dir, 'out', 'preload'), { recursive: true });
    expect(buildIsCurrent(dir)).toBe(false);
  });
});
