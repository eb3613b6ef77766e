import { parseArgs } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../electron/api/handlers';
import type { ApiResult } from '../../shared/api/contract-kit';
import type { ChannelName } from '../../shared/api/contract';
import { firstScreenCalls, startCalls } from '../../shared/api/first-screen';
import { Preferences } from '../../shared/domain/preferences';
import { Settings } from '../../shared/domain/settings';

/*
 * `npx tsx test/bench/conflicts-open.ts --posts 1000,10000 --opens 3`
 * How long the first screen's `plan:conflicts` takes after the app opens, on a copy of the UI
 * bench's data folder (/tmp/somevuoro-bench-ui, never written): the first open with nothing
 * kept (cache/conflicts removed), then `--opens - 1` reopens of the same copy. Each open is an
 * 'app' session (watcher, warm-up worker) answering the page's calls one after another, then
 * plan:conflicts, as the renderer asks for it beside them.
 */

const { values } = parseArgs({ options: { posts: { type: 'string', default: '10000' }, opens: { type: 'string', default: '3' }, alone: { type: 'boolean', default: false } } });
const load = () => os.loadavg().map((figure) => figure.toFixed(1)).join(' ');

function source(posts: number): string {
  const root = '/tmp/somevuoro-bench-ui';
  const found = fs.readdirSync(root).filter((name) => name.startsWith(`v1-${posts}-`)).sort().at(-1);
  if (!found) throw new Error(`no ${posts}-post folder in ${root}`);
  return path.join(root, found, 'data');
}

async function openOnce(dir: string): Promise<{ openMs: number; firstScreenMs: number; conflictsMs: number; count: number }> {
  const began = performance.now();
  const backend = await openBackend({ dataDir: dir, session: 'app', clock: () => new Date(), locale: 'fi-FI', log: () => {} });
  const call = async (channel: ChannelName, input: unknown) => {
    const result = (await backend.dispatch(channel, input as never)) as ApiResult<unknown>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  try {
    const opened = performance.now();
    const [settings, preferences] = await Promise.all(startCalls.map(({ channel, input }) => call(channel, input)));
    // The renderer asks for plan:conflicts beside the first screen's calls, which the page answers one after another.
    const conflicts = (async () => {
      const value = (await call('plan:conflicts', {})) as { posts: unknown[]; duties: unknown[] };
      return { value, at: performance.now() };
    })();
    if (!values.alone) for (const { channel, input } of firstScreenCalls(Settings.parse(settings), Preferences.parse(preferences), new Date())) await call(channel, input);
    const firstScreen = performance.now();
    const { value, at } = await conflicts;
    return { openMs: opened - began, firstScreenMs: firstScreen - opened, conflictsMs: at - opened, count: value.posts.length + value.duties.length };
  } finally {
    await backend.close();
  }
}

for (const posts of values.posts.split(',').map(Number)) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `conflicts-open-${posts}-`));
  fs.cpSync(source(posts), dir, { recursive: true });
  fs.rmSync(path.join(dir, 'cache', 'conflicts'), { recursive: true, force: true });
  try {
    for (let open = 0; open < Number(values.opens); open++) {
      const figures = await openOnce(dir);
      console.log(
        `${posts} posts, ${open === 0 ? 'first open' : `reopen ${open}`}: open ${figures.openMs.toFixed(0)} ms, first screen ${figures.firstScreenMs.toFixed(0)} ms, ` +
          `plan:conflicts ${figures.conflictsMs.toFixed(0)} ms after open (${figures.count} listed); load ${load()}`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
