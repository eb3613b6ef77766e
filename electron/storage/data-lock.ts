import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileDurably } from './durable-files';

/** Who holds a data folder: enough to tell a live holder from a dead one, and to name it to the user. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the holder started, for the message. */
  startedAt: string | null;
  /** The kernel's start time of the process (Linux), so that a reused pid is not taken for the holder. */
  processStart: string | null;
  /** Makes every lock file's bytes unique, so that a re-read proves it is still the same lock. */
  nonce: string;
}

export class DataFolderBusyError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder | null,
  ) {
    super(busyMessage(dir, holder));
  }

  /** Held from another computer: never taken over automatically. */
  get otherHost(): boolean {
    return this.holder !== null && this.holder.host !== os.hostname();
  }
}

function busyMessage(dir: string, holder: LockHolder | null): string {
  const lock = path.join(dir, LOCK);
  if (!holder) return `The data folder ${dir} is being opened by another Somevuoro process right now. Try again in a moment.`;
  const since = holder.startedAt ? ` since ${holder.startedAt}` : '';
  if (holder.host !== os.hostname()) {
    return (
      `The data folder ${dir} is in use by Somevuoro on the computer "${holder.host}" (process ${holder.pid}${since}). ` +
      `Close it there first. If that computer no longer uses this folder, delete ${lock} and try again.`
    );
  }
  return `The data folder ${dir} is in use by another Somevuoro process (pid ${holder.pid}${since}). Close it first, or use another folder.`;
}

const LOCK = 'somevuoro.lock';
/** An unreadable lock younger than this may be one an older Somevuoro is still writing. */
const UNREADABLE_GRACE_MS = 10_000;
const ATTEMPTS = 200;
const PAUSE_MS = 10;

/** Field 22 of /proc/<pid>/stat (after the command name, which may hold spaces and parentheses). */
export function processStartOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A holder on this computer whose process is gone, or whose pid now belongs to another process. */
function isDead(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return false;
  if (holder.pid === process.pid) return holder.processStart !== ownStart;
  if (!isRunning(holder.pid)) return true;
  const start = holder.processStart === null ? null : processStartOf(holder.pid);
  return start !== null && start !== holder.processStart;
}

const ownStart = processStartOf(process.pid);

function parseHolder(text: string): LockHolder | null {
  // Somevuoro before the JSON lock wrote its bare pid; it ran on this computer.
  if (/^\d+$/.test(text)) return { pid: Number(text), host: os.hostname(), startedAt: null, processStart: null, nonce: text };
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (Number.isInteger(value.pid) && typeof value.host === 'string' && typeof value.nonce === 'string') {
      return { pid: value.pid as number, host: value.host, startedAt: value.startedAt ?? null, processStart: value.processStart ?? null, nonce: value.nonce };
    }
  } catch {
    // An unreadable lock is judged by its age below.
  }
  return null;
}

interface Found {
  bytes: Buffer;
  ino: number;
  mtimeMs: number;
}

function readLock(file: string): Found | null {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const stat = fs.fstatSync(fd);
      return { bytes: fs.readFileSync(fd), ino: stat.ino, mtimeMs: stat.mtimeMs };
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const sameLock = (a: Found, b: Found | null) => b !== null && a.ino === b.ino && a.bytes.equals(b.bytes);

/**
 * Creates `file` holding `holder` in one step: the content is written and flushed
 * under a private name first and then hard-linked into place, which fails if the
 * name is taken. No reader ever sees a half-written lock.
 */
function createExclusive(file: string, holder: LockHolder): boolean {
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  const content = JSON.stringify(holder);
  writeFileDurably(temporary, content, 'wx');
  try {
    fs.linkSync(temporary, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    // No hard links here (FAT, some network shares): an exclusive create, written at
    // once; a reader that catches it half-written waits instead of breaking it.
    return createInPlace(file, content);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

function createInPlace(file: string, content: string): boolean {
  try {
    fs.writeFileSync(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function newHolder(): LockHolder {
  return {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    processStart: ownStart,
    nonce: crypto.randomBytes(12).toString('hex'),
  };
}

type Verdict = { state: 'stale' } | { state: 'held'; holder: LockHolder | null };

function judge(found: Found): Verdict {
  const holder = parseHolder(found.bytes.toString('utf8'));
  if (holder) return isDead(holder) ? { state: 'stale' } : { state: 'held', holder };
  return Date.now() - found.mtimeMs > UNREADABLE_GRACE_MS ? { state: 'stale' } : { state: 'held', holder: null };
}

/**
 * Removes the lock file `file` only if it still is exactly `found` and it is stale.
 * Two processes may find the same stale lock: each must first create a breaker
 * file named after that very lock, which only one can; the winner re-reads the
 * lock under it, so it never removes a fresh lock someone else has just made. A
 * breaker left by a breaker that died is itself broken the same way.
 */
function breakStale(file: string, found: Found, depth = 0): void {
  const breaker = `${file}.break-${crypto.createHash('sha256').update(String(found.ino)).update(found.bytes).digest('hex').slice(0, 16)}`;
  if (createExclusive(breaker, newHolder())) {
    try {
      if (sameLock(found, readLock(file))) fs.rmSync(file, { force: true });
    } finally {
      fs.rmSync(breaker, { force: true });
    }
    return;
  }
  const other = readLock(breaker);
  if (other && depth < 4 && judge(other).state === 'stale') breakStale(breaker, other, depth + 1);
  else pause(PAUSE_MS); // another process is breaking it: see what it leaves
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Two processes writing the same folder would overwrite each other's months, so
 * the app, the web bridge and the CLI each take this lock. A lock left by a process
 * on this computer that no longer runs is taken over; one from another computer
 * (a synced or network folder) never is, and the message says whose it is.
 */
export function acquireDataLock(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, LOCK);
  const holder = newHolder();
  let lastHolder: LockHolder | null = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (createExclusive(lockPath, holder)) {
      sweep(dir);
      return releaser(lockPath, holder);
    }
    const found = readLock(lockPath);
    if (!found) continue;
    const verdict = judge(found);
    if (verdict.state === 'stale') breakStale(lockPath, found);
    else if (verdict.holder) throw new DataFolderBusyError(dir, verdict.holder);
    else pause(PAUSE_MS); // being written by an older Somevuoro: wait until it can be read
    lastHolder = verdict.state === 'held' ? verdict.holder : lastHolder;
  }
  throw new DataFolderBusyError(dir, lastHolder);
}

/**
 * Once the lock is ours, what a killed process left of its attempts is litter: its
 * private temp files, and breaker files (they name locks that are gone, so a breaker
 * still at work finds the lock changed and does nothing).
 */
function sweep(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    const temp = /^somevuoro\.lock(?:\.break-[0-9a-f]{16})?\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
    if ((temp && !isRunning(Number(temp[1]))) || /^somevuoro\.lock\.break-[0-9a-f]{16}$/.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

function releaser(lockPath: string, holder: LockHolder): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const found = readLock(lockPath);
    if (found && parseHolder(found.bytes.toString('utf8'))?.nonce === holder.nonce) fs.rmSync(lockPath, { force: true });
  };
}
