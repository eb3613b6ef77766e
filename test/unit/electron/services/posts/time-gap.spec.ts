import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../../../shared/api/contract-kit';
import { localDate, localTime } from '../../../../../shared/domain/local-time';
import { newPost } from '../../../../../shared/domain/post';
import { validationMessage } from '../../../../../shared/i18n/validation-messages';
import { backendOn } from '../../../../support/backend';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';

/*
 * A post at a time the association's zone skips (the spring change) is refused by the
 * services, whichever way it comes: a new post, an edit, a move to another day. The
 * refusal names the nearest time that exists and leaves every byte on disk as it was.
 */

function refusal(result: ApiResult<unknown>) {
  if (result.ok) throw new Error('accepted');
  return result.error;
}

async function folder(timeZone = 'Europe/Helsinki') {
  const dir = tempDir();
  const backend = await backendOn(dir);
  await backend.call('settings:update', { timeZone });
  const post = await backend.call('posts:create', { title: 'Yöjuttu', date: '2026-03-28', time: '03:30' });
  return { dir, backend, post };
}

describe('the services refuse a post at a time that does not exist', () => {
  it('refuses a new post at 03:30 on 29.3.2026 in Helsinki, naming 04:00, and writes nothing', async () => {
    const { dir, backend } = await folder();
    const before = snapshotFolder(dir);
    const error = refusal(await backend.dispatch('posts:create', { title: 'Kevät', date: '2026-03-29', time: '03:30' }));
    expect(error.code).toBe('rejected');
    expect(error.issues).toEqual([{ path: 'time', message: 'v.timeInGap', params: { date: '2026-03-29', time: '03:30', next: '04:00' }, received: '03:30' }]);
    expect(error.message).toContain('03:30 does not exist on 29/3/2026 (the clocks go forward); the nearest possible time is 04:00.');
    expect(validationMessage(error.issues[0].message, 'fi', error.issues[0].params)).toBe('Kello 03.30 ei ole olemassa 29.3.2026 (kesäaikaan siirrytään); lähin mahdollinen aika on 04.00.');
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses an edit of the time and a move of the day into the gap; the post stays where it was', async () => {
    const { dir, backend, post } = await folder();
    const before = snapshotFolder(dir);
    const edit = refusal(await backend.dispatch('posts:update', { id: post.id, changes: { date: '2026-03-29', time: '03:00' } }));
    expect(edit.issues).toEqual([expect.objectContaining({ path: 'changes.time', message: 'v.timeInGap', params: { date: '2026-03-29', time: '03:00', next: '04:00' } })]);
    // Dragging the 03:30 post from Saturday to Sunday changes only its date (calendar moves keep the time).
    const move = refusal(await backend.dispatch('posts:update', { id: post.id, changes: { date: '2026-03-29' } }));
    expect(move.issues[0]).toMatchObject({ path: 'changes.time', message: 'v.timeInGap', params: { next: '04:00' } });
    expect(snapshotFolder(dir)).toEqual(before);
    expect(await (await backendOn(dir)).repo.findPost(post.id)).toMatchObject({ date: '2026-03-28', time: '03:30' });
  });

  it('accepts the times around the gap and the repeated autumn hour', async () => {
    const { backend } = await folder();
    for (const [date, time] of [['2026-03-29', '02:59'], ['2026-03-29', '04:00'], ['2026-10-25', '03:30']]) {
      expect((await backend.dispatch('posts:create', { title: `${date} ${time}`, date, time })).ok, `${date} ${time}`).toBe(true);
    }
  });

  it('uses the association’s own zone: 02:30 on 8.3.2026 in New York is refused, naming 03:00', async () => {
    const { backend } = await folder('America/New_York');
    const error = refusal(await backend.dispatch('posts:create', { title: 'Spring forward', date: '2026-03-08', time: '02:30' }));
    expect(error.issues[0]).toMatchObject({ message: 'v.timeInGap', params: { next: '03:00' } });
    expect((await backend.dispatch('posts:create', { title: 'Helsinki gap is fine here', date: '2026-03-29', time: '03:30' })).ok).toBe(true);
  });

  it('keeps a post stored in the gap before the check editable, as long as its time is not changed into another gap', async () => {
    const { dir, backend } = await folder();
    await backend.repo.insertPost({ ...newPost({ title: 'Vanha' }, 'legacy', '2026-01-01T00:00:00.000Z'), date: localDate('2026-03-29'), time: localTime('03:30') });
    expect((await backend.dispatch('posts:update', { id: 'legacy', changes: { title: 'Vanha, korjattu' } })).ok).toBe(true);
    expect(refusal(await backend.dispatch('posts:update', { id: 'legacy', changes: { time: '03:45' } })).issues[0].message).toBe('v.timeInGap');
    expect((await backend.dispatch('posts:update', { id: 'legacy', changes: { time: '04:00' } })).ok).toBe(true);
    expect(await (await backendOn(dir)).repo.findPost('legacy')).toMatchObject({ title: 'Vanha, korjattu', time: '04:00' });
  });
});
