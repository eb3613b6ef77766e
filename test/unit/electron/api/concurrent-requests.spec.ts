import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../../electron/api/handlers';
import type { ApiResult } from '../../../../shared/api/contract-kit';
import { backendOn } from '../../../support/backend';
import { actAs } from '../../../support/identity';
import { tempDir } from '../../../support/temp-dir';

/*
 * Services read, then write, with awaits between: two mutations at once (two windows, the
 * bridge and the app) could each read the same post and the second write would drop the
 * first one's change. Dispatch runs mutations one at a time, in the order they came; reads
 * (a PDF export taking seconds among them) run beside them (electron/api/request-order.ts).
 */

const march = { from: '2026-03-01', to: '2026-03-31', channelIds: [], statuses: [], volunteerIds: [], includePosts: true, includeDuties: true };

/** A PDF printer that finishes only when told: an export in progress for as long as the test wants. */
function slowPrinter() {
  let finish: () => void = () => undefined;
  const printing = new Promise<void>((resolve) => (finish = resolve));
  let started: () => void = () => undefined;
  const begun = new Promise<void>((resolve) => (started = resolve));
  const pdf = async () => {
    started();
    await printing;
    return new TextEncoder().encode('%PDF-1.7 slow');
  };
  return { pdf, begun, finish };
}

/**
 * Whether a request answers within `ms`. A request held behind the unfinished export never
 * answers, so a short wait proves "still waiting"; proving "answered" needs room for a
 * loaded machine, where a save can take a second.
 */
async function answersWithin(request: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const answer = await Promise.race([request.then(() => true as const), waited]);
  clearTimeout(timer);
  return answer;
}

const answered = (request: Promise<unknown>) => answersWithin(request, 3_000);
const stillWaiting = async (request: Promise<unknown>) => !(await answersWithin(request, 50));

async function slowBackend() {
  const dir = tempDir();
  const printer = slowPrinter();
  const backend = await openBackend({ dataDir: dir, clock: () => new Date('2026-03-05T10:00:00Z'), locale: 'fi-FI', pdf: printer.pdf, log: () => {} });
  const call = async (channel: string, input: unknown) => {
    const result = (await backend.dispatch(channel, input)) as ApiResult<unknown>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  return { backend, printer, call };
}

describe('requests that arrive at the same time', () => {
  it('ten comments posted at once to one post all stay, in the order they were sent', async () => {
    const backend = await backendOn(tempDir());
    await actAs(backend.call, 'Aino Äijälä');
    const post = await backend.call('posts:create', { title: 'Talkoot' });
    const texts = Array.from({ length: 10 }, (_, i) => `Kommentti ${i + 1}`);
    await Promise.all(texts.map((text) => backend.call('posts:comment', { id: post.id, text })));
    const stored = await backend.call('posts:get', { id: post.id });
    expect(stored.comments.map((comment) => comment.text)).toEqual(texts);
    await backend.repo.close();
  });

  it('a save is stored while a PDF export is still printing, and ten comments sent meanwhile all stay', async () => {
    const { backend, printer, call } = await slowBackend();
    await actAs(call as never, 'Aino Äijälä');
    const post = (await call('posts:create', { title: 'Kevättalkoot', date: '2026-03-14' })) as { id: string };
    const exporting = call('export:create', { format: 'pdf', selection: march });
    await printer.begun;
    expect(await answered(call('posts:update', { id: post.id, changes: { title: 'Kevättalkoot lauantaina' } }))).toBe(true);
    const texts = Array.from({ length: 10 }, (_, i) => `Kommentti ${i + 1}`);
    await Promise.all(texts.map((text) => call('posts:comment', { id: post.id, text })));
    expect(await stillWaiting(exporting)).toBe(true);
    printer.finish();
    expect(await exporting).toMatchObject({ mimeType: 'application/pdf' });
    const stored = (await call('posts:get', { id: post.id })) as { title: string; comments: { text: string }[] };
    expect(stored.title).toBe('Kevättalkoot lauantaina');
    expect(stored.comments.map((comment) => comment.text)).toEqual(texts);
    await backend.repo.close();
  });

  it('loading the sample association waits for a read in flight, and a read sent meanwhile sees the sample whole', async () => {
    const { backend, printer, call } = await slowBackend();
    const exporting = call('export:create', { format: 'pdf', selection: march });
    await printer.begun;
    const loading = call('setup:loadSample', {});
    const channels = call('channels:list', {}) as Promise<unknown[]>;
    expect(await stillWaiting(loading)).toBe(true);
    expect(await stillWaiting(channels)).toBe(true);
    printer.finish();
    await exporting;
    const loaded = (await loading) as { channels: number };
    expect((await channels).length).toBe(loaded.channels);
    expect(loaded.channels).toBeGreaterThan(0);
    await backend.repo.close();
  });
});
