import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../support/temp-dir';
import { bundleChild, leftovers, reopen, runAndKill, unparseableFiles } from './crash-harness';

interface Save {
  /** null: a new post, whose id is known once acknowledged. */
  id: string | null;
  title: string;
}

const KILLS = 55;
let child: Awaited<ReturnType<typeof bundleChild>>;
beforeAll(async () => {
  child = await bundleChild();
}, 60_000);
afterAll(() => child?.remove());

describe('SIGKILL during saves', () => {
  it(`loses no acknowledged save and leaves every file readable, over ${KILLS} kills of the same folder`, async () => {
    const dir = tempDir();
    // What the folder held after the last check, with every acknowledged save since applied.
    let known = new Map<string, string>();
    const lost: string[] = [];
    const damaged: string[] = [];
    let acknowledged = 0;
    let killedMidSave = 0;
    const started = performance.now();
    for (let kill = 0; kill < KILLS; kill++) {
      const run = await runAndKill(child.script, ['saves', dir, String(kill + 1)], 20 + ((kill * 37) % 150));
      let inFlight: Save | null = null;
      for (const line of run.lines) {
        if (line.startsWith('begin ')) inFlight = JSON.parse(line.slice(6)) as Save;
        if (line.startsWith('ack ')) {
          const save = JSON.parse(line.slice(4)) as Save & { id: string };
          known.set(save.id, save.title);
          inFlight = null;
          acknowledged++;
        }
      }
      if (inFlight) killedMidSave++;

      const repo = await reopen(dir);
      damaged.push(...repo.problems.map((problem) => `kill ${kill}: ${problem.kind} ${problem.file}`), ...unparseableFiles(dir), ...leftovers(dir));
      const onDisk = new Map((await repo.allPosts()).map((post) => [post.id, post.title]));
      for (const [id, title] of known) {
        const found = onDisk.get(id);
        // The save in flight when killed may have landed or not; anything else must be as acknowledged.
        if (found !== title && !(inFlight?.id === id && found === inFlight.title)) lost.push(`kill ${kill}: ${id} is ${found ?? 'missing'}, acknowledged ${title}`);
      }
      for (const [id, title] of onDisk) if (!known.has(id) && !(inFlight?.id === null && title === inFlight.title)) lost.push(`kill ${kill}: unexpected ${id} ${title}`);
      known = onDisk;
    }
    console.info(`crash-saves: ${KILLS} SIGKILLs, ${acknowledged} acknowledged saves, ${killedMidSave} kills with a save in flight, ${known.size} posts, ${Math.round(performance.now() - started)} ms`);
    expect(lost).toEqual([]);
    expect(damaged).toEqual([]);
    expect(acknowledged).toBeGreaterThanOrEqual(KILLS);
    expect(killedMidSave).toBeGreaterThan(KILLS / 2);
  }, 150_000);
});
