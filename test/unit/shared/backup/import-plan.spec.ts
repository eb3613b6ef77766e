import { describe, expect, it } from 'vitest';
import type { FolderData } from '../../../../shared/backup/folder-data';
import { canonicalJson } from '../../../../shared/backup/folder-data';
import { applyImport, summarize } from '../../../../shared/backup/import-plan';
import { newMainDocument } from '../../../../electron/storage/repository';
import { channels, posts, volunteers } from '../../../support/export-fixture';

const folder = (changes: Partial<FolderData['main']> = {}, postList = posts): FolderData => ({
  main: { ...newMainDocument('fi-FI'), channels, volunteers, ...changes },
  posts: postList,
  trash: [],
});
const meta = { source: 'backup' as const, fileName: 'b.json', exportedAt: null, skippedRows: 0, modes: ['replace' as const, 'merge' as const] };

describe('what an import would change', () => {
  it('compares records whatever order their fields are in', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } })).toBe(canonicalJson({ a: { c: [3, { e: 0, f: 1 }], d: 2 }, b: 1 }));
  });

  it('counts new, updated, unchanged, conflicting and only-here posts, and merges them', () => {
    const [a, b, c, d] = posts;
    const incoming = folder({}, [{ ...a, title: 'newer', updatedAt: '2026-03-01T00:00:00.000Z' }, { ...b, title: 'older', updatedAt: '2026-01-01T00:00:00.000Z' }, c]);
    const current = folder({}, [a, b, d]);
    const summary = summarize(incoming, current, meta);
    expect(summary.counts.posts).toEqual({ new: 1, updated: 1, unchanged: 0, conflicting: 1, onlyHere: 1 });
    expect(summary.conflicts).toEqual([{ kind: 'posts', id: b.id, label: 'older' }]);
    expect(summary.counts.channels).toEqual({ new: 0, updated: 0, unchanged: 3, conflicting: 0, onlyHere: 0 });

    const kept = applyImport(incoming, current, 'merge', 'keep');
    expect(kept.posts.map((p) => [p.id, p.title])).toEqual([[a.id, 'newer'], [b.id, b.title], [d.id, d.title], [c.id, c.title]]);
    expect(applyImport(incoming, current, 'merge', 'overwrite').posts.find((p) => p.id === b.id)?.title).toBe('older');
    expect(applyImport(incoming, current, 'replace', 'keep')).toBe(incoming);
  });

  it('calls differing channels and settings conflicts (they carry no time stamp) and keeps ours unless told', () => {
    const incoming = folder({ channels: [{ ...channels[0], name: 'FB' }], settings: { ...newMainDocument('sv-FI').settings } });
    const current = folder();
    const summary = summarize(incoming, current, meta);
    expect(summary.counts.channels).toEqual({ new: 0, updated: 0, unchanged: 0, conflicting: 1, onlyHere: 2 });
    expect(summary.settings).toBe('conflicting');
    expect(applyImport(incoming, current, 'merge', 'keep').main.channels[0].name).toBe('Facebook-sivu');
    expect(applyImport(incoming, current, 'merge', 'keep').main.settings.language).toBe('fi');
    expect(applyImport(incoming, current, 'merge', 'overwrite').main.settings.language).toBe('sv');
  });
});
