import type { ChannelName } from '../../shared/api/contract';

/**
 * How dispatch orders a channel's requests (the compiler refuses a channel left out):
 * - `read`: changes nothing; runs at once, beside other reads and beside a mutation.
 *   Every repository write updates what reads see only after its change is on disk, so a
 *   read sees the data before a write or after it; a read of several documents may see one
 *   before and another after, which the references allow (a channel or volunteer still
 *   named by a post cannot be deleted).
 * - `mutation`: one at a time, in the order requests came (services read, then write, with
 *   awaits between: two at once would each write over what the other read). A read of every
 *   document that must be one state (the backup) waits its turn among them.
 * - `exclusive`: a mutation that replaces everything: it also waits for the reads in flight
 *   and holds new reads until it is done, so that no read mixes the old plan with the new
 *   (a month still loading from the old plan would be kept in memory after the switch).
 * - `user`: waits on the person (a save dialog) or a network, and touches no plan data but
 *   through repo.exclusive: not queued, or every other request would wait for it.
 */
export type RequestOrder = 'read' | 'mutation' | 'exclusive' | 'user';

export const requestOrder: Readonly<Record<ChannelName, RequestOrder>> = {
  'app:status': 'read',
  'settings:get': 'read',
  'settings:update': 'mutation',
  'association:get': 'read',
  'association:update': 'mutation',
  'channels:list': 'read',
  'channels:create': 'mutation',
  'channels:update': 'mutation',
  'channels:delete': 'mutation',
  'results:list': 'read',
  'results:save': 'mutation',
  'posts:list': 'read',
  'posts:listUndated': 'read',
  'posts:get': 'read',
  'posts:create': 'mutation',
  'posts:update': 'mutation',
  'posts:delete': 'mutation',
  'posts:restore': 'mutation',
  'posts:trash': 'read',
  'posts:history': 'read',
  'posts:restoreVersion': 'mutation',
  'posts:approve': 'mutation',
  'posts:comment': 'mutation',
  'posts:deleteComment': 'mutation',
  'series:create': 'mutation',
  'series:get': 'read',
  'series:edit': 'mutation',
  'series:cancel': 'mutation',
  'series:uncancel': 'mutation',
  'volunteers:list': 'read',
  'volunteers:create': 'mutation',
  'volunteers:update': 'mutation',
  'volunteers:delete': 'mutation',
  'duties:list': 'read',
  'duties:create': 'mutation',
  'duties:update': 'mutation',
  'duties:delete': 'mutation',
  'duties:restore': 'mutation',
  'roster:propose': 'read',
  'roster:accept': 'mutation',
  'roster:undoAccept': 'mutation',
  'roster:swap': 'mutation',
  'roster:coverage': 'read',
  // An export reads the chosen range and writes nothing of the plan: a PDF taking seconds holds up no save.
  'export:count': 'read',
  'export:create': 'read',
  'export:backup': 'mutation',
  'files:save': 'user',
  // Connecting an account waits on Mastodon or Bluesky and writes no plan data, only this laptop's accounts file.
  'publish:accounts': 'read',
  'publish:due': 'read',
  'publish:mastodonBegin': 'user',
  'publish:mastodonFinish': 'user',
  'publish:blueskyConnect': 'user',
  'publish:disconnect': 'user',
  // They wait on Mastodon or Bluesky (up to their timeout): not queued, or every save would wait for the network. Only the
  // publication's write, the post read again, is queued with the changes (channel-publications.ts, through repo.exclusive).
  'publish:post': 'user',
  'publish:scheduled': 'read',
  'publish:checkScheduled': 'user',
  'files:reveal': 'read',
  // Uploads, their check and their application share the upload's state: kept in order.
  'uploads:begin': 'mutation',
  'uploads:chunk': 'mutation',
  'import:check': 'mutation',
  'import:apply': 'exclusive',
  // Another laptop's changes as this one sees them; choosing a value is a change like any other.
  'plan:status': 'read',
  'plan:conflicts': 'read',
  'plan:resolveConflict': 'mutation',
  // Opening another plan restarts the app on it: nothing runs beside it.
  'plans:recent': 'read',
  'plans:open': 'exclusive',
  'sharing:state': 'read',
  // The copy is read back and compared with the plan: nothing may change it meanwhile.
  'sharing:move': 'exclusive',
  'sharing:open': 'exclusive',
  'sharing:pickFolder': 'user',
  'sharing:removeOldCopy': 'mutation',
  // This laptop's own setting: it changes no plan data, but connecting starts what writes into the plan folder.
  'syncserver:state': 'read',
  'syncserver:connect': 'mutation',
  'syncserver:disconnect': 'mutation',
  'preferences:get': 'read',
  'preferences:update': 'mutation',
  'identity:get': 'read',
  'identity:set': 'mutation',
  'setup:start': 'exclusive',
  'setup:loadSample': 'exclusive',
  'checklist:templates': 'read',
  'checklist:saveTemplates': 'mutation',
  'checklist:resetTemplates': 'mutation',
  'checklist:post': 'read',
  'checklist:preview': 'read',
  'checklist:range': 'read',
  'checklist:tick': 'mutation',
  'checklist:overview': 'read',
  'checklist:checkChannel': 'mutation',
  'media:importImage': 'mutation',
  'backups:list': 'read',
  'backups:restore': 'exclusive',
  'damaged:backups': 'read',
  'damaged:restore': 'exclusive',
  'ideas:list': 'read',
  'ideas:create': 'mutation',
  'ideas:update': 'mutation',
  'ideas:delete': 'mutation',
  'ideas:support': 'mutation',
  'ideas:toPost': 'mutation',
  'ideas:toSeries': 'mutation',
  'campaigns:list': 'read',
  'campaigns:templates': 'read',
  'campaigns:saveTemplate': 'mutation',
  'campaigns:create': 'mutation',
  'campaigns:update': 'mutation',
  'campaigns:moveKeyDate': 'mutation',
  'campaigns:delete': 'mutation',
  'campaigns:restore': 'mutation',
  'share:markPublished': 'mutation',
  'share:unmarkPublished': 'mutation',
  'share:showImage': 'read',
  'checklist:attention': 'read',
};

/** Runs work in the order `requestOrder` gives its channel. */
export function createRequestQueue(): (order: RequestOrder, work: () => Promise<unknown>) => Promise<unknown> {
  let mutations: Promise<unknown> = Promise.resolve();
  const reads = new Set<Promise<unknown>>();
  /** Set from when an exclusive request arrives until it is done: new reads wait for it. */
  let replacing: Promise<unknown> | null = null;

  const read = async (work: () => Promise<unknown>) => {
    while (replacing) await replacing.catch(() => undefined);
    const running = work();
    const settled = running.catch(() => undefined);
    reads.add(settled);
    void settled.then(() => reads.delete(settled));
    return running;
  };
  const queued = (work: () => Promise<unknown>) => {
    const result = mutations.then(work);
    mutations = result.catch(() => undefined);
    return result;
  };
  // New reads wait from the moment an exclusive request arrives (arrival order), not only once it runs.
  const exclusive = (work: () => Promise<unknown>) => {
    const result = queued(async () => {
      await Promise.all(reads);
      return work();
    });
    const gate: Promise<unknown> = result
      .catch(() => undefined)
      .then(() => {
        if (replacing === gate) replacing = null;
      });
    replacing = gate;
    return result;
  };

  return (order, work) => {
    switch (order) {
      case 'read':
        return read(work);
      case 'mutation':
        return queued(work);
      case 'exclusive':
        return exclusive(work);
      case 'user':
        return work();
    }
  };
}
