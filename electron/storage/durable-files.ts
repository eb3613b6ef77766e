import fs from 'node:fs';
import path from 'node:path';

/*
 * The few disk operations that must survive a power cut, not only a killed process:
 * bytes reach the disk (fsync) before a rename makes them visible, and the rename
 * reaches the disk (fsync of the folder) before anything depends on it.
 */

/** Writes a new file and flushes it to disk; the file must not be visible to readers yet ('wx': and must not exist). */
export function writeFileDurably(file: string, content: string | Buffer, flag: 'w' | 'wx' = 'w'): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, flag);
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function copyFileDurably(from: string, to: string): void {
  writeFileDurably(to, fs.readFileSync(from));
}

/** Makes the entries of a folder (created, renamed, removed files) durable. Windows cannot open a folder: there it is a no-op. */
export function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES' && code !== 'EINVAL') throw error;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Replaces `file` with `content` all at once: a temp file next to it, flushed, then renamed over it. */
export function replaceFileAtomically(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileDurably(temporary, content);
  fs.renameSync(temporary, file);
  syncFolder(path.dirname(file));
}
