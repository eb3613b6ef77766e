import { z } from 'zod';
import { Id } from '../domain/ids';
import { Post } from '../domain/post';
import { LongText } from '../domain/text';
import { channel } from './contract-kit';
import { tooLong } from '../domain/limits';

/*
 * The review workflow's own channels: approving and commenting record who did it
 * (Settings › your name) and when, which the editor's posts:update cannot do.
 */
export const reviewContract = {
  /** Refused while required checklist items are open, unless a written reason overrides them (kept on the post). */
  'posts:approve': channel(z.strictObject({ id: Id, overrideReason: LongText.trim().min(1, { error: 'v.required' }).max(2000, tooLong).optional() }), Post),
  'posts:comment': channel(z.strictObject({ id: Id, text: LongText.trim().min(1, { error: 'v.required' }) }), Post),
  'posts:deleteComment': channel(z.strictObject({ id: Id, commentId: Id }), Post),
};
