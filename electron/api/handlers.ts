import fs from 'node:fs';
import path from 'node:path';
import { appContract } from '../../shared/api/app-contract';
import { backupsContract } from '../../shared/api/backups-contract';
import { campaignsContract } from '../../shared/api/campaigns-contract';
import { checklistContract } from '../../shared/api/checklist-contract';
import { damagedContract } from '../../shared/api/damaged-contract';
import { exportContract } from '../../shared/api/export-contract';
import { identityContract } from '../../shared/api/identity-contract';
import { ideasContract } from '../../shared/api/ideas-contract';
import { mediaContract } from '../../shared/api/media-contract';
import { planContract } from '../../shared/api/plan-contract';
import { plansContract } from '../../shared/api/plans-contract';
import { postsContract } from '../../shared/api/posts-contract';
import { publishContract } from '../../shared/api/publish-contract';
import { seriesContract } from '../../shared/api/series-contract';
import { preferencesContract } from '../../shared/api/preferences-contract';
import { rosterContract } from '../../shared/api/roster-contract';
import { resultsContract } from '../../shared/api/results-contract';
import { settingsContract } from '../../shared/api/settings-contract';
import { setupContract } from '../../shared/api/setup-contract';
import { shareContract } from '../../shared/api/share-contract';
import { sharingContract } from '../../shared/api/sharing-contract';
import { syncserverContract } from '../../shared/api/syncserver-contract';
import { locales } from '../../shared/locales/locales';
import type { PlanRepository } from '../storage/plan-repository';
import { AutomergeRepository } from '../storage/plan/automerge-repository';
import type { DeviceStoreOpener } from '../storage/device-store';
import { DeviceStore } from '../storage/device-store';
import { transferFoldersOf } from '../storage/transfer-folders';
import { AppService } from '../services/app/app-service';
import { BackupsService } from '../services/backups/backups-service';
import { OpenPlanRestoreRefusal } from '../services/backups/damaged-plan-restore-service';
import { CampaignsService } from '../services/campaigns/campaigns-service';
import { indexedRepository } from '../services/checklist/post-facts';
import { ChecklistService } from '../services/checklist/checklist-service';
import { ChecklistStore } from '../services/checklist/checklist-store';
import type { Clock } from '../services/clock';
import { ExportService } from '../services/export/export-service';
import type { FileHost } from '../services/export/file-host';
import { FilesService } from '../services/export/files-service';
import { ImportService } from '../services/export/import-service';
import type { PdfRenderer } from '../services/export/pdf-renderer';
import { UploadService } from '../services/export/upload-service';
import { IdentityService } from '../services/identity/identity-service';
import { IdeasService } from '../services/ideas/ideas-service';
import { MediaService } from '../services/media/media-service';
import { PostsService } from '../services/posts/posts-service';
import { SeriesService } from '../services/series/series-service';
import { PreferencesService } from '../services/preferences/preferences-service';
import { PostPublications } from '../services/publishing/channel-publications';
import type { SecretSealer } from '../storage/secret-file';
import { ConnectedAccounts } from '../services/publishing/connected-accounts';
import { noSealing } from '../storage/secret-file';
import { MastodonSignIn } from '../services/publishing/mastodon-sign-in';
import { PublishingService } from '../services/publishing/publishing-service';
import { ScheduledPosts } from '../services/publishing/scheduled-posts';
import { ReviewService } from '../services/review/review-service';
import { RosterService } from '../services/roster/roster-service';
import { VolunteersService } from '../services/roster/volunteers-service';
import { ResultsService } from '../services/results/results-service';
import { SettingsService } from '../services/settings/settings-service';
import { SetupService } from '../services/setup/setup-service';
import { ShareService } from '../services/share/share-service';
import { PlanService } from '../services/plan/plan-service';
import type { SwitchPlan } from '../services/plans/recent-plans-service';
import { RecentPlansService } from '../services/plans/recent-plans-service';
import type { PickFolder } from '../services/sharing/sharing-service';
import { SharingService } from '../services/sharing/sharing-service';
import { ServerSettings } from '../services/sync-server/server-settings';
import { SyncServerService } from '../services/sync-server/sync-server-service';
import { SharedPlanMissingError } from '../storage/plan/share-folder';
import { bindService } from './bind-service';
import type { Dispatch, Handlers } from './dispatch';
import { createDispatch } from './dispatch';
import type { OnEvent } from './events';

export interface BackendOptions {
  /** This laptop's folder: lock, caches, safety copies, the device store; the plan is in its `plan/` unless `planDir` is given. */
  dataDir: string;
  /** The shared plan folder, when it is not inside the device folder (a synced folder; `npm run web -- --data PLAN_DIR --device DIR`). */
  planDir?: string;
  /**
   * What kind of session opens the folder. 'app' (the desktop app, `npm run web`): merges other
   * laptops' changes as their sync tool brings them (issue 13 item 2) and lists the plan among this
   * laptop's recently opened plans. 'one-shot' (the CLI's export): reads once and changes nothing,
   * not even that list. Tests and tools leave it out: listed, not watched (no other laptop writes there).
   */
  session?: 'app' | 'one-shot';
  /** This laptop's own state (preferences, who I am, recent plans): electron-store in Electron, conf by default. */
  deviceFiles?: DeviceStoreOpener;
  clock: Clock;
  locale: string;
  log?: (error: unknown) => void;
  /** How this host prints the schedule to PDF (Electron's printToPDF, or headless Chromium); none means no PDF. */
  pdf?: PdfRenderer;
  /** Save dialog and file manager, where the host has them (the desktop app). */
  fileHost?: FileHost;
  /** Another storage behind the same services: `npm run bench` measures the JSON folder the plan replaced as its peer. */
  openRepository?: (dataDir: string) => Promise<PlanRepository>;
  /** Opens another plan (the desktop app restarts on it); none where the host serves one folder only. */
  switchPlan?: SwitchPlan;
  /** How the accounts' secrets are encrypted on disk (Electron's safeStorage); none in browser mode and the CLI, where the file's 0600 mode is all. */
  secretSealer?: SecretSealer;
  /** How long one request to Mastodon or Bluesky may take before it counts as the network being down. */
  publishTimeoutMs?: number;
  /** The system's folder dialog, where the host has one (the desktop app); the browser version takes a typed path. */
  pickFolder?: PickFolder;
  /** Cache every month of the plan in a worker thread after open (AutomergeRepositoryOptions.warmUp); by default in an 'app' session. */
  warmUp?: boolean;
}

export interface Backend {
  repo: PlanRepository;
  device: DeviceStore;
  handlers: Handlers;
  dispatch: Dispatch;
  /** Main's events (events-contract.ts) as they happen, for the transport to pass on to the renderer. */
  onEvent: OnEvent;
  /** The plan's images, as the transports serve them (only whole files, only names the app made). */
  media: MediaService;
  /** How many images from before issue 13 were copied from the data folder into the plan at this open, once done. */
  adopted: Promise<number>;
  /** Leaves the sync server and ends a Mastodon sign-in's server on 127.0.0.1, then closes the plan. */
  close(): Promise<void>;
}

/** Opens a data folder and wires every service to its channels. Used by the app, the web bridge, the CLI and tests. */
export async function openBackend({ dataDir, planDir: givenPlanDir, pickFolder, session, deviceFiles, clock, locale, log, pdf, fileHost, openRepository, switchPlan, secretSealer, publishTimeoutMs = 30_000, warmUp = session === 'app' }: BackendOptions): Promise<Backend> {
  const device = DeviceStore.open(dataDir, deviceFiles);
  const planDir = givenPlanDir ?? sharedPlanFolder(device);
  // Read only through `author` (below), after the repository is open.
  let identity: IdentityService | null = null;
  // Services see the repository with the checklists' post facts kept beside it (issue 14: checklist/post-facts.ts).
  // The read cache is on: plan-crash.spec.ts with it on lost no acknowledged save once the engine's delayed save kept its listener (electron/storage/README.md).
  const repo: PlanRepository = indexedRepository(
    openRepository
      ? await openRepository(dataDir)
      : await AutomergeRepository.open({
          dir: dataDir,
          planDir,
          now: clock,
          locale,
          readCache: true,
          author: () => identity?.current() ?? null,
          laptop: device.laptopId(),
          watch: session === 'app' ? { log } : undefined,
          warmUp: warmUp ? { log } : undefined,
          oneShot: session === 'one-shot',
        }),
  );
  const preferences = new PreferencesService(device);
  const volunteers = new VolunteersService(repo);
  identity = new IdentityService(repo, device, volunteers);
  // Folders written before this state became device-local seed it once; their copy is dropped at the next write.
  preferences.seedFrom(repo.main().preferences, repo.main().settings.language);
  identity.seedFrom(repo.main().settings.userName);
  if (session !== 'one-shot') device.noteOpened(repo.planDir, repo.main().association.name, clock());
  const acting = identity.actingName.bind(identity);
  // The calendar's checklists are kept in the device folder between sessions; a one-shot export writes nothing there.
  const checklist = new ChecklistService(repo, clock, acting, session === 'one-shot' ? null : new ChecklistStore(path.join(dataDir, 'cache', 'checklists')));
  // Images live in the plan folder, so that they travel with a shared plan (issue 13); older ones are copied in from the data folder.
  const media = new MediaService(repo.planDir, dataDir);
  const adopted = session === 'one-shot' ? Promise.resolve(0) : adoptDeviceMedia(repo, media, log);
  const uploads = new UploadService(dataDir);
  const posts = new PostsService(repo, clock, checklist, media);
  const ideas = new IdeasService(repo, clock, posts, new SeriesService(repo, clock));
  const accounts = new ConnectedAccounts(dataDir, secretSealer ?? noSealing);
  // The sync server set in Settings joins this plan again at every start (issue 13 item 5).
  const syncServer = new SyncServerService(repo, new ServerSettings(dataDir, secretSealer ?? noSealing), log ?? (() => {}));
  const callbackPage = () => locales[repo.main().settings.language].publish.callbackPage;
  const mastodonSignIn = new MastodonSignIn(accounts, clock, publishTimeoutMs, callbackPage);
  // Each slice of the contract answered by its services' methods of the same names (bind-service.ts).
  const handlers: Handlers = {
    ...bindService(appContract, new AppService(repo)),
    ...bindService(settingsContract, new SettingsService(repo)),
    ...bindService(postsContract, posts, new ReviewService(repo, clock, checklist, acting)),
    ...bindService(rosterContract, volunteers, new RosterService(repo)),
    ...bindService(
      exportContract,
      new ExportService(repo, clock, pdf ?? null, media, transferFoldersOf(dataDir).exports),
      new ImportService(repo, clock, media, uploads),
      uploads,
      new FilesService(dataDir, fileHost ?? null),
    ),
    ...bindService(preferencesContract, preferences),
    ...bindService(identityContract, identity),
    ...bindService(setupContract, new SetupService(repo, clock)),
    ...bindService(checklistContract, checklist),
    ...bindService(mediaContract, media),
    ...bindService(backupsContract, new BackupsService(repo, clock)),
    ...bindService(damagedContract, new OpenPlanRestoreRefusal()),
    ...bindService(planContract, new PlanService(repo)),
    ...bindService(seriesContract, new SeriesService(repo, clock)),
    ...bindService(plansContract, new RecentPlansService(repo, device, switchPlan ?? null)),
    ...bindService(ideasContract, ideas),
    ...bindService(campaignsContract, new CampaignsService(repo, clock, posts, ideas)),
    ...bindService(resultsContract, new ResultsService(repo, clock)),
    ...bindService(shareContract, new ShareService(repo, clock, acting, media, fileHost ?? null)),
    ...bindService(
      publishContract,
      new PublishingService(repo, clock, {
        media,
        accounts,
        publications: new PostPublications(repo),
        scheduled: new ScheduledPosts(dataDir),
        mastodonSignIn,
        acting,
        timeout: publishTimeoutMs,
      }),
    ),
    ...bindService(sharingContract, new SharingService(repo, device, clock, locale, switchPlan ?? null, pickFolder ?? null)),
    ...bindService(syncserverContract, syncServer),
  };
  // A shared plan merges other laptops' changes between requests, never between a service's read and its write.
  const onEvent: OnEvent = (listener) => {
    const stops = [repo.onOutsideChange(({ version }) => listener({ name: 'plan:changed', payload: { version } })), repo.onSaveFailure((failure) => listener({ name: 'plan:saveFailed', payload: failure }))];
    return () => stops.forEach((stop) => stop());
  };
  const close = async () => {
    mastodonSignIn.close();
    await syncServer.close();
    await adopted;
    checklist.close();
    await repo.close();
  };
  return { repo, device, media, adopted, handlers, dispatch: createDispatch(handlers, log, (work) => repo.exclusive(work)), onEvent, close };
}

/**
 * Copies the images this plan's posts (and trashed posts) name from the data folder, where
 * they were kept before issue 13, into the plan folder, in the background: reading every
 * post costs seconds at 50,000, and only a data folder holding such images pays it.
 */
async function adoptDeviceMedia(repo: PlanRepository, media: MediaService, log: BackendOptions['log']): Promise<number> {
  if (!media.hasDeviceMedia()) return 0;
  try {
    const names = await repo.exclusive(async () => [...(await repo.allPosts()), ...(await repo.trashedPosts()).map((trashed) => trashed.post)].flatMap((post) => (post.coverImage ? [post.coverImage.file] : [])));
    return media.adoptDeviceMedia(names);
  } catch (error) {
    log?.(error);
    return 0;
  }
}

/**
 * The shared folder this laptop moved its plan to (or opened), when started without a folder.
 * One not there (a sync service not running, a drive not connected) stops the start: opening
 * the plan's old copy, or a new empty plan, would quietly part this laptop from the others.
 */
function sharedPlanFolder(device: DeviceStore): string | undefined {
  const folder = device.planFolder();
  if (folder === null) return undefined;
  if (!fs.existsSync(path.join(folder, 'plan.json'))) throw new SharedPlanMissingError(folder);
  return folder;
}
