import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../../shared/api/contract';
import { validationMessage } from '../../../../shared/i18n/validation-messages';
import { backendOn } from '../../../support/backend';
import { snapshotFolder, tempDir } from '../../../support/temp-dir';
import { volunteerInput } from '../../../support/volunteer-input';

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let level = 0; level < depth; level += 1) value = level % 2 ? [value] : { title: value };
  return value;
}

async function folder() {
  const dir = tempDir();
  const backend = await backendOn(dir);
  const channel = await backend.call('channels:create', { kind: 'facebook-page', name: 'Facebook', url: '', goal: '', responsibleVolunteerId: null });
  const post = await backend.call('posts:create', { title: 'Kevättalkoot', date: '2026-03-28', channelIds: [channel.id] });
  const aino = await backend.call('volunteers:create', volunteerInput('Aino'));
  return { dir, backend, channel, post, aino };
}

describe('hostile input gets an answer and changes nothing', () => {
  it('a payload nested 100,000 deep is invalid input on every channel, never a throw', async () => {
    const { dir, backend } = await folder();
    const before = snapshotFolder(dir);
    const deep = nested(100_000);
    for (const name of channelNames) {
      for (const payload of [deep, { id: deep, title: deep, changes: deep }]) {
        const result = await backend.dispatch(name, payload);
        expect(result.ok, name).toBe(false);
        if (!result.ok) expect(result.error.code, name).toBe('invalid-input');
      }
    }
    expect(snapshotFolder(dir)).toEqual(before);
    // Two payloads on every channel (over 200 dispatches): 2.7 s at load 25, past vitest's 5 s when the lanes and builds load the machine more.
  }, 30_000);

  it('ids that are names every object inherits ("toString", "__proto__", "constructor") are refused with a message saying what an id is', async () => {
    const { dir, backend, post, aino } = await folder();
    await backend.call('posts:delete', { id: post.id });
    const before = snapshotFolder(dir);
    for (const id of ['toString', '__proto__', 'constructor', 'hasOwnProperty', '_leading', '-leading']) {
      const restore = await backend.dispatch('posts:restore', { id });
      expect(restore, id).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'id', message: 'v.idInvalid' }] } });
      const away = await backend.dispatch('volunteers:update', { id: aino.id, changes: { away: [{ id, from: '2026-07-01', to: '2026-07-31', yearly: true, note: '' }] } });
      expect(away, id).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      const tick = await backend.dispatch('checklist:tick', { postId: post.id, itemId: id, done: true });
      expect(tick, id).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(validationMessage('v.idInvalid', 'en')).toMatch(/letters, digits, - and _/);
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('the repository looks ids up as own entries only', async () => {
    const { backend } = await folder();
    expect(await backend.repo.restorePost('toString')).toBeUndefined();
    expect(await backend.repo.restorePost('constructor')).toBeUndefined();
  });

  it('100,000 away periods are refused at once, naming the limit and the count, and nothing is written', async () => {
    const { dir, backend, aino } = await folder();
    const before = snapshotFolder(dir);
    const away = Array.from({ length: 100_000 }, (_, index) => ({ id: `a${index}`, from: '2026-07-01', to: '2026-07-31', yearly: false, note: '' }));
    const started = performance.now();
    const result = await backend.dispatch('volunteers:update', { id: aino.id, changes: { away } });
    // "At once" means not in time growing with the count squared (minutes at 100,000); a bound a loaded CI machine (load 20) keeps.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'changes.away', message: 'v.tooMany?max=200&count=100000' }] } });
    if (!result.ok) expect(result.error.message).toContain('changes.away: At most 200 entries (there are 100,000).');
    expect(snapshotFolder(dir)).toEqual(before);
  }, 30_000);

  it('every stored list has a ceiling', async () => {
    const { dir, backend, post } = await folder();
    const before = snapshotFolder(dir);
    const many = (count: number, make: (index: number) => string): string[] => Array.from({ length: count }, (_, index) => make(index));
    const attempts = [
      backend.dispatch('posts:update', { id: post.id, changes: { tags: many(31, (index) => `tag${index}`) } }),
      backend.dispatch('posts:update', { id: post.id, changes: { channelIds: many(51, (index) => `c${index}`) } }),
      backend.dispatch('volunteers:create', volunteerInput('Bo', { channelIds: many(51, (index) => `c${index}`) })),
      backend.dispatch('duties:create', { type: 'response', volunteerId: null, from: '2026-03-16', to: '2026-03-22', channelIds: many(51, (index) => `c${index}`), note: '' }),
      backend.dispatch('roster:undoAccept', { savedIds: many(400, (index) => `s${index}`), replaced: [] }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!result.ok) expect(result.error.issues[0].message).toMatch(/^v\.tooMany\?max=\d+&count=\d+$/);
    }
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('a record past a limit of the folder (the 51st channel) is refused with the limit named, not an internal error', async () => {
    const { dir, backend } = await folder();
    for (let index = 1; index < 50; index += 1) await backend.call('channels:create', { kind: 'other', name: `Kanava ${index}`, url: '', goal: '', responsibleVolunteerId: null });
    const before = snapshotFolder(dir);
    const result = await backend.dispatch('channels:create', { kind: 'other', name: 'Kanava 51', url: '', goal: '', responsibleVolunteerId: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'channels', message: 'v.tooMany?max=50&count=51' }] } });
    expect(snapshotFolder(dir)).toEqual(before);
  }, 60_000);

  it('a 200,000-character text is refused with the limit and the length, in each language', async () => {
    const { dir, backend } = await folder();
    const before = snapshotFolder(dir);
    const result = await backend.dispatch('posts:create', { title: 'Liian pitkä', text: 'x'.repeat(200_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'text', message: 'v.tooLong?max=20000&count=200000' }] } });
    if (!result.ok) {
      expect(result.error.message).toContain('text: At most 20,000 characters (you have 200,000).');
      const key = result.error.issues[0].message;
      expect(validationMessage(key, 'fi')).toBe('Enintään 20\u00a0000 merkkiä (nyt 200\u00a0000).');
      expect(validationMessage(key, 'sv')).toBe('Högst 20\u00a0000 tecken (nu 200\u00a0000).');
    }
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
