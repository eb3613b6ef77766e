import { z } from 'zod';
import { changesOf } from './changes';
import { Id } from './ids';
import { Instant, LocalDate, LocalTime } from './local-time';
import { Line, LongText, Name, WebAddress } from './text';
import { atMostEntries, limits, tooLong, tooMany } from './limits';
import { Publication } from './publication';

/** idea → draft → in review → approved → published; cancelled from anywhere. */
export const postStatuses = ['idea', 'draft', 'in-review', 'approved', 'published', 'cancelled'] as const;
export const PostStatus = z.enum(postStatuses);
export type PostStatus = z.infer<typeof PostStatus>;

/** What kind of content a post is; checklist templates differ per type (an event needs an album). */
export const contentTypes = ['announcement', 'event', 'photos', 'video', 'tip', 'story', 'link', 'other'] as const;
export const ContentType = z.enum(contentTypes);
export type ContentType = z.infer<typeof ContentType>;

export const Tag = z.string().trim().min(1, { error: 'v.required' }).max(40, tooLong);

export const CoverImage = z.strictObject({
  /** File name inside the plan folder's media/ (the SHA-256 of the bytes; a UUID before issue 13); the original may move, the copy stays. */
  file: z.string().regex(/^[A-Za-z0-9_.-]{1,200}$/, { error: 'v.fileNameInvalid' }),
  alt: Line,
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/gif']),
  width: z.int().positive(),
  height: z.int().positive(),
  bytes: z.int().nonnegative(),
});
export type CoverImage = z.infer<typeof CoverImage>;

/** Who did something and when: ticking a checklist item, approving, overriding. */
export const Stamp = z.strictObject({ by: Line, at: Instant });
export type Stamp = z.infer<typeof Stamp>;

export const Comment = z.strictObject({
  id: Id,
  author: Line,
  at: Instant,
  text: LongText.min(1, { error: 'v.required' }),
});
export type Comment = z.infer<typeof Comment>;

export const ChecklistOverride = Stamp.extend({ reason: LongText.min(1, { error: 'v.required' }) });
export type ChecklistOverride = z.infer<typeof ChecklistOverride>;

const ticksOrVariants = atMostEntries(limits.channelRefs);
const checklistTicks = atMostEntries(limits.checklistTicks);

/** The fields a volunteer edits in the post editor. */
export const postFieldShape = {
  title: Name,
  text: LongText,
  /** Channel id → text adapted for that channel; absent means the main text is used. */
  variants: z.record(Id, LongText).refine(ticksOrVariants.check, ticksOrVariants.error),
  channelIds: z.array(Id).max(limits.channelRefs, tooMany),
  date: LocalDate.nullable(),
  time: LocalTime.nullable(),
  status: PostStatus,
  authorId: Id.nullable(),
  responderId: Id.nullable(),
  contentType: ContentType,
  marketing: z.boolean(),
  coverImage: CoverImage.nullable(),
  albumName: Line,
  tags: z.array(Tag).max(limits.tags, tooMany),
  publishedUrl: WebAddress,
};

function timeNeedsDate(fields: { date?: LocalDate | null; time?: LocalTime | null }): boolean {
  return !(fields.time && !fields.date);
}
const timeNeedsDateIssue = { error: 'v.timeWithoutDate', path: ['time'] };

export const PostFields = z.strictObject(postFieldShape).refine(timeNeedsDate, timeNeedsDateIssue);
export type PostFields = z.infer<typeof PostFields>;

/** Creating a post needs only a title; everything else has a sensible default. */
export const NewPostFields = z
  .strictObject(postFieldShape)
  .partial()
  .required({ title: true })
  .refine(timeNeedsDate, timeNeedsDateIssue);
export type NewPostFields = z.input<typeof NewPostFields>;

/** A change to some fields of a post. */
export const PostChanges = changesOf(z.strictObject(postFieldShape));
export type PostChanges = z.infer<typeof PostChanges>;

export const Post = z
  .strictObject({
    id: Id,
    ...postFieldShape,
    /** Checklist item id → who ticked it and when (manual items only). */
    checklist: z.record(Id, Stamp).refine(checklistTicks.check, checklistTicks.error),
    checklistOverride: ChecklistOverride.nullable(),
    approval: Stamp.nullable(),
    comments: z.array(Comment).max(limits.comments, tooMany),
    /** Channel id → where and by whom it went out (shared/share/publications.ts); absent on posts never published that way. */
    publications: z.record(Id, Publication).refine(ticksOrVariants.check, ticksOrVariants.error).optional(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .refine(timeNeedsDate, timeNeedsDateIssue);
export type Post = z.infer<typeof Post>;

export const postDefaults = {
  text: '',
  variants: {},
  channelIds: [],
  date: null,
  time: null,
  status: 'idea',
  authorId: null,
  responderId: null,
  contentType: 'announcement',
  marketing: false,
  coverImage: null,
  albumName: '',
  tags: [],
  publishedUrl: '',
} satisfies Omit<PostFields, 'title'>;

/** A new post from validated fields; ids and clocks come from the caller so this stays pure. */
export function newPost(fields: Partial<PostFields> & { title: string }, id: Id, now: Instant): Post {
  return {
    ...postDefaults,
    ...fields,
    id,
    checklist: {},
    checklistOverride: null,
    approval: null,
    comments: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** Applies changes; unscheduling a post clears its time too. The caller validates the result. */
export function applyPostChanges(post: Post, changes: PostChanges, now: Instant): Post {
  const next: Post = { ...post, ...changes, updatedAt: now };
  if (changes.date === null && changes.time === undefined) next.time = null;
  return next;
}

/** Agenda and calendar order: by date, untimed first within a day, then by time and title. */
export function comparePosts(a: Pick<Post, 'date' | 'time' | 'title' | 'id'>, b: Pick<Post, 'date' | 'time' | 'title' | 'id'>): number {
  return (
    (a.date ?? '').localeCompare(b.date ?? '') ||
    (a.time ?? '').localeCompare(b.time ?? '') ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}
