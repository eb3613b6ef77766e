import { afterEach } from 'vitest';
import type { TestBackend } from './backend';
import { backendOn, closeBackendsOn } from './backend';

/** `open(dir, planDir)`: a Finnish backend on that folder at `now`, every one closed after each test. */
export function backendsPerTest(now: Date): (dir: string, planDir: string) => Promise<TestBackend> {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => closeBackendsOn(dir)));
  });
  return (dir, planDir) => {
    dirs.push(dir);
    return backendOn(dir, () => now, 'fi-FI', planDir);
  };
}
