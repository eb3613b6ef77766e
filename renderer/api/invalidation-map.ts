import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { notifyManager } from '@tanstack/react-query';
import type { ChannelName, OutputOf } from '../../shared/api/contract';
import { queryKeys } from './query-keys';

/**
 * Channels that change nothing: their answers are cached (or, for roster:propose and
 * import:check, shown once), and calling them never needs a refresh.
 */
export const readChannels = [
  'app:status',
  'plan:status',
  'plan:conflicts',
  'plans:recent',
  'sharing:state',
  'syncserver:state',
  'settings:get',
  'association:get',
  'channels:list',
  'results:list',
  'volunteers:list',
  'preferences:get',
  'identity:get',
  'backups:list',
  'damaged:backups',
  'posts:get',
  'posts:list',
  'posts:listUndated',
  'posts:history',
  'posts:trash',
  'series:get',
  'duties:list',
  'roster:coverage',
  'roster:propose',
  'checklist:templates',
  'checklist:post',
  'checklist:preview',
  'checklist:range',
  'checklist:overview',
  'ideas:list',
  'campaigns:list',
  'campaigns:templates',
  'export:count',
  'import:check',
  'share:showImage',
  'publish:accounts',
  'publish:due',
  'publish:scheduled',
  'checklist:attention',
] as const satisfies readonly ChannelName[];

type ReadChannel = (typeof readChannels)[number];
export type MutationChannel = Exclude<ChannelName, ReadChannel>;

/** A prefix to refresh: its queries on screen are read again at once, the rest when next shown. */
export type Refresh = QueryKey;

/** A prefix matching every query: for changes that can replace the whole data folder. */
const everything: QueryKey = [];

/**
 * A post's change shows in the lists, every checklist (album names, the marketing share),
 * coverage and export counts, and in the open editor (Send to review is given there). The
 * plan's status names the last change, and an edit of a field in "two versions" settles it.
 */
const afterPostChange: Refresh[] = [queryKeys.posts.all, queryKeys.checklist.all, queryKeys.coverage.all, queryKeys.exports.all, queryKeys.plan.all, queryKeys.ideas, queryKeys.campaigns.all];
/**
 * One post made, edited or deleted here: as afterPostChange, but its "two versions" are read
 * again only when they name the post (conflictsNaming, below). This laptop's own edit can
 * settle a conflict of its post, never make one (only merging another laptop's changes does,
 * and that reads everything again); and main works every changed month's conflicts out
 * again, which at 10,000 posts was most of what a save cost (issue 14).
 */
const afterPostEdit: Refresh[] = [queryKeys.posts.all, queryKeys.checklist.all, queryKeys.coverage.all, queryKeys.exports.all, queryKeys.plan.status, queryKeys.ideas, queryKeys.campaigns.all];
const afterDutyChange = [queryKeys.roster.all, queryKeys.coverage.all, queryKeys.volunteers, queryKeys.checklist.all, queryKeys.plan.all];

/**
 * What each change makes stale: the query-key prefixes refreshed after it succeeds.
 * Only queries on screen are read again; the rest are read when next shown. The
 * compiler refuses a mutation channel missing here (and a read listed here).
 */
export const invalidationMap: Readonly<Record<MutationChannel, readonly Refresh[]>> = {
  'posts:create': afterPostEdit,
  'posts:update': afterPostEdit,
  'series:create': afterPostChange,
  'series:edit': afterPostChange,
  'series:cancel': afterPostChange,
  'series:uncancel': afterPostChange,
  'posts:delete': afterPostEdit,
  'posts:restore': afterPostChange,
  // An earlier version written as a new change: an edit like any other (its history is under posts too).
  'posts:restoreVersion': afterPostChange,
  // Approval changes the status (checklists and export filters read it). It is given in the
  // open editor, which shows the stored approval and its checklist: everything is read at once.
  'posts:approve': afterPostChange,
  // Comments change only the post (shown in the open editor and the lists).
  'posts:comment': [queryKeys.posts.all],
  'posts:deleteComment': [queryKeys.posts.all],
  // A tick is stored on the post and changes its checklist.
  'checklist:tick': [queryKeys.posts.all, queryKeys.checklist.all],
  'checklist:checkChannel': [queryKeys.checklist.all, queryKeys.channels],
  'checklist:saveTemplates': [queryKeys.checklist.templates, queryKeys.checklist.all],
  'checklist:resetTemplates': [queryKeys.checklist.templates, queryKeys.checklist.all],
  // The album pattern and the response window are settings the checklists and coverage read.
  // The stored settings (and association) come back in the answer and are written into the cache.
  'settings:update': [queryKeys.checklist.all, queryKeys.coverage.all],
  'association:update': [],
  // Channel health and the channels' own checks are in the checklists.
  'channels:create': [queryKeys.channels, queryKeys.checklist.all],
  'channels:update': [queryKeys.channels, queryKeys.checklist.all],
  'channels:delete': [queryKeys.channels, queryKeys.checklist.all, queryKeys.results],
  // The stored results come back whole and are written into the cache.
  'results:save': [],
  // Volunteers' names show in the grid, and who is on duty decides coverage and the response-duty check.
  'volunteers:create': afterDutyChange,
  'volunteers:update': afterDutyChange,
  'volunteers:delete': afterDutyChange,
  'duties:create': afterDutyChange,
  'duties:update': afterDutyChange,
  // Keeping one of two versions is an edit of a post or a duty like any other.
  'plan:resolveConflict': [...afterPostChange, ...afterDutyChange],
  'duties:delete': afterDutyChange,
  'duties:restore': afterDutyChange,
  'roster:swap': afterDutyChange,
  'roster:accept': afterDutyChange,
  'roster:undoAccept': afterDutyChange,
  // Choosing who I am may add a volunteer (the roster, selects); the answer is written into the cache.
  'identity:set': [queryKeys.volunteers, queryKeys.roster.all],
  // Applied on screen before it is sent (preferences-queries.ts); nothing else reads preferences.
  'preferences:update': [],
  // These can replace the whole data folder.
  'setup:start': [everything],
  'setup:loadSample': [everything],
  'import:apply': [everything],
  'backups:restore': [everything],
  // Asked on the damaged-plan screen, which has no cache: plans:open follows and the page reloads.
  'damaged:restore': [],
  // The app restarts on the other plan.
  'plans:open': [],
  'sharing:move': [],
  'sharing:open': [],
  // Opens a dialog, changes nothing.
  'sharing:pickFolder': [],
  'sharing:removeOldCopy': [queryKeys.sharing],
  'syncserver:connect': [queryKeys.syncServer],
  'syncserver:disconnect': [queryKeys.syncServer],
  // These write files or stored images that no query lists: nothing to refresh.
  'media:importImage': [],
  'export:create': [],
  'export:backup': [],
  'files:save': [],
  'files:reveal': [],
  'uploads:begin': [],
  'uploads:chunk': [],
  // The backlog and campaigns live in the shared document; making posts from them is a post change too.
  'ideas:create': [queryKeys.ideas],
  'ideas:update': [queryKeys.ideas],
  'ideas:delete': [queryKeys.ideas, queryKeys.campaigns.all],
  'ideas:support': [queryKeys.ideas],
  'ideas:toPost': afterPostChange,
  'ideas:toSeries': afterPostChange,
  'campaigns:saveTemplate': [queryKeys.campaigns.templates],
  'campaigns:create': afterPostChange,
  'campaigns:update': [queryKeys.campaigns.all],
  'campaigns:moveKeyDate': afterPostChange,
  'campaigns:delete': [...afterPostChange, queryKeys.campaigns.all, queryKeys.ideas],
  'campaigns:restore': [...afterPostChange, queryKeys.campaigns.all, queryKeys.ideas],
  // Marking a channel published may change the post's status, which the lists, checklists and exports read.
  'share:markPublished': afterPostChange,
  'share:unmarkPublished': afterPostChange,
  // This laptop's connected accounts (publish-queries.ts); posting records the channel as published in the post.
  'publish:mastodonBegin': [],
  'publish:mastodonFinish': [queryKeys.publish.all],
  'publish:blueskyConnect': [queryKeys.publish.all],
  'publish:disconnect': [queryKeys.publish.all],
  'publish:post': [...afterPostChange, queryKeys.publish.all],
  // Most checks find nothing new: a post found gone out refreshes as publish:post does, when the answer says so (publish-queries.ts).
  'publish:checkScheduled': [queryKeys.publish.all],
};

const under = (prefix: QueryKey, key: QueryKey) => prefix.every((part, index) => key[index] === part);

/** Whether the "two versions" read last name the post: a conflict of its fields, its copies in two months, or its edits lost to a delete. */
function conflictsNaming(client: QueryClient, postId: string): boolean {
  const conflicts = client.getQueryData<OutputOf<'plan:conflicts'>>(queryKeys.plan.conflicts);
  if (!conflicts) return false;
  return [...conflicts.posts, ...conflicts.copies, ...conflicts.editedWhileDeleted].some((entry) => entry.postId === postId);
}

/**
 * Refreshes what a successful call of the channel made stale (resolves when the shown ones
 * are read again), in one batch: the screen renders once for all of them. `written` are
 * prefixes the call's answer was already written into (a stored post into the lists): they
 * are marked stale, read again when next shown, not now. `postId`: the one post the call
 * changed, whose conflicts are read again if they were listed (afterPostEdit). `unaffected`: declared prefixes the
 * call's answer shows it did not change (a post's coverage, when none of the fields it reads changed): left as read.
 */
export async function invalidateAfter(client: QueryClient, channel: MutationChannel, written: readonly QueryKey[] = [], postId?: string, unaffected: readonly QueryKey[] = []): Promise<void> {
  const conflicts = postId !== undefined && conflictsNaming(client, postId) ? [...invalidationMap[channel], queryKeys.plan.conflicts] : invalidationMap[channel];
  const declared = conflicts.filter((queryKey) => !unaffected.some((prefix) => under(prefix, queryKey)));
  const isWritten = (key: QueryKey) => written.some((prefix) => under(prefix, key));
  await notifyManager.batch(() =>
    Promise.all([
      ...declared.map((queryKey) => client.invalidateQueries({ queryKey, predicate: (query) => !isWritten(query.queryKey) })),
      ...written.filter((prefix) => declared.some((queryKey) => under(queryKey, prefix))).map((queryKey) => client.invalidateQueries({ queryKey, refetchType: 'none' })),
    ]),
  );
}

/**
 * Another laptop's changes were merged (main's plan:changed event): posts, duties, settings and
 * the plan's status may all have changed, so everything on screen is read again.
 */
export function invalidateAfterOutsideChange(client: QueryClient): Promise<void> {
  return client.invalidateQueries();
}
