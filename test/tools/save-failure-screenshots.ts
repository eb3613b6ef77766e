import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StorageKey } from '@automerge/automerge-repo';
import { openBackend } from '../../electron/api/handlers';
import { startWebBridge } from '../../electron/bridge/web-bridge';
import { AutomergeRepository } from '../../electron/storage/plan/automerge-repository';
import { ChunkFiles } from '../../electron/storage/plan/chunk-files';
import { todayIn } from '../../shared/calendar/calendar-dates';
import { newPost } from '../../shared/domain/post';
import { launchChromium, openApp } from '../support/browser';
import { seedAssociation } from '../support/seed';

/*
 * `npx tsx test/tools/save-failure-screenshots.ts [outDir] [fi|en|sv]` (after `npm run build`): the
 * banner a failed background save pushes (plan:saveFailed). The bridge runs in this process, so
 * that its storage adapter can be made to fail (as root, chmod does not): another laptop's post
 * arrives, and saving the merge fails with "no permission".
 */

const outDir = process.argv[2] ?? '/tmp/shots-storagefail';
const language = (process.argv[3] ?? 'fi') as 'fi' | 'en' | 'sv';
const locale = { fi: 'fi-FI', en: 'en-GB', sv: 'sv-SE' }[language];
fs.mkdirSync(outDir, { recursive: true });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-save-failure-'));
await seedAssociation(dir, locale);
const backend = await openBackend({ dataDir: dir, clock: () => new Date(), locale, log: () => {} });
await backend.dispatch('preferences:update', { language });
const bridge = await startWebBridge({ dispatch: backend.dispatch, onEvent: backend.onEvent, rendererDir: path.resolve('out/renderer'), media: (name, bytes) => backend.media.mediaFile(name, bytes) });
const browser = await launchChromium();
const { page } = await openApp(browser, bridge.url, { width: 1280, height: 800 }, locale);
await page.getByRole('button', { name: /Joulumyyjäisten/ }).first().waitFor();

const other = await AutomergeRepository.open({ dir: fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-other-')), planDir: backend.repo.planDir, now: () => new Date(), locale });
await other.insertPost(newPost({ title: 'Toisen koneen julkaisu', date: todayIn('Europe/Helsinki', new Date()) }, 'p-other', new Date().toISOString()));
await other.close();
const save = ChunkFiles.prototype.save;
ChunkFiles.prototype.save = function (this: ChunkFiles, key: StorageKey) {
  return Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${this.pathOf(key)}'`), { code: 'EACCES', syscall: 'open' }));
};
await (backend.repo as unknown as AutomergeRepository).takeOutsideChanges();
await page.getByRole('alert').filter({ hasText: backend.repo.planDir }).waitFor();
await page.screenshot({ path: path.join(outDir, `save-failure-${language}.png`) });
ChunkFiles.prototype.save = save;
await browser.close();
await bridge.close();
await backend.close();
console.log(`Wrote ${path.join(outDir, `save-failure-${language}.png`)}`);
