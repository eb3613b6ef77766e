import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { acquireDataLock, DataFolderBusyError, processStartOf } from '../../../../electron/storage/data-lock';
import { snapshotFolder, tempDir } from '../../../support/temp-dir';

/*
 * Real processes race for the lock: eight children (kept for every trial, so that a
 * trial costs no process start-up) are told "race" at once, each says whether it got
 * the lock, and a holder keeps it until every child has answered. Exactly one may
 * say "held" in every trial.
 */

const source = path.resolve(import.meta.dirname, '../../../../electron/storage/data-lock.ts');
const CHILDREN = 8;
let work = '';

const childScript = `
import fs from 'node:fs';
import os from 'node:os';
import readline from 'node:readline';
import { acquireDataLock, processStartOf } from './data-lock.mjs';
const say = (line) => process.stdout.write(line + '\\n');
let release = () => {};
let finishWrite = () => {};
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, dir] = line.split('\\t');
  if (command === 'half-write') {
    // A lock caught half-written (as an older Somevuoro wrote it: create, then write).
    const text = JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: null, processStart: processStartOf(process.pid), nonce: 'writer' });
    const fd = fs.openSync(dir + '/somevuoro.lock', 'wx');
    fs.writeSync(fd, text.slice(0, 9));
    finishWrite = () => { fs.writeSync(fd, text.slice(9)); fs.closeSync(fd); say('held'); };
    say('written');
  } else if (command === 'finish-write') setTimeout(finishWrite, 100);
  else if (command === 'race') {
    try { release = acquireDataLock(dir); say('held'); } catch (error) { say(/in use|being opened/.test(error.message) ? 'busy' : 'error ' + error.message); }
  } else if (command === 'end') { release(); release = () => {}; say('done'); }
});
say('ready');
`;

interface Child {
  send(line: string): Promise<string>;
  child: ChildProcessWithoutNullStreams;
}

function startChild(): Child {
  const child = spawn(process.execPath, [path.join(work, 'racer.mjs')], { stdio: 'pipe' });
  const waiting: ((line: string) => void)[] = [];
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) waiting.shift()?.(line);
  });
  const answer = () => new Promise<string>((resolve) => waiting.push(resolve));
  return {
    child,
    send(line) {
      const next = answer();
      child.stdin.write(`${line}\n`);
      return next;
    },
  };
}

let racers: Child[] = [];
let writer: Child;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-lock-race-'));
  fs.writeFileSync(path.join(work, 'data-lock.mjs'), buildSync({ entryPoints: [source], bundle: true, packages: 'external', platform: 'node', format: 'esm', write: false }).outputFiles[0].text);
  fs.writeFileSync(path.join(work, 'racer.mjs'), childScript);
  const ready: Promise<string>[] = [];
  const started = () => {
    const child = startChild();
    ready.push(new Promise<string>((resolve) => child.child.stdout.once('data', () => resolve('ready'))));
    return child;
  };
  racers = Array.from({ length: CHILDREN }, started);
  writer = started();
  await Promise.all(ready);
  return () => {
    for (const child of [...racers, writer]) child.child.kill();
    fs.rmSync(work, { recursive: true, force: true });
  };
});

let deadPid = 0;
const dead = () => {
  if (!deadPid) deadPid = spawnSync(process.execPath, ['-e', '']).pid ?? 0;
  return deadPid;
};

type Setup = 'none' | 'dead-json' | 'dead-bare-pid' | 'reused-pid' | 'mid-write';

async function trial(setup: Setup): Promise<string[]> {
  const dir = tempDir('somevuoro-lock-');
  const lock = path.join(dir, 'somevuoro.lock');
  if (setup === 'dead-json') fs.writeFileSync(lock, JSON.stringify({ pid: dead(), host: os.hostname(), startedAt: null, processStart: '1', nonce: 'gone' }));
  if (setup === 'dead-bare-pid') fs.writeFileSync(lock, String(dead()));
  // This very process, but as if started at another moment: its pid was reused.
  if (setup === 'reused-pid') fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: null, processStart: '1', nonce: 'old' }));
  const answers: Promise<string>[] = [];
  if (setup === 'mid-write') {
    await writer.send(`half-write\t${dir}`);
    answers.push(writer.send('finish-write'));
  }
  answers.push(...racers.map((racer) => racer.send(`race\t${dir}`)));
  const settled = await Promise.all(answers);
  await Promise.all(racers.map((racer) => racer.send('end')));
  return settled;
}

describe('the data folder lock', () => {
  it(
    `lets exactly one of ${CHILDREN} processes racing for it hold it, in 96 trials: free, stale from a dead pid, reused pid, caught mid-write`,
    async () => {
      const setups: Setup[] = ['none', 'dead-json', 'dead-bare-pid', 'reused-pid', 'dead-json', 'mid-write', 'dead-bare-pid', 'dead-json'];
      const outcomes: { setup: Setup; answers: string[] }[] = [];
      for (let index = 0; index < 96; index++) {
        const setup = setups[index % setups.length];
        outcomes.push({ setup, answers: await trial(setup) });
      }
      const wrong = outcomes.filter(({ answers }) => answers.filter((a) => a === 'held').length !== 1 || answers.some((a) => a !== 'held' && a !== 'busy'));
      expect(wrong).toEqual([]);
    },
    180_000,
  );

  it('never breaks a lock held from another computer, and says whose it is and since when', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'somevuoro.lock'), JSON.stringify({ pid: 1, host: 'kerhon-lapari', startedAt: '2026-11-30T18:04:00.000Z', processStart: '99', nonce: 'x' }));
    const before = snapshotFolder(dir);
    expect(() => acquireDataLock(dir)).toThrow(DataFolderBusyError);
    expect(() => acquireDataLock(dir)).toThrow(/computer "kerhon-lapari" \(process 1 since 2026-11-30T18:04:00.000Z\)/);
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('clears what a killed process left of its attempts: its temp file and a breaker file', () => {
    const dir = tempDir();
    const gone = dead();
    fs.writeFileSync(path.join(dir, `somevuoro.lock.${gone}.a1b2c3.tmp`), '{"pid":');
    fs.writeFileSync(path.join(dir, 'somevuoro.lock.break-0123456789abcdef'), JSON.stringify({ pid: gone, host: os.hostname(), startedAt: null, processStart: '1', nonce: 'b' }));
    fs.writeFileSync(path.join(dir, 'somevuoro.json'), '{}');
    const release = acquireDataLock(dir);
    expect(fs.readdirSync(dir).sort()).toEqual(['somevuoro.json', 'somevuoro.lock']);
    release();
  });

  it('still locks a folder on a disk without hard links (FAT, some network shares), by an exclusive create', () => {
    const dir = tempDir();
    const link = vi.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
    });
    try {
      const release = acquireDataLock(dir);
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'somevuoro.lock'), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });
      expect(() => acquireDataLock(dir)).toThrow(DataFolderBusyError);
      release();
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      link.mockRestore();
    }
  });

  it('writes pid, host and start time into the lock, and removes only its own lock on release', () => {
    const dir = tempDir();
    const release = acquireDataLock(dir);
    const lock = JSON.parse(fs.readFileSync(path.join(dir, 'somevuoro.lock'), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, host: os.hostname(), processStart: processStartOf(process.pid) });
    expect(Date.parse(lock.startedAt)).toBeLessThanOrEqual(Date.now());
    expect(() => acquireDataLock(dir)).toThrow(/in use by another Somevuoro process \(pid \d+ since/);
    release();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
