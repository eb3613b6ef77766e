import type { Json, JsonObject, RawDataSet } from './data-set';
import { isJsonObject } from './data-set';

/**
 * Version 0 was the prototype: one file with the posts inside it as an array, each
 * with `scheduledAt` ("2026-03-30T09:00" or "2026-03-30", local wall-clock time),
 * `channel` as a single channel id, and no checklist, comments or stamps.
 * Version 1 splits date and time, allows several channels per post, and moves the
 * posts into documents of their own.
 */
export function migrateV0toV1(data: RawDataSet, nowIso: string): RawDataSet {
  const { posts: embedded, ...rest } = data.main;
  const v0Posts = Array.isArray(embedded) ? embedded.filter(isJsonObject) : [];
  return {
    main: {
      association: {},
      channels: [],
      volunteers: [],
      duties: [],
      checklistTemplates: [],
      ...rest,
      schemaVersion: 1,
    },
    posts: [...data.posts, ...v0Posts].map((post) => migratePost(post, nowIso)),
    trash: data.trash,
  };
}

function migratePost(post: JsonObject, nowIso: string): JsonObject {
  const { scheduledAt, channel, ...rest } = post;
  const [date, time] = typeof scheduledAt === 'string' ? splitLocalDateTime(scheduledAt) : [null, null];
  const channelIds: Json = typeof channel === 'string' ? [channel] : [];
  return {
    text: '',
    variants: {},
    channelIds,
    status: 'idea',
    authorId: null,
    responderId: null,
    contentType: 'announcement',
    marketing: false,
    coverImage: null,
    albumName: '',
    tags: [],
    publishedUrl: '',
    checklist: {},
    checklistOverride: null,
    approval: null,
    comments: [],
    createdAt: nowIso,
    updatedAt: nowIso,
    ...rest,
    date,
    time,
  };
}

function splitLocalDateTime(value: string): [string | null, string | null] {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(value);
  return match ? [match[1], match[2] ?? null] : [null, null];
}
