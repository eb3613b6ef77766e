import path from 'node:path';
import { openBackend } from '../../electron/api/handlers';
import type { Backend } from '../../electron/api/handlers';
import type { ApiResult } from '../../shared/api/contract-kit';
import type { ChannelName, InputOf, OutputOf } from '../../shared/api/contract';

export type TestBackend = Backend & {
  call: <K extends ChannelName>(channel: K, input: InputOf<K>) => Promise<OutputOf<K>>;
};

/** The backends a test opened, by data folder (see closeBackendsOn). */
const opened = new Map<string, Backend[]>();

/**
 * Closes the backends a test opened on `dir`, as the app is one process at a time on a folder
 * (its lock): their writes, the day's safety copy too, are done before a bridge opens the folder.
 */
export async function closeBackendsOn(dir: string): Promise<void> {
  const key = path.resolve(dir);
  await Promise.all((opened.get(key) ?? []).map((backend) => backend.close()));
  opened.delete(key);
}

/** The services on a data folder (and its plan, or the plan in `planDir`), called in-process (the third transport). */
export async function backendOn(dir: string, now: () => Date = () => new Date('2026-11-25T10:00:00Z'), locale = 'fi-FI', planDir?: string): Promise<TestBackend> {
  const backend = await openBackend({ dataDir: dir, planDir, clock: now, locale, log: () => {} });
  opened.set(path.resolve(dir), [...(opened.get(path.resolve(dir)) ?? []), backend]);
  const call = async <K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = (await backend.dispatch(channel, input)) as ApiResult<OutputOf<K>>;
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    return result.value;
  };
  return { ...backend, call };
}
