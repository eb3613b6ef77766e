import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { tempDir } from '../../../../support/temp-dir';

type Backend = Awaited<ReturnType<typeof backendOn>>;

/** Mondays from 7 December 2026, waiting for review. */
const weeklySeriesInReview = (backend: Backend) =>
  backend.call('series:create', {
    fields: { title: 'Viikkokuulumiset', time: '09:00', status: 'in-review' },
    date: '2026-12-07',
    repeat: { every: 'week', interval: 1, weekdays: ['MO'] },
    ends: { kind: 'never' },
  });

describe('reviewing one occurrence of a series', () => {
  it('approving and commenting an occurrence are kept with it alone, survive a reopen, and its history says it has none of its own', async () => {
    const clock = () => new Date('2026-11-25T10:00:00Z');
    const dir = tempDir();
    let backend = await backendOn(dir, clock);
    const series = await weeklySeriesInReview(backend);
    const first = `${series.id}_2026-12-07`;
    const second = `${series.id}_2026-12-14`;
    await backend.call('identity:set', { newVolunteer: { name: 'Maija Virtanen' } });

    const commented = await backend.call('posts:comment', { id: first, text: 'Hyvä, lisää kuva' });
    expect(commented.comments.map((comment) => `${comment.author}: ${comment.text}`)).toEqual(['Maija Virtanen: Hyvä, lisää kuva']);
    const approved = await backend.call('posts:approve', { id: first, overrideReason: 'Tarkistettu puhelimessa' });
    expect(approved).toMatchObject({ id: first, status: 'approved', approval: { by: 'Maija Virtanen' } });

    await backend.repo.close();
    backend = await backendOn(dir, clock);
    expect(await backend.call('posts:get', { id: first })).toMatchObject({ status: 'approved', approval: { by: 'Maija Virtanen' }, comments: [{ text: 'Hyvä, lisää kuva' }] });
    expect(await backend.call('posts:get', { id: second })).toMatchObject({ status: 'in-review', approval: null, comments: [] });

    const withComment = await backend.call('posts:get', { id: first });
    const removed = await backend.call('posts:deleteComment', { id: first, commentId: withComment.comments[0]?.id ?? '' });
    expect(removed.comments).toEqual([]);
    expect(await backend.call('posts:history', { id: first })).toEqual([]);
    await backend.repo.close();
  });

  it('refuses to approve an occurrence, or a whole series, by editing its status, as for a single post, and changes nothing', async () => {
    const backend = await backendOn(tempDir(), () => new Date('2026-11-25T10:00:00Z'));
    const series = await weeklySeriesInReview(backend);
    const first = `${series.id}_2026-12-07`;
    const refusal = { ok: false, error: { code: 'rejected', issues: [{ path: 'changes.status', message: 'v.approveWithAction' }] } };
    expect(await backend.dispatch('posts:update', { id: first, changes: { status: 'approved' } })).toMatchObject(refusal);
    expect(await backend.dispatch('series:edit', { id: first, scope: 'all', changes: { status: 'approved' } })).toMatchObject(refusal);
    expect(await backend.call('posts:get', { id: first })).toMatchObject({ status: 'in-review', approval: null });
    expect(await backend.call('posts:get', { id: `${series.id}_2026-12-14` })).toMatchObject({ status: 'in-review', approval: null });
    await backend.repo.close();
  });
});
