import { Repository } from '../storage/repository';
import type { DocumentFileFactory } from '../storage/document-file';
import { appHandlers } from '../services/app/app-handlers';
import type { Clock } from '../services/clock';
import { PostsService } from '../services/posts/posts-service';
import { postsHandlers } from '../services/posts/posts-handlers';
import { PreferencesService } from '../services/preferences/preferences-service';
import { preferencesHandlers } from '../services/preferences/preferences-handlers';
import { ReviewService } from '../services/review/review-service';
import { reviewHandlers } from '../services/review/review-handlers';
import { SettingsService } from '../services/settings/settings-service';
import { settingsHandlers } from '../services/settings/settings-handlers';
import { SetupService } from '../services/setup/setup-service';
import { setupHandlers } from '../services/setup/setup-handlers';
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
    ...preferencesHandlers(new PreferencesService(repo)),
    ...reviewHandlers(new ReviewService(repo, clock)),
    ...setupHandlers(new SetupService(repo, clock)),
  };
  return { repo, handlers, dispatch: createDispatch(handlers, log) };
}
