import fs from 'node:fs';
import path from 'node:path';

export class DataFolderBusyError extends Error {
  constructor(readonly dir: string, readonly pid: number) {
    super(`The data folder ${dir} is in use by another Somevuoro process (pid ${pid}). Close it first, or use another folder.`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Two processes writing the same folder would overwrite each other's months, so
 * the app, the web bridge and the CLI each take this lock. A lock left by a
 * process that no longer runs is taken over.
 */
export function acquireDataLock(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, 'somevuoro.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(lockPath, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new DataFolderBusyError(dir, pid);
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataFolderBusyError(dir, -1);
}
