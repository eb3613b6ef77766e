import path from 'node:path';
import { watch } from 'chokidar';

/*
 * Watches the plan folder for chunks other laptops' sync tools bring (issue 13 item 2)
 * and hands them to the repository to merge. File events are gathered for a moment (a
 * sync tool brings several files at once) and named to the repository, which reads
 * only those; a periodic rescan catches what events missed (network folders, a watcher
 * that overflowed), and where events are not to be trusted at all, chokidar polls.
 */

export interface OutsideChangeTaker {
  takeOutsideChanges(files?: string[]): Promise<unknown>;
}

export interface PlanWatcherOptions {
  /** Poll instead of relying on file events (folders where events are unreliable). */
  polling?: boolean;
  /** How often everything is rescanned whatever the events said. */
  rescanMs?: number;
  /** How long events are gathered before the named files are read. */
  gatherMs?: number;
  /** Where a failed merge is reported (the watcher keeps going). */
  log?: (error: unknown) => void;
}

export interface PlanWatcher {
  /** Resolves once the watcher is watching (what arrived before is taken by a rescan then). */
  ready: Promise<void>;
  close(): Promise<void>;
}

const POLL_MS = 700;

export function watchPlanFolder(chunksDir: string, taker: OutsideChangeTaker, options: PlanWatcherOptions = {}): PlanWatcher {
  // A rescan stats every chunk file (bounded by compaction: tens to hundreds); chokidar 4 gave no
  // event for a file copied into a document folder that appeared with it, so it also keeps the 2 s promise.
  const { polling = false, rescanMs = 1500, gatherMs = 100, log = () => {} } = options;
  const named = new Set<string>();
  let rescan = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let closed = false;

  const take = () => {
    timer = null;
    const files = [...named];
    const everything = rescan;
    named.clear();
    rescan = false;
    running = running
      .then(() => taker.takeOutsideChanges(everything ? undefined : files))
      .then(
        () => undefined,
        (error: unknown) => log(error),
      );
  };
  const soon = () => {
    if (!closed && !timer) timer = setTimeout(take, gatherMs);
  };

  const watcher = watch(chunksDir, {
    ignoreInitial: true,
    usePolling: polling,
    interval: POLL_MS,
    // Temps (ours and sync tools') are never chunks: their rename into place is the event that counts.
    ignored: (file) => path.basename(file).startsWith('.'),
  });
  const onFile = (file: string) => {
    named.add(file);
    soon();
  };
  watcher.on('add', onFile).on('change', onFile);
  watcher.on('error', (error) => log(error));
  const ready = new Promise<void>((resolve) => {
    watcher.once('ready', () => {
      rescan = true;
      soon();
      resolve();
    });
  });
  const periodic = setInterval(() => {
    rescan = true;
    soon();
  }, rescanMs);
  periodic.unref();

  return {
    ready,
    async close() {
      closed = true;
      clearInterval(periodic);
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}
