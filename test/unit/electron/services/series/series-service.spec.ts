import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';

describe('recurring posts through the contract', () => {
  it('posts:list gives stored posts and occurrences in calendar order, as the agenda lists them', async () => {
    // Occurrences were appended after the stored posts: the agenda showed a Thursday's occurrence after Friday's post.
    const backend = await backendOn(tempDir(), () => new Date('2026-11-25T10:00:00Z'));
    await backend.call('posts:create', { title: 'Perjantain tiedote', date: '2026-12-04', time: '18:00' });
    await backend.call('posts:create', { title: 'Maanantain muistutus', date: '2026-11-30', time: '08:00' });
    await backend.call('series:create', { fields: { title: 'Torstain kyläkuulumiset', time: '18:00', status: 'draft' }, date: '2026-12-03', repeat: { every: 'week', interval: 1, weekdays: ['TH'] }, ends: { kind: 'after', count: 2 } });
    await backend.call('series:create', { fields: { title: 'Tiistain vinkki', time: '12:00', status: 'draft' }, date: '2026-12-01', repeat: { every: 'week', interval: 1, weekdays: ['TU'] }, ends: { kind: 'after', count: 2 } });
    const listed = (await backend.call('posts:list', { from: '2026-11-30', to: '2026-12-13' })).map((post) => `${post.date} ${post.title}`);
    expect(listed).toEqual([
      '2026-11-30 Maanantain muistutus',
      '2026-12-01 Tiistain vinkki',
      '2026-12-03 Torstain kyläkuulumiset',
      '2026-12-04 Perjantain tiedote',
      '2026-12-08 Tiistain vinkki',
      '2026-12-10 Torstain kyläkuulumiset',
    ]);
  });

  it('a weekly series shows in posts:list, the checklist and the duty coverage per occurrence; edits ask this / following / all; it survives a reopen', async () => {
    const clock = () => new Date('2026-11-25T10:00:00Z');
    const dir = tempDir();
    let backend = await backendOn(dir, clock);
    // Chosen on a Wednesday: the series starts on the first Monday after it.
    const series = await backend.call('series:create', {
      fields: { title: 'Viikkokuulumiset', time: '09:00', status: 'draft' },
      date: '2026-12-02',
      repeat: { every: 'week', interval: 1, weekdays: ['MO'] },
      ends: { kind: 'after', count: 4 },
    });
    expect(series.start).toBe('2026-12-07');
    const december = { from: '2026-12-01', to: '2026-12-31' };
    const titles = async () => (await backend.call('posts:list', december)).map((post) => `${post.date} ${post.time} ${post.title}`).sort();
    expect(await titles()).toEqual(['2026-12-07 09:00 Viikkokuulumiset', '2026-12-14 09:00 Viikkokuulumiset', '2026-12-21 09:00 Viikkokuulumiset', '2026-12-28 09:00 Viikkokuulumiset']);
    expect(await backend.call('posts:get', { id: `${series.id}_2026-12-14` })).toMatchObject({ title: 'Viikkokuulumiset', date: '2026-12-14' });
    expect((await backend.call('checklist:range', december)).map((result) => result.postId).sort()).toEqual([0, 1, 2, 3].map((week) => `${series.id}_2026-12-${String(7 + week * 7).padStart(2, '0')}`));
    expect((await backend.call('roster:coverage', december)).goingOut).toBe(4);

    await backend.call('series:edit', { id: `${series.id}_2026-12-14`, scope: 'this', changes: { date: '2026-12-15', title: 'Siirretty' } });
    await backend.call('series:edit', { id: `${series.id}_2026-12-21`, scope: 'following', changes: { time: '18:00' } });
    // The post editor's own save and delete change the one occurrence.
    await backend.call('posts:update', { id: `${series.id}_2026-12-07`, changes: { title: 'Vain tämä' } });
    expect(await titles()).toContain('2026-12-07 09:00 Vain tämä');
    await backend.call('posts:delete', { id: `${series.id}_2026-12-07` });
    const expected = ['2026-12-15 09:00 Siirretty', '2026-12-21 18:00 Viikkokuulumiset', '2026-12-28 18:00 Viikkokuulumiset'];
    expect(await titles()).toEqual(expected);

    // A checklist tick belongs to its occurrence alone.
    await backend.call('identity:set', { newVolunteer: { name: 'Maija Virtanen' } });
    // "This and following" made a new series: its occurrences have its id.
    const [, first, second] = (await backend.call('posts:list', december)).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')).map((post) => post.id);
    const item = (await backend.call('checklist:post', { id: first })).items.find((one) => one.tickable);
    expect(item).toBeDefined();
    await backend.call('checklist:tick', { postId: first, itemId: item?.id ?? '', done: true });
    expect(first).toMatch(/_2026-12-21$/);
    expect(Object.keys((await backend.call('posts:get', { id: first })).checklist)).toEqual([item?.id]);
    expect((await backend.call('posts:get', { id: second })).checklist).toEqual({});

    await backend.repo.close();
    backend = await backendOn(dir, clock);
    expect(await titles()).toEqual(expected);

    const before = snapshotFolder(dir);
    expect(await backend.dispatch('series:edit', { id: `${series.id}_2026-12-08`, scope: 'this', changes: { title: 'Ei ole' } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await backend.dispatch('series:create', { fields: { title: 'Tyhjä' }, date: '2026-12-02', repeat: { every: 'week', interval: 1, weekdays: [] }, ends: { kind: 'never' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(snapshotFolder(dir)).toEqual(before);
    await backend.repo.close();
  });

  it('a cancel answers with the series as it was, and its undo brings back what it took (the occurrence’s own edits too) while keeping later changes; refused for another series, changing nothing', async () => {
    let now = new Date('2026-11-25T10:00:00Z');
    const dir = tempDir();
    const backend = await backendOn(dir, () => now);
    const series = await backend.call('series:create', { fields: { title: 'Kuoro', time: '18:00' }, date: '2026-12-07', repeat: { every: 'week', interval: 1, weekdays: ['MO'] }, ends: { kind: 'never' } });
    const december = { from: '2026-12-01', to: '2026-12-31' };
    const shown = async () => (await backend.call('posts:list', december)).map((post) => `${post.date} ${post.title}`).sort();
    await backend.call('series:edit', { id: `${series.id}_2026-12-14`, scope: 'this', changes: { title: 'Joulukonsertti' } });
    const all = await shown();

    const thisOne = await backend.call('series:cancel', { id: `${series.id}_2026-12-14`, scope: 'this' });
    expect(Object.entries(thisOne.before.overrides).map(([day, override]) => `${day} ${override.changes.title}`)).toEqual(['2026-12-14 Joulukonsertti']);
    // Changed on another laptop meanwhile: kept by the undo.
    now = new Date('2026-11-25T10:05:00Z');
    await backend.call('series:edit', { id: `${series.id}_2026-12-21`, scope: 'this', changes: { title: 'Kauneimmat joululaulut' } });
    await backend.call('series:uncancel', { id: `${series.id}_2026-12-14`, scope: 'this', before: thisOne.before });
    expect(await shown()).toEqual(all.map((line) => (line.startsWith('2026-12-21') ? '2026-12-21 Kauneimmat joululaulut' : line)));

    const following = await backend.call('series:cancel', { id: `${series.id}_2026-12-21`, scope: 'following' });
    expect(await shown()).toEqual(['2026-12-07 Kuoro', '2026-12-14 Joulukonsertti']);
    await backend.call('series:uncancel', { id: `${series.id}_2026-12-21`, scope: 'following', before: following.before });
    const whole = await backend.call('series:cancel', { id: `${series.id}_2026-12-07`, scope: 'all' });
    expect(await shown()).toEqual([]);
    await backend.call('series:uncancel', { id: `${series.id}_2026-12-07`, scope: 'all', before: whole.before });
    expect(await shown()).toEqual(all.map((line) => (line.startsWith('2026-12-21') ? '2026-12-21 Kauneimmat joululaulut' : line)));

    const untouched = snapshotFolder(dir);
    expect(await backend.dispatch('series:uncancel', { id: `other_2026-12-14`, scope: 'this', before: whole.before })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(snapshotFolder(dir)).toEqual(untouched);
  });
});
