import { planHandlers } from '../services/plan/plan-handlers';
import type { PlanRepository } from '../storage/plan-repository';
import { AutomergeRepository } from '../storage/plan/automerge-repository';
import type { DocumentFileFactory } from '../storage/document-file';
import type { DeviceStoreOpener } from '../storage/device-store';
import { DeviceStore } from '../storage/device-store';
import { storedFilePath, transferFoldersOf } from '../storage/transfer-folders';
import { appHandlers } from '../services/app/app-handlers';
import { backupsHandlers } from '../services/backups/backups-handlers';
import { BackupsService } from '../services/backups/backups-service';
import { checklistHandlers } from '../services/checklist/checklist-handlers';
import { ChecklistService } from '../services/checklist/checklist-service';
import { IdentityService } from '../services/identity/identity-service';
import { identityHandlers } from '../services/identity/identity-handlers';
import { VolunteersService } from '../services/roster/volunteers-service';
import type { Clock } from '../services/clock';
import { exportHandlers } from '../services/export/export-handlers';
import { ExportService } from '../services/export/export-service';
import type { FileHost } from '../services/export/file-host';
import { ImportService } from '../services/export/import-service';
import type { PdfRenderer } from '../services/export/pdf-renderer';
import { UploadService } from '../services/export/upload-service';
import { mediaHandlers } from '../services/media/media-handlers';
import { MediaService } from '../services/media/media-service';
import { PostsService } from '../services/posts/posts-service';
import { postsHandlers } from '../services/posts/posts-handlers';
import { rosterHandlers } from '../services/roster/roster-handlers';
import { PreferencesService } from '../services/preferences/preferences-service';
import { preferencesHandlers } from '../services/preferences/preferences-handlers';
import { ReviewService } from '../services/review/review-service';
import { SettingsService } from '../services/settings/settings-service';
import { settingsHandlers } from '../services/settings/settings-handlers';
import { SetupService } from '../services/setup/setup-service';
import { setupHandlers } from '../services/setup/setup-handlers';
import type { Dispatch, Exclusive, Handlers } from './dispatch';
import { createDispatch } from './dispatch';

export interface BackendOptions {
  dataDir: string;
  files: DocumentFileFactory;
  /** This laptop's own state (preferences, who I am, recent plans): electron-store in Electron, conf by default. */
  deviceFiles?: DeviceStoreOpener;
  clock: Clock;
  locale: string;
  log?: (error: unknown) => void;
  /** How this host prints the schedule to PDF (Electron's printToPDF, or headless Chromium); none means no PDF. */
  pdf?: PdfRenderer;
  /** Save dialog and file manager, where the host has them (the desktop app). */
  fileHost?: FileHost;
}

export interface Backend {
  repo: PlanRepository;
  device: DeviceStore;
  handlers: Handlers;
  dispatch: Dispatch;
}

/** Opens a data folder and wires every service to its channels. Used by the app, the web bridge, the CLI and tests. */
export async function openBackend({ dataDir, files, deviceFiles, clock, locale, log, pdf, fileHost }: BackendOptions): Promise<Backend> {
  const device = DeviceStore.open(dataDir, deviceFiles);
  // Read only through `author` (below), after the repository is open.
  let identity: IdentityService | null = null;
  const repo: PlanRepository = await AutomergeRepository.open({ dir: dataDir, files, now: clock, locale, author: () => identity?.current() ?? null });
  const preferences = new PreferencesService(device);
  identity = new IdentityService(repo, device, new VolunteersService(repo));
  // Folders written before this state became device-local seed it once; their copy is dropped at the next write.
  preferences.seedFrom(repo.main().preferences);
  identity.seedFrom(repo.main().settings.userName);
  device.noteOpened(repo.dir);
  const acting = identity.actingName.bind(identity);
  const checklist = new ChecklistService(repo, clock, acting);
  const media = new MediaService(dataDir);
  const uploads = new UploadService(dataDir);
  const handlers: Handlers = {
    ...appHandlers(repo),
    ...settingsHandlers(new SettingsService(repo)),
    ...postsHandlers(new PostsService(repo, clock, checklist, media), new ReviewService(repo, clock, checklist, acting)),
    ...rosterHandlers(repo),
    ...exportHandlers(
      {
        exports: new ExportService(repo, clock, pdf ?? null, media, transferFoldersOf(dataDir).exports),
        imports: new ImportService(repo, clock, media, uploads),
        uploads,
        storedFile: (fileId) => storedFilePath(dataDir, fileId),
      },
      fileHost ?? null,
    ),
    ...preferencesHandlers(preferences),
    ...identityHandlers(identity),
    ...setupHandlers(new SetupService(repo, clock)),
    ...checklistHandlers(checklist),
    ...mediaHandlers(media),
    ...backupsHandlers(new BackupsService(repo, clock)),
    ...planHandlers(repo),
  };
  // A shared plan merges other laptops' changes between requests, never between a service's read and its write.
  const exclusive = 'exclusive' in repo && typeof repo.exclusive === 'function' ? (repo.exclusive as Exclusive).bind(repo) : undefined;
  return { repo, device, handlers, dispatch: createDispatch(handlers, log, exclusive) };
}
