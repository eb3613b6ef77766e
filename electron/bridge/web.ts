import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../api/handlers';
import { acquireDataLock } from '../storage/data-lock';
import { storedFilePath } from '../storage/transfer-folders';
import { systemClock } from '../services/clock';
import { chromiumPdfRenderer } from '../services/export/chromium-pdf';
import { startWebBridge } from './web-bridge';
import { isDamagedPlan } from '../api/damaged-plan';
import { serveDamagedPlan } from './damaged-plan-bridge';
import { webFolders } from './web-folders';
import type { ServerLink } from '../services/sync-server/server-link';
import { linkToServer } from '../services/sync-server/server-link';
import { SECRET_MIN_LENGTH } from '../services/sync-server/sync-server';

// `npm run web [-- --data DIR] [--port N]`: the renderer in any browser, against the
// same services the desktop app runs, on a data folder of your choice. With `--device DIR`,
// `--data` is the plan folder alone and this "laptop's" own state (lock, caches, safety
// copies, who I am) lives in DIR: two bridges with two device folders on one plan folder
// (or on two folders a sync tool joins) are two laptops (issue 13 item 6). Without it, a plan
// folder given as `--data` keeps this laptop's state in the user's config folder (web-folders.ts).

const usage = 'Usage: npm run web -- [--data DIR] [--device DIR] [--port N] [--sync wss://SERVER] (the secret in SOMEVUORO_SYNC_SECRET)';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({ options: { data: { type: 'string' }, device: { type: 'string' }, port: { type: 'string' }, sync: { type: 'string' }, help: { type: 'boolean' } } });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
})();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, got ${values.port}.\n${usage}`);
const { dataDir, planDir } = webFolders(values);
const syncSecret = process.env.SOMEVUORO_SYNC_SECRET ?? '';
if (values.sync !== undefined && syncSecret.length < SECRET_MIN_LENGTH) fail(`--sync needs the plan's shared secret (at least ${SECRET_MIN_LENGTH} characters) in SOMEVUORO_SYNC_SECRET.\n${usage}`);
const rendererDir = path.join(root, 'out', 'renderer');
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) fail('The renderer is not built: run `npm run build` first (npm run web does it for you).');

let releaseLock = () => {};
try {
  releaseLock = acquireDataLock(dataDir);
  const open = (plan: string | undefined, switchTo: typeof switchPlan = switchPlan) =>
    openBackend({ dataDir, planDir: plan, session: 'app', clock: systemClock, locale: Intl.DateTimeFormat().resolvedOptions().locale, pdf: chromiumPdfRenderer(), switchPlan: switchTo });
  // Switching plans (Share this plan, Open a shared plan, a recent plan) reopens the services here,
  // once the request that asked has been answered; requests meanwhile wait for the new plan.
  let switching: Promise<unknown> = Promise.resolve();
  // With --sync, the plan folder is joined to the sync server besides any folder sync tool (issue 13 item 5).
  let link: ServerLink | null = null;
  const relink = async () => {
    await link?.close();
    link = values.sync === undefined ? null : linkToServer(backend.repo.planDir, values.sync, syncSecret, (error) => console.error(error));
  };
  function switchPlan(to: string): Promise<void> {
    const previous = backend.repo.planDir;
    switching = new Promise((resolve) => setTimeout(resolve, 0))
      .then(() => link?.close())
      .then(() => backend.close())
      .then(async () => {
        try {
          backend = await open(to);
        } catch (error) {
          // The services checked the folder; should it fail to open all the same, the window stays on its plan.
          console.error(`Could not open ${to}: ${(error as Error).message}`);
          backend = await open(previous);
        }
        console.log(`Plan folder: ${backend.repo.planDir}`);
        await relink();
      });
    return Promise.resolve();
  }
  // A damaged plan is shown as such (the renderer's screen for it), never opened or written.
  let backend = await open(planDir).catch((error: unknown) => (isDamagedPlan(error) ? serveDamagedPlan(error, { dataDir, rendererDir, port, releaseLock, open }) : Promise.reject(error)));
  await relink();
  const dispatch: typeof backend.dispatch = async (channel, payload) => {
    await switching;
    return backend.dispatch(channel, payload);
  };
  // The page subscribes when it loads, which it does again after a switch: to the plan open then.
  const onEvent: typeof backend.onEvent = (listener) => backend.onEvent(listener);
  const bridge = await startWebBridge({ dispatch, onEvent, rendererDir, media: (name, bytes) => backend.media.mediaFile(name, bytes), exportFile: (fileId) => storedFilePath(dataDir, fileId), port });
  const stop = async () => {
    await bridge.close();
    await switching.catch(() => undefined);
    await link?.close();
    await backend.close();
    releaseLock();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  console.log(`Somevuoro is running at ${bridge.url}`);
  console.log(`Data folder: ${dataDir}`);
  console.log(`Plan folder: ${backend.repo.planDir}`);
  if (values.sync !== undefined) console.log(`Sync server: ${values.sync}`);
  for (const problem of backend.repo.problems) console.log(`Note: ${problem.file}: ${problem.detail}${problem.movedTo ? ` (kept in ${problem.movedTo})` : ''}`);
  console.log('Open the address above in a browser. Press Ctrl+C to stop.');
} catch (error) {
  releaseLock();
  fail((error as Error).message);
}
