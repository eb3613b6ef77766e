import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendOn, closeBackendsOn } from '../../../../support/backend';
import { tempDir } from '../../../../support/temp-dir';

/*
 * The daily safety copy holds the plan as it was before the day's first change, but that
 * change must not wait for it (writing every month as JSON took 12.9 s at 10,000 posts):
 * the change is acknowledged first, the copy is written once edits pause.
 */

const day1 = () => new Date('2026-11-25T10:00:00Z');
const day2 = () => new Date('2026-11-26T07:00:00Z');

describe('the daily safety copy', { timeout: 30_000 }, () => {
  it('is not on the first change’s path, and still holds the plan from before the day’s first change', async () => {
    const dir = tempDir();
    const yesterday = await backendOn(dir, day1);
    const post = await yesterday.call('posts:create', { title: 'Eilen', date: '2026-12-05' });
    await closeBackendsOn(dir);

    const today = await backendOn(dir, day2);
    await today.call('posts:update', { id: post.id, changes: { title: 'Tänään 1' } });
    // Acknowledged before the copy is written: nothing waited for reading and writing the whole plan.
    expect((await today.call('backups:list', {})).map((copy) => copy.kind)).toEqual([]);
    await today.call('posts:update', { id: post.id, changes: { title: 'Tänään 2' } });
    await closeBackendsOn(dir);

    const copies = await (await backendOn(dir, day2)).call('backups:list', {});
    expect(copies.map((copy) => [copy.kind, copy.takenAt])).toEqual([['daily', '2026-11-26T07:00:00.000Z']]);
    const month = JSON.parse(fs.readFileSync(path.join(dir, 'backups', copies[0].id, 'posts', '2026-12.json'), 'utf8')) as { posts: Record<string, { title: string }> | { title: string }[] };
    expect(Object.values(month.posts).map((kept) => kept.title)).toEqual(['Eilen']);
    expect((await (await backendOn(dir, day2)).call('posts:get', { id: post.id })).title).toBe('Tänään 2');
    await closeBackendsOn(dir);
  });
});
