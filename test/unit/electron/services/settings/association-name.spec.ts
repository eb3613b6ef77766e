import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';

describe('the association’s name', () => {
  it('cannot be emptied: the update is refused, saying why in the user’s language, and nothing changes on disk', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir, () => new Date('2026-03-05T10:00:00Z'), 'en-GB');
    await backend.call('association:update', { name: 'Kylä ry', website: 'www.kyla.example.fi' });
    expect((await backend.call('association:get', {})).website).toBe('https://www.kyla.example.fi');
    const before = snapshotFolder(dir);
    for (const name of ['', '   ']) {
      const result = await backend.dispatch('association:update', { name, email: 'hallitus@kyla.example.fi' });
      if (result.ok) throw new Error('accepted');
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.issues.map((issue) => issue.message)).toEqual(['v.required']);
    }
    expect(snapshotFolder(dir)).toEqual(before);
    expect((await backend.call('association:get', {})).name).toBe('Kylä ry');
  });
});
