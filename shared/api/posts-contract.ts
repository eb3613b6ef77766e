import { z } from 'zod';
import { DateRange } from '../domain/date-range';
import { NewPostFields, Post, PostChanges } from '../domain/post';
import { Id } from '../domain/ids';
import { tooLong } from '../domain/limits';
import { LongText } from '../domain/text';
import { PostVersion } from '../domain/post-history';
import { TrashedPost } from '../domain/documents';
import { NoInput } from './app-contract';
import { channel } from './contract-kit';
import { ById } from './settings-contract';


export const postsContract = {
  'posts:list': channel(DateRange, z.array(Post)),
  'posts:listUndated': channel(NoInput, z.array(Post)),
  'posts:get': channel(ById, Post),
  'posts:create': channel(NewPostFields, Post),
  'posts:update': channel(z.strictObject({ id: Id, changes: PostChanges }), Post),
  /** Moves the post to the trash; posts:restore brings it back (undo). */
  'posts:delete': channel(ById, ById),
  'posts:restore': channel(ById, Post),
  /** What is in the trash, newest deletion first: every deleted post stays recoverable (posts:restore). */
  'posts:trash': channel(NoInput, z.array(TrashedPost)),
  /** The post's versions, newest first: when, who and which fields (a deleted post's too). */
  'posts:history': channel(ById, z.array(PostVersion)),
  /** Writes an earlier version's content as a new change (same id), checked as any edit is; undo is restoring the version before. */
  'posts:restoreVersion': channel(z.strictObject({ id: Id, version: PostVersion.shape.version }), Post),
  /*
   * The review workflow's channels: approving and commenting record who did it
   * (Settings › your name) and when, which posts:update cannot do.
   */
  /** Refused while required checklist items are open, unless a written reason overrides them (kept on the post). */
  'posts:approve': channel(z.strictObject({ id: Id, overrideReason: LongText.trim().min(1, { error: 'v.required' }).max(2000, tooLong).optional() }), Post),
  'posts:comment': channel(z.strictObject({ id: Id, text: LongText.trim().min(1, { error: 'v.required' }) }), Post),
  'posts:deleteComment': channel(z.strictObject({ id: Id, commentId: Id }), Post),
};
