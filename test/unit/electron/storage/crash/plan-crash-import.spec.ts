import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceIssues } from '../../../../../shared/backup/backup-checks';
import { canonicalJson } from '../../../../../shared/backup/folder-data';
import { newId } from '../../../../../shared/domain/ids';
import type { Post } from '../../../../../shared/domain/post';
import { backendOn } from '../../../../support/backend';
import { exportBackup } from '../../../../support/backup-files';
import { tempDir } from '../../../../support/temp-dir';
import { sized } from '../../../../support/test-size';
import { volunteerInput } from '../../../../support/volunteer-input';
import { bundleChild, leftovers, reopen, runAndKill, unparseableFiles } from './crash-harness';

const KILLS = sized(10, 20);
const clock = () => new Date('2026-11-25T10:00:00Z');

/** An association with its own channels and volunteers and `count` posts spread over `months` months, linked to them. */
async function association(dir: string, name: string, count: number, months: number) {
  const backend = await backendOn(dir, clock);
  await backend.call('association:update', { name });
  const channels = await Promise.all(['Facebook', 'Instagram', 'Uutiskirje'].map((channel) => backend.call('channels:create', { kind: 'facebook-page', name: `${name} ${channel}`, url: '', goal: '', responsibleVolunteerId: null })));
  const people = [];
  for (const person of ['Anna', 'Bo', 'Cecilia']) people.push(await backend.call('volunteers:create', volunteerInput(`${person} (${name})`)));
  const first = await backend.call('posts:create', { title: `${name} 0`, date: '2026-01-05' });
  const posts: Post[] = [];
  for (let n = 1; n < count; n++) {
    const month = new Date(Date.UTC(2024, n % months, 1 + (n % 28)));
    posts.push({
      ...first,
      id: newId(),
      title: `${name} ${n}`,
      text: `${name}: julkaisu ${n}. `.repeat(4),
      date: n % 50 === 0 ? null : (month.toISOString().slice(0, 10) as Post['date']),
      channelIds: [channels[n % 3].id, channels[(n + 1) % 3].id],
      responderId: people[n % 3].id,
      authorId: people[(n + 1) % 3].id,
    });
  }
  await backend.repo.insertPosts(posts);
  await backend.call('posts:delete', { id: posts[1].id });
  return backend;
}

let child: Awaited<ReturnType<typeof bundleChild>>;
beforeAll(async () => {
  child = await bundleChild();
}, 60_000);
afterAll(() => child?.remove());

/** The plan in `dir` as reopened after a kill: its data, what opening reported, and nothing left running. */
async function reopened(dir: string) {
  const repo = await reopen(dir);
  try {
    return { data: await repo.snapshot(), problems: repo.problems };
  } finally {
    await repo.close();
  }
}

describe('SIGKILL during a replace import into the plan', () => {
  it(`leaves the plan all old or all new, links intact, over ${KILLS} kills`, async () => {
    const old = tempDir();
    await association(old, 'Vanha ry', 60, 14);
    const source = tempDir();
    const incoming = await association(source, 'Uusi ry', 200, 24);
    const backupFile = path.join(tempDir(), 'uusi.zip');
    fs.copyFileSync((await exportBackup(incoming)).path, backupFile);
    const oldData = canonicalJson((await reopened(old)).data);
    const work = tempDir();
    const fresh = () => {
      fs.rmSync(work, { recursive: true, force: true });
      fs.cpSync(old, work, { recursive: true });
    };

    fresh();
    // A whole run, never killed (one run both checks that the import goes through and times the replace):
    // from the new documents' first write to the root's switch to them (the commit point) and a little after.
    const replacing = await runAndKill(child.script, ['import', work, backupFile], null, 'replacing', 'replaced');
    expect(replacing.lines).toContain('ack import');
    const newData = canonicalJson((await reopened(work)).data);
    expect(newData).toBe(canonicalJson((await reopened(source)).data));
    expect(newData).not.toBe(oldData);

    const outcomes = { old: 0, new: 0, mixed: 0 };
    const damaged: string[] = [];
    const started = performance.now();
    let kills = 0;
    for (let attempt = 0; kills < KILLS && attempt < 3 * KILLS; attempt++) {
      fresh();
      const args = ['import', work, backupFile];
      // The first few during the upload and the safety copy; most while the new documents are written (before the root's switch, the commit point); the last few just after it.
      // Aimed by the kills landed, not the attempts: a run that ends before its kill is tried again in the same stretch (the
      // child exits a few ms after "replaced", and kills 20–30 ms after it missed so often that a clean CI saw 9 of 10).
      const run =
        kills < 0.15 * KILLS
          ? await runAndKill(child.script, args, 20 + 40 * attempt)
          : kills < 0.7 * KILLS
            ? await runAndKill(child.script, args, (replacing.ranFor * ((attempt * 7) % 11)) / 11, 'replacing')
            : await runAndKill(child.script, args, (attempt % 3) * 5, 'replaced');
      if (run.finished) continue;
      kills++;
      const { data, problems } = await reopened(work);
      const found = canonicalJson(data);
      const outcome = found === oldData ? 'old' : found === newData ? 'new' : 'mixed';
      outcomes[outcome]++;
      damaged.push(...referenceIssues(data).map((issue) => `kill ${kills}: ${issue.message} at ${issue.path}`), ...unparseableFiles(work), ...leftovers(work));
      damaged.push(...problems.map((problem) => `kill ${kills}: ${problem.kind} ${problem.file} ${problem.detail}`));
    }
    console.info(
      `plan-crash-import: ${kills} SIGKILLs during a replace import of 200 posts (the replace itself took ${replacing.ranFor.toFixed(0)} ms): ${outcomes.old} all old, ${outcomes.new} all new, ${outcomes.mixed} mixed; ` +
        `${damaged.length} broken links or files; ${Math.round(performance.now() - started)} ms`,
    );
    expect(outcomes.mixed).toBe(0);
    expect(damaged.slice(0, 5)).toEqual([]);
    expect(kills).toBe(KILLS);
    // Kills landed on both sides of the switch.
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
  }, 600_000);
});
