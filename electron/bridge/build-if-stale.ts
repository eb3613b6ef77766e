import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * `npm run web` and `npm run bench:ui` build the app only when out/ is missing or older
 * than a source it is built from: a current build starts at once.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sourcesBuilt = ['renderer', 'shared', 'electron', 'electron.vite.config.ts', 'package.json'];

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  return newest;
}

/** Whether every built part (renderer, main, preload) is at least as new as the newest source. */
export function buildIsCurrent(dir: string): boolean {
  const built = ['out/renderer/index.html', 'out/main/main.js', 'out/preload/preload.cjs'].map((file) => path.join(dir, file));
  if (!built.every((file) => fs.existsSync(file))) return false;
  const sources = sourcesBuilt.map((name) => path.join(dir, name)).filter((source) => fs.existsSync(source));
  const newestSource = Math.max(...sources.map(newestMtime));
  return built.every((file) => fs.statSync(file).mtimeMs >= newestSource);
}

/** Builds with electron-vite unless the build is current; says which it did. */
export function buildIfStale(dir = root): 'current' | 'built' {
  if (buildIsCurrent(dir)) return 'current';
  console.log('out/ is missing or older than the sources: npx electron-vite build');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: dir, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed.');
  return 'built';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (buildIfStale() === 'current') console.log('The build in out/ is current: not rebuilt.');
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
