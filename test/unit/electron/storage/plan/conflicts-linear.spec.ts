import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { fieldConflictsOf, isLinear } from '../../../../../electron/storage/plan/conflicts';

/*
 * A month whose history has no concurrent changes is not walked post by post (conflicts.ts#isLinear):
 * Automerge keeps two values of a field only for operations neither of which had seen the other.
 */

type Doc = { posts: Record<string, { title: string; updatedAt: string }> };
const changes = (doc: A.Doc<Doc>) => A.getChangesMetaSince(doc, []);

describe('a month history with no concurrent changes', () => {
  it('passed from laptop to laptop (each its own actor) is linear and holds no two values; edited at once it is not, and the two are found', () => {
    const start = A.change(A.init<Doc>({ actor: 'aa' }), (doc) => (doc.posts = { p1: { title: 'Kokous', updatedAt: '1' } }));
    // Another session (another actor) edits after loading everything: one after the other.
    const after = A.change(A.load<Doc>(A.save(start), { actor: 'bb' }), (doc) => (doc.posts.p1.title = 'Kevätkokous'));
    const again = A.change(A.load<Doc>(A.save(after), { actor: 'cc' }), (doc) => (doc.posts.p1.title = 'Syyskokous'));
    expect(isLinear(changes(again))).toBe(true);
    expect(A.getConflicts(again.posts.p1, 'title')).toBeUndefined();
    expect(fieldConflictsOf(again, changes(again)).posts).toEqual([]);

    // Two laptops edit the same start without seeing each other's change.
    const other = A.change(A.load<Doc>(A.save(after), { actor: 'dd' }), (doc) => (doc.posts.p1.title = 'Talvikokous'));
    const merged = A.merge(A.clone(again), other);
    expect(isLinear(changes(merged))).toBe(false);
    expect(fieldConflictsOf(merged, changes(merged)).posts.map(({ postId, fields }) => [postId, fields.map((field) => field.values.length)])).toEqual([['p1', [2]]]);
  });
});
