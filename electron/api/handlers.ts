import { Repository } from '../storage/repository';
import type { DocumentFileFactory } from '../storage/document-file';
import { appHandlers } from '../services/app/app-handlers';
import type { Clock } from '../services/clock';
import { PostsService } from '../services/posts/posts-service';
import { postsHandlers } from '../services/posts/posts-handlers';
import { rosterHandlers } from '../services/roster/roster-handlers';
import { SettingsService } from '../services/settings/settings-service';
import { settingsHandlers } from '../services/settings/settings-handlers';
import type { Dispatch, Handlers } from './dispatch';
import { createDispatch } from './dispatch';

export interface BackendOptions {
  dataDir: string;
  files: DocumentFileFactory;
  clock: Clock;
  locale: string;
  log?: (error: unknown) => void;
}

export interface Backend {
  repo: Repository;
  handlers: Handlers;
  dispatch: Dispatch;
}

/** Opens a data folder and wires every service to its channels. Used by the app, the web bridge, the CLI and tests. */
export function openBackend({ dataDir, files, clock, locale, log }: BackendOptions): Backend {
  const repo = Repository.open({ dir: dataDir, files, now: clock, locale });
  const handlers: Handlers = {
    ...appHandlers(repo),
    ...settingsHandlers(new SettingsService(repo)),
    ...postsHandlers(new PostsService(repo, clock)),
    ...rosterHandlers(repo),
  };
  return { repo, handlers, dispatch: createDispatch(handlers, log) };
}
