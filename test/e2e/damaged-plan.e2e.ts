import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { backendOn, closeBackendsOn } from '../support/backend';
import { browserSession } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

/*
 * A plan folder whose main document is damaged (a foreign Automerge document in its place, or
 * garbage bytes) opens on a screen in the user's language: what is wrong, the folder, what to do.
 * Nothing in the folder is written: its files are byte-identical afterwards.
 */

const session = browserSession();
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Every file under `dir` (path → SHA-256 of its bytes). */
function filesOf(dir: string): Map<string, string> {
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(entries.map((entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), sha256(fs.readFileSync(path.join(entry.parentPath, entry.name)))]));
}

/** The chunk folder of an Automerge document (NodeFS's layout: <2 chars>/<rest>). */
const documentDir = (planDir: string, url: string) => {
  const id = url.replace(/^automerge:/, '');
  return path.join(planDir, 'automerge', id.slice(0, 2), id.slice(2));
};

/** The chunks of a document, loaded as one. */
function loadDocument<T>(folder: string): A.Doc<T> {
  const chunks = ['snapshot', 'incremental'].flatMap((kind) => (fs.existsSync(path.join(folder, kind)) ? fs.readdirSync(path.join(folder, kind)).map((name) => fs.readFileSync(path.join(folder, kind, name))) : []));
  return chunks.reduce((doc, chunk) => A.loadIncremental(doc, chunk), A.init<T>());
}

/** A plan of "Kylä ry" whose main document's chunks are replaced by `damage`. */
async function planWithDamagedMain(damage: (folder: string) => void): Promise<{ dir: string; planDir: string }> {
  const dir = tempDir();
  const backend = await backendOn(dir, () => new Date(), 'fi-FI');
  await backend.call('association:update', { name: 'Kylä ry', website: '', email: '' });
  await closeBackendsOn(dir);
  const planDir = path.join(dir, 'plan');
  const { root } = JSON.parse(fs.readFileSync(path.join(planDir, 'plan.json'), 'utf8')) as { root: string };
  // A scalar string in the root (ImmutableString): its text.
  const main = documentDir(planDir, String(loadDocument<{ shared: unknown }>(documentDir(planDir, root)).shared));
  damage(main);
  return { dir, planDir };
}

/** A valid Automerge document that is not a plan's main document, in its place (as automerge-repo names a snapshot). */
function foreignDocument(folder: string): void {
  fs.rmSync(folder, { recursive: true });
  const doc = A.from({ recipe: 'Karjalanpiirakka', servings: 12 });
  fs.mkdirSync(path.join(folder, 'snapshot'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'snapshot', createHash('sha256').update(A.getHeads(doc).join('')).digest('hex')), A.save(doc));
}

/** Every chunk file of the document overwritten with random bytes, under its own name. */
function garbageBytes(folder: string): void {
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) fs.writeFileSync(path.join(entry.parentPath, entry.name), randomBytes(600));
  }
}

const words = {
  fi: { title: 'Tätä suunnitelmaa ei voi avata', message: (folder: string) => `Kansion ${folder} suunnitelmaa ei voitu lukea: se on vioittunut tai ei ole Somevuoron suunnitelma.` },
  en: { title: 'This plan cannot be opened', message: (folder: string) => `The plan in ${folder} could not be read: it is damaged or not a Somevuoro plan.` },
};

describe('a damaged plan', () => {
  it.each([
    ['a foreign Automerge document', foreignDocument],
    ['garbage bytes', garbageBytes],
  ])('with %s as its main document opens on a screen that says so in Finnish and English, and its files are left as they were', async (_, damage) => {
    const { dir, planDir } = await planWithDamagedMain(damage);
    const before = filesOf(planDir);
    const bridge = await session.bridgeOn(dir);
    for (const [locale, language] of [['fi-FI', 'fi'], ['en-GB', 'en']] as const) {
      const context = await session.browser().newContext({ locale, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(bridge.url);
      const screen = page.getByRole('main', { name: words[language].title });
      await screen.waitFor();
      expect(await screen.getByRole('alert').textContent()).toBe(words[language].message(planDir));
      expect(await screen.locator('code').textContent()).toBe(planDir);
      // What to do: the safety copies of this computer, named where they are.
      expect(await screen.getByRole('listitem').allTextContents()).toContainEqual(expect.stringContaining(path.join(dir, 'backups')));
      if (process.env.SHOTS_DIR) await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `damaged-plan-${language}-${damage.name}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    }
    await session.stop(bridge);
    expect(filesOf(planDir)).toEqual(before);
  });
});
