import { describe, expect, it } from 'vitest';
import type { Idea } from '../../../../shared/domain/idea';
import { Idea as IdeaSchema } from '../../../../shared/domain/idea';
import { bySupport, ideaBehind, linkedIdea } from '../../../../shared/ideas/idea-backlog';

const at = '2026-11-01T10:00:00.000Z';
function idea(id: string, supporters: number, status: Idea['status'] = 'new', createdAt = at): Idea {
  return {
    id,
    title: id,
    description: '',
    proposer: '',
    tags: [],
    status,
    statusReason: status === 'dropped' ? 'no volunteers' : '',
    supporters: Array.from({ length: supporters }, (_, index) => ({ id: `${id}-${index}`, name: '', at })),
    links: [],
    createdAt,
    updatedAt: createdAt,
  };
}

describe('the idea backlog', () => {
  it('lists open ideas by support, the older first on a tie, and done or dropped ones after them', () => {
    const ideas = [idea('few', 1), idea('done', 9, 'done'), idea('many', 5), idea('tie-new', 1, 'planned', '2026-11-02T00:00:00.000Z'), idea('dropped', 7, 'dropped')];
    expect(bySupport(ideas).map((entry) => entry.id)).toEqual(['many', 'few', 'tie-new', 'done', 'dropped']);
  });

  it('records what an idea became on the idea, and plans a new one', () => {
    const linked = linkedIdea(idea('x', 2), { kind: 'post', id: 'p1' }, '2026-11-05T00:00:00.000Z');
    expect(linked).toMatchObject({ status: 'planned', links: [{ kind: 'post', id: 'p1' }], updatedAt: '2026-11-05T00:00:00.000Z' });
    expect(linkedIdea({ ...linked, status: 'done' }, { kind: 'campaign', id: 'c1' }, at).status).toBe('done');
    expect(ideaBehind([idea('other', 0), linked], { kind: 'post', id: 'p1' })?.id).toBe('x');
    expect(ideaBehind([linked], { kind: 'campaign', id: 'p1' })).toBeUndefined();
  });

  it('refuses a dropped idea without a reason for everyone to see', () => {
    const result = IdeaSchema.safeParse({ ...idea('x', 0), status: 'dropped', statusReason: '  ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['statusReason'], message: 'v.ideaDroppedReason' });
  });
});
