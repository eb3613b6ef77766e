import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as A from '@automerge/automerge';
import type { TestBackend } from './backend';
import { backendOn, closeBackendsOn } from './backend';
import { tempDir } from './temp-dir';

/* Plan folders whose main document is damaged (damaged-plan.e2e.ts, main-damaged-plan.spec.ts). */

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Every file under `dir` (path → SHA-256 of its bytes). */
export function filesOf(dir: string): Map<string, string> {
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

/** A plan of "Kylä ry" (with what `seed` adds: posts, safety copies) whose main document's chunks are replaced by `damage`. */
export async function planWithDamagedMain(damage: (folder: string) => void, dir = tempDir(), seed: (backend: TestBackend) => Promise<void> = async () => {}): Promise<{ dir: string; planDir: string }> {
  const backend = await backendOn(dir, () => new Date(), 'fi-FI');
  await backend.call('association:update', { name: 'Kylä ry', website: '', email: '' });
  await seed(backend);
  await closeBackendsOn(dir);
  const planDir = path.join(dir, 'plan');
  const { root } = JSON.parse(fs.readFileSync(path.join(planDir, 'plan.json'), 'utf8')) as { root: string };
  // A scalar string in the root (ImmutableString): its text.
  const main = documentDir(planDir, String(loadDocument<{ shared: unknown }>(documentDir(planDir, root)).shared));
  damage(main);
  return { dir, planDir };
}

/** A valid Automerge document that is not a plan's main document, in its place (as automerge-repo names a snapshot). */
export function foreignDocument(folder: string): void {
  fs.rmSync(folder, { recursive: true });
  const doc = A.from({ recipe: 'Karjalanpiirakka', servings: 12 });
  fs.mkdirSync(path.join(folder, 'snapshot'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'snapshot', createHash('sha256').update(A.getHeads(doc).join('')).digest('hex')), A.save(doc));
}

/** Every chunk file of the document overwritten with random bytes, under its own name. */
export function garbageBytes(folder: string): void {
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) fs.writeFileSync(path.join(entry.parentPath, entry.name), randomBytes(600));
  }
}
