import { z } from 'zod';
import { Id } from '../domain/ids';
import { LocalDate } from '../domain/local-time';
import { Post, PostChanges } from '../domain/post';
import { Ends, NewSeriesFields, Repeat, Series } from '../domain/series';
import { channel } from './contract-kit';
import { ById } from './settings-contract';

/** "This one / this and following / all", as calendar apps ask when an occurrence of a series is edited. */
export const EditScope = z.enum(['this', 'following', 'all']);

/*
 * Recurring posts (shared/recurrence/). Their occurrences come with posts:list and
 * posts:get like any post (id `<series>_<rule day>`); changing one goes through here.
 */
export const seriesContract = {
  /** A series from the editor's fields; it starts on the first day on or after `date` that the rule gives. */
  'series:create': channel(z.strictObject({ fields: NewSeriesFields, date: LocalDate, repeat: Repeat, ends: Ends }), Series),
  'series:get': channel(ById, Series),
  /** Edits the occurrence `id` names; returns it (or, after a split, the new series' first occurrence) as it now is. */
  'series:edit': channel(z.strictObject({ id: Id, scope: EditScope, changes: PostChanges, repeat: Repeat.optional(), ends: Ends.optional() }), Post),
  /** Cancels the occurrence `id` names, it and the later ones, or the whole series; answers with the series as it was, for an undo. */
  'series:cancel': channel(z.strictObject({ id: Id, scope: EditScope }), z.strictObject({ id: Id, before: Series })),
  /** Undoes that cancel: what it changed comes back from `before`; other changes made since are kept. */
  'series:uncancel': channel(z.strictObject({ id: Id, scope: EditScope, before: Series }), ById),
};
