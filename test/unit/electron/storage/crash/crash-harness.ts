import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';

/*
 * The child is bundled once per test file: starting tsx for each of ~70 children
 * would cost two seconds of CPU each; a bundle starts in a fraction of that.
 */
export async function bundleChild(entry = 'crash-child.ts'): Promise<{ script: string; remove: () => void }> {
  // Inside the project, so that the packages left outside the bundle resolve from node_modules.
  const out = path.join(import.meta.dirname, '../../../../../out');
  fs.mkdirSync(out, { recursive: true });
  const outdir = fs.mkdtempSync(path.join(out, 'crash-child-'));
  const script = path.join(outdir, entry.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [path.join(import.meta.dirname, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: script,
    logLevel: 'error',
    // Automerge loads its WebAssembly from beside its own files: it stays a package.
    external: ['@automerge/*'],
    // CommonJS dependencies bundled into ESM still call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return { script, remove: () => fs.rmSync(outdir, { recursive: true, force: true }) };
}

export interface KilledRun {
  /** Complete lines the child printed before it died. */
  lines: string[];
  /** Milliseconds from the trigger line to the kill (or to the exit, if it finished first). */
  ranFor: number;
  finished: boolean;
}

/**
 * Starts the child, waits for the line `trigger`, lets it run `killAfter` ms more (null: to its end), then SIGKILLs it.
 * `ranFor` is measured to the line `until` when given (else to the kill or exit).
 */
export function runAndKill(script: string, args: string[], killAfter: number | null, trigger = 'ready', until?: string): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    let readyAt = 0;
    let untilAt = 0;
    let finished = true;
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (readyAt && until && !untilAt && output.split('\n').slice(0, -1).includes(until)) untilAt = performance.now();
      if (readyAt || !output.split('\n').slice(0, -1).includes(trigger)) return;
      readyAt = performance.now();
      if (killAfter !== null)
        setTimeout(() => {
          finished = child.exitCode !== null;
          child.kill('SIGKILL');
        }, killAfter);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) return reject(new Error(`The child failed with ${code}:\n${output}${errors}`));
      // Finished without ever printing the trigger: a run that was not killed.
      if (!readyAt) readyAt = performance.now();
      const lines = output.split('\n');
      lines.pop(); // the last piece is an unfinished line, or empty
      if (lines.some((line) => line.startsWith('error'))) return reject(new Error(`A save was refused:\n${lines.join('\n')}`));
      resolve({ lines, ranFor: (untilAt || performance.now()) - readyAt, finished: finished && signal !== 'SIGKILL' });
    });
  });
}

export const reopen = (dir: string) => AutomergeRepository.open({ dir, now: () => new Date(), locale: 'fi-FI' });

/** Every file of the folder whose name says JSON, and whether it parses. */
export function unparseableFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    if (!entry.isFile() || !entry.name.endsWith('.json')) return [];
    const file = path.join(entry.parentPath, entry.name);
    try {
      JSON.parse(fs.readFileSync(file, 'utf8'));
      return [];
    } catch {
      return [path.relative(dir, file)];
    }
  });
}

/**
 * Temp files of interrupted writes (chunks, safety copies) still in the folder, and any
 * file left in .tmp/ (an upload or export of the killed process); the .tmp/ folders
 * themselves stay.
 */
export function leftovers(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).replaceAll(path.sep, '/'))
    .filter((relative) => !/^\.tmp(\/(uploads|exports))?$/.test(relative))
    .filter((relative) => /^\.tmp\/|\.tmp(-\d|$)|\.partial-/.test(relative));
}
