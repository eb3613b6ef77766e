import { openBackend } from '../../electron/api/handlers';
import type { Backend } from '../../electron/api/handlers';
import type { ApiResult } from '../../shared/api/contract-kit';
import type { ChannelName, InputOf, OutputOf } from '../../shared/api/contract';

export type TestBackend = Backend & {
  call: <K extends ChannelName>(channel: K, input: InputOf<K>) => Promise<OutputOf<K>>;
};

/** The services on a data folder (and its plan, or the plan in `planDir`), called in-process (the third transport). */
export async function backendOn(dir: string, now: () => Date = () => new Date('2026-11-25T10:00:00Z'), locale = 'fi-FI', planDir?: string): Promise<TestBackend> {
  const backend = await openBackend({ dataDir: dir, planDir, clock: now, locale, log: () => {} });
  const call = async <K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = (await backend.dispatch(channel, input)) as ApiResult<OutputOf<K>>;
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    return result.value;
  };
  return { ...backend, call };
}
