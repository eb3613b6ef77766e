import type { DocHandle } from '@automerge/automerge-repo';
import { Repo } from '@automerge/automerge-repo';

/**
 * automerge-repo's Repo, except that every new change of a document goes to the peers syncing
 * it. Its DocSynchronizer sends a document to them on the handle's 'change' event, which
 * DocHandle emits only for a change that shows in the document (one with patches): Anna's edit
 * of a post that Ben's concurrent move out of the month had already removed changed the heads
 * and no value, so neither her link nor the server sent it on, and the two laptops listed the
 * edits lost to deletes differently for good (issue 13; server-link-order.spec.ts).
 * Storage saves on 'heads-changed' and never missed it; so does this, by telling the
 * synchronizer of such a change as a change without patches. When the change does show, the
 * synchronizer hears of it twice at once and sends once (its throttle keeps only the last call).
 * Handles come from find (the server, for every document a peer names) and import (the link).
 */
export class EveryChangeRepo extends Repo {
  private readonly watched = new WeakSet<DocHandle<unknown>>();

  override async find<T>(...args: Parameters<Repo['find']>): Promise<DocHandle<T>> {
    return this.sendEveryChange(await super.find<T>(...args));
  }

  override import<T>(...args: Parameters<Repo['import']>): DocHandle<T> {
    return this.sendEveryChange(super.import<T>(...args));
  }

  private sendEveryChange<T>(handle: DocHandle<T>): DocHandle<T> {
    if (this.watched.has(handle as DocHandle<unknown>)) return handle;
    this.watched.add(handle as DocHandle<unknown>);
    handle.on('heads-changed', ({ doc }) => handle.emit('change', { handle, doc, patches: [], patchInfo: { before: doc, after: doc, source: 'change' } }));
    return handle;
  }
}
