import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';

describe('the idea backlog through the contract', () => {
  it('keeps the idea↔post link through the post’s edits, its deletion and its restoring, and reopens with it', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir);
    const idea = await backend.call('ideas:create', { title: 'Kyläkävely', description: 'Opastettu kävely vanhoille kylätonteille', proposer: 'Maija Mäki', tags: ['kesä'] });
    await backend.call('ideas:support', { id: idea.id, name: 'Pekka' });
    await backend.call('ideas:support', { id: idea.id, name: '' });
    const other = await backend.call('ideas:create', { title: 'Yksi kannattaja' });
    await backend.call('ideas:support', { id: other.id, name: '' });

    const { post, idea: linked } = await backend.call('ideas:toPost', { id: idea.id });
    expect(post).toMatchObject({ title: 'Kyläkävely', text: 'Opastettu kävely vanhoille kylätonteille', tags: ['kesä'], status: 'draft' });
    expect(linked).toMatchObject({ status: 'planned', links: [{ kind: 'post', id: post.id }] });

    await backend.call('posts:update', { id: post.id, changes: { title: 'Kyläkävely 14.6.', date: '2027-06-14' } });
    expect((await backend.call('ideas:list', {})).map(({ idea: entry, became }) => [entry.title, entry.supporters.length, became])).toEqual([
      ['Kyläkävely', 2, [{ kind: 'post', id: post.id, title: 'Kyläkävely 14.6.' }]],
      ['Yksi kannattaja', 1, []],
    ]);

    await backend.call('posts:delete', { id: post.id });
    const [afterDelete] = await backend.call('ideas:list', {});
    expect(afterDelete).toMatchObject({ idea: { id: idea.id, status: 'planned', links: [{ kind: 'post', id: post.id }] }, became: [{ kind: 'post', id: post.id, title: null }] });

    await backend.call('posts:restore', { id: post.id });
    await backend.repo.close();
    const reopened = await backendOn(dir);
    const [afterRestore] = await reopened.call('ideas:list', {});
    expect(afterRestore.became).toEqual([{ kind: 'post', id: post.id, title: 'Kyläkävely 14.6.' }]);
    await reopened.repo.close();
  });

  it('turns an idea into a weekly series linked both ways, named as it is now, and deleting the series keeps the idea', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir);
    const idea = await backend.call('ideas:create', { title: 'Viikon kuva', description: 'Kuva kylältä joka torstai', tags: ['kuvat'] });
    // 2027-01-07 is a Thursday: the series repeats on Thursdays from then.
    const { series, idea: linked } = await backend.call('ideas:toSeries', { id: idea.id, date: '2027-01-07' });
    expect(series).toMatchObject({ start: '2027-01-07', repeat: { every: 'week', interval: 1, weekdays: ['TH'] }, ends: { kind: 'never' }, fields: { title: 'Viikon kuva', text: 'Kuva kylältä joka torstai', tags: ['kuvat'], status: 'draft' } });
    expect(linked).toMatchObject({ status: 'planned', links: [{ kind: 'series', id: series.id }] });
    const first = `${series.id}_2027-01-07`;
    expect((await backend.call('ideas:list', {}))[0].became).toEqual([{ kind: 'series', id: series.id, title: 'Viikon kuva', opens: first }]);
    // Renamed for all, the idea names it as it is now.
    await backend.call('series:edit', { id: first, scope: 'all', changes: { title: 'Torstain kuva' } });
    expect((await backend.call('ideas:list', {}))[0].became).toMatchObject([{ kind: 'series', title: 'Torstain kuva' }]);

    await backend.call('series:cancel', { id: first, scope: 'all' });
    const [afterDelete] = await backend.call('ideas:list', {});
    expect(afterDelete).toMatchObject({ idea: { id: idea.id, title: 'Viikon kuva', links: [{ kind: 'series', id: series.id }] }, became: [{ kind: 'series', id: series.id, title: null }] });
    await expect(backend.call('ideas:toSeries', { id: idea.id, date: '7.1.2027' })).rejects.toThrow();
    await backend.repo.close();
  });

  it('an idea whose series is split by "this and following" shows both parts, the later one as edited', async () => {
    // It stayed linked to the first part only: the later occurrences no longer said which idea they came from.
    const backend = await backendOn(tempDir());
    const idea = await backend.call('ideas:create', { title: 'Viikon kuva' });
    const { series } = await backend.call('ideas:toSeries', { id: idea.id, date: '2027-01-07' });
    const later = await backend.call('series:edit', { id: `${series.id}_2027-01-21`, scope: 'following', changes: { title: 'Torstain kuva', time: '18:00' } });
    const [{ idea: linked, became }] = await backend.call('ideas:list', {});
    expect(became).toEqual([
      { kind: 'series', id: series.id, title: 'Viikon kuva', opens: `${series.id}_2027-01-07` },
      { kind: 'series', id: expect.not.stringMatching(series.id), title: 'Torstain kuva', opens: later.id },
    ]);
    expect(linked.links.map((link) => link.id)).toEqual(became.map((entry) => entry.id));
    // Split again on its first day, the later part is changed as a whole: no third link.
    await backend.call('series:edit', { id: later.id, scope: 'following', changes: { title: 'Torstaikuva' } });
    expect((await backend.call('ideas:list', {}))[0].became.map((entry) => entry.title)).toEqual(['Viikon kuva', 'Torstaikuva']);
    await backend.repo.close();
  });

  it('refuses a dropped idea without a reason, changing nothing', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir);
    const idea = await backend.call('ideas:create', { title: 'Ilotulitus' });
    const before = snapshotFolder(dir);
    expect(await backend.dispatch('ideas:update', { id: idea.id, changes: { status: 'dropped' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'changes.statusReason', message: 'v.ideaDroppedReason' }] },
    });
    expect(snapshotFolder(dir)).toEqual(before);
    expect(await backend.call('ideas:update', { id: idea.id, changes: { status: 'dropped', statusReason: 'Luvat puuttuvat' } })).toMatchObject({ status: 'dropped', statusReason: 'Luvat puuttuvat' });
    await backend.repo.close();
  });
});

describe('campaigns through the contract', () => {
  it('places a template’s posts as drafts, moves them all with the key date and back on undo, keeping 18:00', async () => {
    const backend = await backendOn(tempDir());
    const idea = await backend.call('ideas:create', { title: 'Koulun puolesta' });
    const campaign = await backend.call('campaigns:create', { name: 'Koulukeräys', keyDate: '2027-04-02', templateId: 'builtin-event', ideaId: idea.id });
    const placed = async () => (await backend.call('campaigns:list', {}))[0].posts.map(({ offsetDays, post }) => [offsetDays, post?.date, post?.time, post?.status]);
    expect(await placed()).toEqual([
      [-14, '2027-03-19', '18:00', 'draft'],
      [-7, '2027-03-26', '18:00', 'draft'],
      [-1, '2027-04-01', '18:00', 'draft'],
      [0, '2027-04-02', '12:00', 'draft'],
      [1, '2027-04-03', '18:00', 'draft'],
    ]);
    const [entry] = await backend.call('campaigns:list', {});
    expect(entry.ideaTitle).toBe('Koulun puolesta');
    expect(entry.posts[1].post?.title).toBe('Koulukeräys: Ilmoitus');
    expect((await backend.call('ideas:list', {}))[0].became).toEqual([{ kind: 'campaign', id: campaign.id, title: 'Koulukeräys' }]);

    // A post deleted meanwhile stays deleted; the others move, and undo (the move back) restores every date.
    await backend.call('posts:delete', { id: entry.posts[4].postId });
    const move = await backend.call('campaigns:moveKeyDate', { id: campaign.id, keyDate: '2027-03-12' });
    expect(move).toMatchObject({ previousKeyDate: '2027-04-02', moved: 4, campaign: { keyDate: '2027-03-12' } });
    expect(await placed()).toEqual([
      [-14, '2027-02-26', '18:00', 'draft'],
      [-7, '2027-03-05', '18:00', 'draft'],
      [-1, '2027-03-11', '18:00', 'draft'],
      [0, '2027-03-12', '12:00', 'draft'],
      [1, undefined, undefined, undefined],
    ]);
    await backend.call('campaigns:moveKeyDate', { id: campaign.id, keyDate: move.previousKeyDate });
    expect((await placed()).slice(0, 4)).toEqual([
      [-14, '2027-03-19', '18:00', 'draft'],
      [-7, '2027-03-26', '18:00', 'draft'],
      [-1, '2027-04-01', '18:00', 'draft'],
      [0, '2027-04-02', '12:00', 'draft'],
    ]);
    await backend.repo.close();
  });

  it('refuses a move that would put a post on a skipped hour, moving nothing; an edited template is the team’s', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir);
    const [event] = await backend.call('campaigns:templates', {});
    const night = { ...event, name: 'Yöjuoksu', steps: [{ id: 'start', offsetDays: 0, title: 'Lähtö', time: '03:30', contentType: 'event' as const }, ...event.steps.slice(0, 1)] };
    await backend.call('campaigns:saveTemplate', night);
    expect((await backend.call('campaigns:templates', {})).map((template) => template.name)).toEqual(['Yöjuoksu', 'Varainkeruu']);
    const campaign = await backend.call('campaigns:create', { name: 'Yöjuoksu', keyDate: '2027-03-21', templateId: event.id });
    const before = snapshotFolder(dir);
    expect(await backend.dispatch('campaigns:moveKeyDate', { id: campaign.id, keyDate: '2027-03-28' })).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ message: 'v.timeInGap' }] } });
    expect(snapshotFolder(dir)).toEqual(before);
    const [entry] = await backend.call('campaigns:list', {});
    expect(entry.campaign.keyDate).toBe('2027-03-21');
    expect(entry.posts.map(({ post }) => post?.date)).toEqual(['2027-03-07', '2027-03-21']);
    await backend.repo.close();
  });
});
