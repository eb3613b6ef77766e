import { describe, expect, it } from 'vitest';
import { ChangeAuthor, PostVersion } from '../../../../shared/domain/post-history';

const version = { version: '2026-03-01T10:00:00.000Z', at: '2026-03-01T10:00:00.000Z', author: { volunteerId: null, name: 'Aino' }, fields: ['title'] };

describe('post history', () => {
  it('accepts a version with or without an author', () => {
    expect(PostVersion.parse(version)).toEqual(version);
    expect(PostVersion.safeParse({ ...version, author: null }).success).toBe(true);
  });

  it('refuses an author without a name, an empty version, a date that is not an instant and unknown keys', () => {
    expect(ChangeAuthor.safeParse({ volunteerId: null, name: '' }).success).toBe(false);
    expect(ChangeAuthor.safeParse({ volunteerId: '__proto__', name: 'Aino' }).success).toBe(false);
    expect(PostVersion.safeParse({ ...version, version: '' }).success).toBe(false);
    expect(PostVersion.safeParse({ ...version, at: '2026-03-01' }).success).toBe(false);
    expect(PostVersion.safeParse({ ...version, extra: 1 }).success).toBe(false);
    expect(PostVersion.safeParse({ ...version, fields: ['x'.repeat(65)] }).success).toBe(false);
  });
});
