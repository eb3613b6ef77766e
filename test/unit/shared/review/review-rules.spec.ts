import { describe, expect, it } from 'vitest';
import { addComment, approvePost, awaitingReview, canApprove, removeComment, reviewEdit } from '../../../../shared/review/review-rules';
import { localDate } from '../../../../shared/domain/local-time';
import type { PostFields } from '../../../../shared/domain/post';
import { newPost } from '../../../../shared/domain/post';

const NOW = '2026-11-25T10:00:00.000Z';
const make = (id: string, fields: Partial<PostFields> = {}) => newPost({ title: id, ...fields }, id, NOW);

describe('approving', () => {
  it('records who approved and when, and makes the post approved', () => {
    const approved = approvePost(make('p', { status: 'in-review' }), 'Maija Virtanen', '2026-11-26T08:00:00.000Z');
    expect(approved).toMatchObject({ status: 'approved', approval: { by: 'Maija Virtanen', at: '2026-11-26T08:00:00.000Z' } });
  });

  it('is possible for work in progress, not for published or cancelled posts', () => {
    expect(canApprove(make('p', { status: 'in-review' }))).toBe(true);
    expect(canApprove(make('p', { status: 'draft' }))).toBe(true);
    expect(canApprove(make('p', { status: 'published' }))).toBe(false);
    expect(canApprove(make('p', { status: 'cancelled' }))).toBe(false);
  });
});

describe('status changes in an edit', () => {
  it('lets a post go to review without asking anything', () => {
    const before = make('p', { status: 'draft' });
    expect(reviewEdit(before, { ...before, status: 'in-review' })).toEqual({ ok: true, post: { ...before, status: 'in-review' } });
  });

  it('refuses to make a post approved without the approve action', () => {
    const before = make('p', { status: 'in-review' });
    expect(reviewEdit(before, { ...before, status: 'approved' })).toEqual({ ok: false, problem: 'approveWithAction' });
  });

  it('keeps the approval while the post stays approved or is published', () => {
    const approved = approvePost(make('p', { status: 'in-review' }), 'Maija', NOW);
    expect(reviewEdit(approved, { ...approved, text: 'Korjattu' })).toMatchObject({ ok: true, post: { approval: { by: 'Maija' } } });
    expect(reviewEdit(approved, { ...approved, status: 'published' })).toMatchObject({ ok: true, post: { approval: { by: 'Maija' } } });
  });

  it('drops the approval of a post sent back to draft', () => {
    const approved = approvePost(make('p', { status: 'in-review' }), 'Maija', NOW);
    expect(reviewEdit(approved, { ...approved, status: 'draft' })).toMatchObject({ ok: true, post: { status: 'draft', approval: null } });
  });
});

describe('comments', () => {
  it('adds a comment with its author and time, and removes it by id', () => {
    const commented = addComment(make('p'), { id: 'c1', author: 'Liisa', text: 'Lisää alt-teksti.' }, NOW);
    expect(commented.comments).toEqual([{ id: 'c1', author: 'Liisa', at: NOW, text: 'Lisää alt-teksti.' }]);
    expect(removeComment(commented, 'c1', NOW)?.comments).toEqual([]);
    expect(removeComment(commented, 'nope', NOW)).toBeNull();
  });
});

describe('what waits for review', () => {
  it('lists posts in review from today through the next N weeks, undated ones last', () => {
    const posts = [
      make('yesterday', { status: 'in-review', date: localDate('2026-11-24') }),
      make('soon', { status: 'in-review', date: localDate('2026-11-30') }),
      make('draft', { status: 'draft', date: localDate('2026-11-30') }),
      make('last-day', { status: 'in-review', date: localDate('2026-12-08') }),
      make('too-far', { status: 'in-review', date: localDate('2026-12-09') }),
      make('undated', { status: 'in-review' }),
    ];
    expect(awaitingReview(posts, localDate('2026-11-25'), 2).map((post) => post.id)).toEqual(['soon', 'last-day', 'undated']);
  });
});
