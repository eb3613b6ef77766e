import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { invalidateAfter, invalidationMap, readChannels } from '../../../../renderer/api/invalidation-map';
import { queryKeys } from '../../../../renderer/api/query-keys';
import { channelNames } from '../../../../shared/api/contract';

const root = path.resolve(__dirname, '../../../..');

/** Every key the factory makes, with sample arguments: the shapes a declared prefix may match. */
function factoryKeys(node: unknown): unknown[][] {
  if (Array.isArray(node)) return [node];
  if (typeof node === 'function') return [(node as (...args: string[]) => unknown[])('a', 'b')];
  return Object.values(node as object).flatMap(factoryKeys);
}

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) => prefix.every((part, index) => key[index] === part);

describe('invalidation map', () => {
  it('lists every channel of the contract once: a read, or a mutation with what it refreshes', () => {
    const reads: readonly string[] = readChannels;
    const mutations = Object.keys(invalidationMap);
    expect(reads.filter((name) => mutations.includes(name))).toEqual([]);
    expect([...reads, ...mutations].sort()).toEqual([...channelNames].sort());
  });

  it('declares only prefixes that some query key has', () => {
    const keys = factoryKeys(queryKeys);
    const dangling = Object.entries(invalidationMap).flatMap(([channel, prefixes]) =>
      prefixes.filter((prefix) => !keys.some((key) => startsWith(key, prefix))).map((prefix) => `${channel} → ${JSON.stringify(prefix)}`),
    );
    expect(dangling).toEqual([]);
  });

  it('gives no two kinds of answer the same root, so one prefix never refreshes another domain by accident', () => {
    const roots = Object.entries(queryKeys).map(([name, node]) => [name, new Set(factoryKeys(node).map((key) => key[0]))] as const);
    const shared = roots.flatMap(([name, mine], index) =>
      roots.slice(index + 1).flatMap(([other, theirs]) => [...mine].filter((root) => theirs.has(root)).map((root) => `${name} and ${other} share ${String(root)}`)),
    );
    expect(shared).toEqual([]);
  });

  it('refreshes the checklists when the album pattern (a setting) changes', () => {
    expect(invalidationMap['settings:update']).toContainEqual(queryKeys.checklist.all);
    expect(invalidationMap['settings:update']).toContainEqual(queryKeys.coverage.all);
  });

  it('refreshes the post lists after a scheduled check only as publish:post does, when its answer says it recorded one (publish-queries.ts)', () => {
    expect(invalidationMap['publish:checkScheduled']).not.toContainEqual(queryKeys.posts.all);
    expect(invalidationMap['publish:post']).toContainEqual(queryKeys.posts.all);
  });

  it('reads "two versions" again after an edit of one post only when they name that post', async () => {
    const client = new QueryClient();
    const conflicts = () => client.getQueryState(queryKeys.plan.conflicts)?.isInvalidated;
    client.setQueryData(queryKeys.plan.conflicts, { posts: [], duties: [], copies: [], editedWhileDeleted: [{ postId: 'lost', title: null, deletedBy: null, deletedAt: null, editedBy: [] }] });
    await invalidateAfter(client, 'posts:update', [], 'another');
    expect(conflicts()).toBe(false);
    await invalidateAfter(client, 'posts:delete', [], 'lost');
    expect(conflicts()).toBe(true);
  });

  it('is the only place in the renderer that invalidates queries', () => {
    const files = fs
      .readdirSync(path.join(root, 'renderer'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
    const offenders = files.filter((file) => file !== path.join('renderer', 'api', 'invalidation-map.ts') && fs.readFileSync(path.join(root, file), 'utf8').includes('invalidateQueries'));
    expect(offenders).toEqual([]);
  });
});
