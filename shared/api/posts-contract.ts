import { z } from 'zod';
import { DateRange } from '../domain/date-range';
import { NewPostFields, Post, PostChanges } from '../domain/post';
import { Id } from '../domain/ids';
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
};
