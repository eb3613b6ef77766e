import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import type { LocalDate } from '../../../../../shared/domain/local-time';
import { localDate } from '../../../../../shared/domain/local-time';
import type { Post } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import { carryNewFiles } from '../../../../support/folder-sync';
import { tempDir } from '../../../../support/temp-dir';

/*
 * A month's first read on a laptop is Automerge's load of its chunks (0.3–0.6 s for 800
 * posts). The months either side of a month view are asked for ahead (by the renderer) and
 * cached; what was read and cached ahead must never hide another laptop's change.
 */

const now = () => new Date('2026-11-25T10:00:00Z');
const laptops: AutomergeRepository[] = [];
afterEach(async () => {
  await Promise.all(laptops.splice(0).map((repo) => repo.close()));
});

/** A laptop with the read cache on, as the app opens it; another laptop's files are merged when the test says (`takeOutsideChanges`, what the app's watcher calls). */
async function laptop(planDir: string, dir = tempDir()): Promise<AutomergeRepository> {
  const repo = await AutomergeRepository.open({ dir, planDir, now, locale: 'fi-FI', readCache: true });
  laptops.push(repo);
  return repo;
}

const post = (id: string, date: string): Post => newPost({ title: `Post ${id}`, date: localDate(date) }, id, now().toISOString());
const month = (first: string, last: string) => [localDate(first), localDate(last)] as [LocalDate, LocalDate];
const march = month('2027-03-01', '2027-03-31');
const april = month('2027-04-01', '2027-04-30');

/** True once the laptop's read cache holds post `id` (what reading a month leaves in the device folder). */
function cacheHolds(dir: string, id: string): boolean {
  const cacheDir = path.join(dir, 'cache');
  if (!fs.existsSync(cacheDir)) return false;
  return fs.readdirSync(cacheDir).some((name) => {
    try {
      return Boolean((JSON.parse(fs.readFileSync(path.join(cacheDir, name), 'utf8')) as { value?: { posts?: Record<string, unknown> } }).value?.posts?.[id]);
    } catch {
      return false;
    }
  });
}

async function until(ok: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await ok())) {
    if (Date.now() - start > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** A plan with a post in March and one in April 2027, copied to a second laptop's folder. */
async function sharedPlan(): Promise<[string, string]> {
  const [planA, planB] = [path.join(tempDir(), 'plan'), path.join(tempDir(), 'plan')];
  const first = await AutomergeRepository.open({ dir: tempDir(), planDir: planA, now, locale: 'fi-FI' });
  await first.insertPosts([post('march', '2027-03-10'), post('april', '2027-04-10')]);
  await first.close();
  fs.cpSync(planA, planB, { recursive: true });
  return [planA, planB];
}

describe('months read ahead', { timeout: 30_000 }, () => {
  it('a month read ahead, then changed by another laptop, shows the change when paged to', async () => {
    const [planA, planB] = await sharedPlan();
    const [anna, benDir] = [await laptop(planA), tempDir()];
    const ben = await laptop(planB, benDir);
    expect((await ben.postsBetween(...march)).map((found) => found.id)).toEqual(['march']);
    // The renderer asks for the month after the one on screen before the user pages there.
    await ben.postsBetween(...april);
    await until(() => cacheHolds(benDir, 'april'), 'April cached');

    const [april1] = await anna.postsBetween(...april);
    await anna.replacePost({ ...april1, title: 'Changed on Anna’s laptop', updatedAt: new Date().toISOString() });
    carryNewFiles(planA, planB);
    await ben.takeOutsideChanges();
    expect((await ben.postsBetween(...april)).map((found) => found.title)).toEqual(['Changed on Anna’s laptop']);
  });

  it('a month read ahead and cached, then changed by another laptop while this one was closed, is read again from its chunks', async () => {
    const [planA, planB] = await sharedPlan();
    const benDir = tempDir();
    const ben = await laptop(planB, benDir);
    await ben.postsBetween(...march);
    await ben.postsBetween(...april);
    await until(() => cacheHolds(benDir, 'april'), 'April cached');
    await ben.close();
    laptops.splice(laptops.indexOf(ben), 1);

    const anna = await laptop(planA);
    const [april1] = await anna.postsBetween(...april);
    await anna.replacePost({ ...april1, title: 'Changed while Ben was away', updatedAt: new Date().toISOString() });
    carryNewFiles(planA, planB);
    const again = await laptop(planB, benDir);
    expect((await again.postsBetween(...april)).map((found) => found.title)).toEqual(['Changed while Ben was away']);
  });
});
