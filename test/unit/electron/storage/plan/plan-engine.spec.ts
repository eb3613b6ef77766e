import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotArrivedError, noteOf, PlanEngine } from '../../../../../electron/storage/plan/plan-engine';
import { tempDir } from '../../../../support/temp-dir';

const engines: PlanEngine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
});

describe('a document whose chunks vanish while it is being read', { timeout: 30_000 }, () => {
  it('is "not arrived" (not unavailable for the session), and is read once its chunks come again', async () => {
    const dir = tempDir();
    const first = new PlanEngine(dir, null);
    const url = await first.create({ posts: { p1: { title: 'Joulumyyjäiset' } } }, noteOf({ volunteerId: null, name: 'Anna' }, new Date()));
    await first.close();

    const engine = new PlanEngine(dir, null);
    engines.push(engine);
    const chunks = await Promise.all((await engine.chunks.keysUnder([url.slice('automerge:'.length)])).map((key) => engine.chunks.readOutside(key)));
    // The sync tool deletes the chunk after the engine saw it and before automerge-repo reads it.
    vi.spyOn(engine.chunks, 'loadRange').mockResolvedValueOnce([]);
    await expect(engine.handle(url)).rejects.toBeInstanceOf(NotArrivedError);
    expect(engine.docOf(url)).toBeUndefined();

    await engine.mergeOutside(url, chunks.flatMap((chunk) => (chunk ? [chunk.data] : [])));
    expect(engine.docOf(url)).toBeDefined();
    expect((await engine.read<{ posts: Record<string, { title: string }> }>(url)).posts.p1.title).toBe('Joulumyyjäiset');
  });
});
