import { z } from 'zod';
import { PostBucket } from '../domain/documents';
import { Id } from '../domain/ids';
import { ChangeAuthor } from '../domain/post-history';
import { channel } from './contract-kit';

/*
 * The shared plan as several laptops see it (issue 13 items 3 and 4): the status line
 * (main tells of other laptops' changes by the plan:changed event, events-contract.ts) and the
 * concurrent values ("two versions") with a way to keep one.
 */

const NoInput = z.strictObject({});

const Written = z.strictObject({ author: ChangeAuthor.nullable(), at: z.string().nullable() });

const PlanStatus = z.strictObject({
  planDir: z.string(),
  /** Counts merges of other laptops' changes (the plan:changed event's version). */
  version: z.int().min(0),
  lastChange: z.strictObject({ author: ChangeAuthor.nullable(), at: z.string(), fromOutside: z.boolean() }).nullable(),
  people: z.array(z.strictObject({ name: z.string(), laptops: z.int().min(0), lastChangeAt: z.string() })),
  laptops: z.int().min(0),
  /** This laptop's changes the folder has not answered for long (the sync tool may have stopped). */
  waiting: z.strictObject({ since: z.string(), changes: z.int().min(1) }).nullable(),
  lastArrivalAt: z.string().nullable(),
});

const FieldConflict = z.strictObject({
  field: z.string(),
  values: z.array(Written.extend({ choice: z.string(), value: z.unknown(), shown: z.boolean() })),
});

const PlanConflicts = z.strictObject({
  posts: z.array(z.strictObject({ postId: Id, fields: z.array(FieldConflict) })),
  duties: z.array(z.strictObject({ dutyId: Id, fields: z.array(FieldConflict) })),
  editedWhileDeleted: z.array(
    z.strictObject({
      postId: Id,
      title: z.string().nullable(),
      deletedBy: ChangeAuthor.nullable(),
      deletedAt: z.string().nullable(),
      /** The month ("2027-01", or "undated") the post was moved to, not deleted; null: it went to the trash. */
      movedTo: PostBucket.nullable(),
      editedBy: z.array(Written),
    }),
  ),
  copies: z.array(z.strictObject({ postId: Id, copies: z.array(z.strictObject({ month: z.string(), updatedAt: z.string(), title: z.string() })) })),
  /** Moved (or edited while its move was arriving) on one laptop while trashed on another: shown in `month` and in the trash until deleted again or kept (posts:restore keeps it as shown). */
  movedWhileDeleted: z.array(
    z.strictObject({
      postId: Id,
      title: z.string(),
      month: PostBucket,
      movedBy: ChangeAuthor.nullable(),
      movedAt: z.string().nullable(),
      deletedBy: ChangeAuthor.nullable(),
      deletedAt: z.string().nullable(),
    }),
  ),
});

const ResolveConflict = z.strictObject({
  target: z.union([z.strictObject({ postId: Id }), z.strictObject({ dutyId: Id })]),
  field: z.string().min(1).max(64),
  choice: z.string().min(1).max(200),
});

export const planContract = {
  'plan:status': channel(NoInput, PlanStatus),
  'plan:conflicts': channel(NoInput, PlanConflicts),
  'plan:resolveConflict': channel(ResolveConflict, z.strictObject({ resolved: z.boolean() })),
};
