import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MainDocument } from '../../../../shared/domain/documents';
import { Post } from '../../../../shared/domain/post';
import type { JsonObject } from '../../../../shared/migrations/data-set';
import { migrateV0toV1 } from '../../../../shared/migrations/migrate-v0-to-v1';
import { migrateToCurrent, NewerSchemaError } from '../../../../shared/migrations/migrations';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../fixtures/data-v0/somevuoro.json'), 'utf8')) as JsonObject;
const now = '2026-11-25T10:00:00.000Z';

describe('migrateV0toV1', () => {
  it('moves the embedded posts out of the main document and splits date and time', () => {
    const migrated = migrateV0toV1({ main: fixture, posts: [], trash: [] }, now);
    expect(migrated.main.schemaVersion).toBe(1);
    expect(migrated.main).not.toHaveProperty('posts');
    const posts = migrated.posts.map((post) => Post.parse(post));
    expect(posts.map((post) => [post.title, post.date, post.time, post.channelIds])).toEqual([
      ['Kevättalkoot lauantaina', '2026-04-18', '09:00', ['fb-sivu']],
      ['Kesäleirin ilmoittautuminen', '2026-05-04', null, []],
      ['Idea: jäsenkysely', null, null, []],
    ]);
  });

  it('produces a main document the current schema accepts', () => {
    const migrated = migrateToCurrent({ main: fixture, posts: [], trash: [] }, now);
    expect(MainDocument.parse(migrated.main).association.name).toBe('Kylä ry');
  });

  it('refuses data written by a newer version', () => {
    expect(() => migrateToCurrent({ main: { schemaVersion: 99 }, posts: [], trash: [] }, now)).toThrow(NewerSchemaError);
  });
});
