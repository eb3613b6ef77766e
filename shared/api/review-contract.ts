import { z } from 'zod';
import { Id } from '../domain/ids';
import { Post } from '../domain/post';
import { LongText } from '../domain/text';
import { channel } from './contract-kit';
import { ById } from './settings-contract';

/*
 * The review workflow's own channels: approving and commenting record who did it
 * (Settings › your name) and when, which the editor's posts:update cannot do.
 */
export const reviewContract = {
  'posts:approve': channel(ById, Post),
  'posts:comment': channel(z.strictObject({ id: Id, text: LongText.trim().min(1, { error: 'v.required' }) }), Post),
  'posts:deleteComment': channel(z.strictObject({ id: Id, commentId: Id }), Post),
};
