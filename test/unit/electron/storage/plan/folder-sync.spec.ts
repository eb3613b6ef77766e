import { describe, expect, it } from 'vitest';
import { FolderSync } from '../../../../support/folder-sync';
import { seededRandom } from '../../../../support/seeded-random';
import { sized } from '../../../../support/test-size';
import { expectNothingLost, keepEvidence, KINDS, operate, soakPlan, sortedTrash } from '../../../../support/sync-soak';
import { folderFigures, openLaptop } from '../../../../support/sync-laptop';

/*
 * Issue 13, Done-when 1: two laptops on plan folders A and B joined by a simulated sync
 * tool, each doing random operations through the services at once; once the tool goes
 * quiet both hold the same plan, and every acknowledged operation is there or shown (a
 * conflict, an edit lost to a delete). In `npm test` at 120 + 120 operations (30 s at
 * load 15 here); SOMEVUORO_LONG=1 runs the 1,000 + 1,000 (SYNC_OPERATIONS and
 * SYNC_SEED choose others) and prints the figures the issue asks for.
 *
 * Its miss of one run in ten (an acknowledged title edit neither kept nor shown) was two
 * laptops moving one post into the same month document at once, one having edited it
 * first: each wrote a whole new post there and Automerge showed one; conflicts.ts now
 * lists the other's fields (conflicts.spec.ts rebuilds it). Its later miss, one run in twenty with
 * three soaks at once, was an edit of a post whose move had half arrived (written back into the month
 * it left, a second copy): refused since (v.postArriving). With SOAK_DUMP_DIR a failed run leaves
 * both plan folders and what each laptop acknowledged there.
 */

const OPERATIONS = Number(process.env.SYNC_OPERATIONS ?? sized(120, 1000));

describe('two laptops through a shared folder', () => {
  it(`after ${OPERATIONS} + ${OPERATIONS} random operations and a sync tool with delays, partial copies, conflict copies and deletions, both hold the same plan and nothing acknowledged is lost`, async () => {
    const { planA, planB, volunteers, dutyIds } = await soakPlan();
    const anna = await openLaptop('Anna', planA);
    const ben = await openLaptop('Ben', planB);
    const tool = new FolderSync([planA, planB], { random: seededRandom(Number(process.env.SYNC_SEED ?? 7)) });
    tool.start();
    const started = Date.now();
    const [byAnna, byBen] = await Promise.all([operate(anna, seededRandom(1), OPERATIONS, volunteers, dutyIds), operate(ben, seededRandom(2), OPERATIONS, volunteers, dutyIds)]);
    const operated = Date.now();
    await tool.quiet();
    // What the watchers have not taken yet, a rescan takes.
    for (;;) {
      const [a, b] = await Promise.all([anna.repo.takeOutsideChanges(), ben.repo.takeOutsideChanges()]);
      if (!a && !b) break;
      await tool.quiet();
    }
    const converged = Date.now();

    const [seenA, seenB] = [sortedTrash(await anna.repo.snapshot()), sortedTrash(await ben.repo.snapshot())];
    const [conflictsA, conflictsB] = [await anna.repo.conflicts(), await ben.repo.conflicts()];
    await keepEvidence(
      () => {
        expect(seenB).toEqual(seenA);
        expect(conflictsB).toEqual(conflictsA);
        expectNothingLost(seenA, conflictsA, [byAnna, byBen]);
      },
      { A: planA, B: planB },
      async () => ({ done: [byAnna, byBen], plan: seenA, conflicts: { anna: conflictsA, ben: conflictsB }, tool: tool.figures }),
    );

    for (const kind of KINDS) expect(byAnna.kinds[kind] + byBen.kinds[kind], `${kind} operations acknowledged`).toBeGreaterThan(0);

    const files = folderFigures(planA);
    const written = byAnna.created.size + byBen.created.size;
    const acknowledged = KINDS.reduce((sum, kind) => sum + byAnna.kinds[kind] + byBen.kinds[kind], 0);
    console.log(
      JSON.stringify({
        operations: OPERATIONS * 2,
        failedByRules: byAnna.failed + byBen.failed,
        operateMs: operated - started,
        convergeAfterLastOperationMs: converged - operated,
        planFolder: files,
        planFolderB: folderFigures(planB),
        tool: tool.figures,
        kinds: Object.fromEntries(KINDS.map((kind) => [kind, byAnna.kinds[kind] + byBen.kinds[kind]])),
        // What the sync tool saw appear or change in the two plan folders (its own copies not counted), per acknowledged operation.
        filesWrittenPerSave: Number((tool.figures.seen / acknowledged).toFixed(2)),
        filesPerOperation: Number((tool.figures.copied / 2 / (OPERATIONS * 2)).toFixed(2)),
        posts: seenA.posts.length,
        trash: seenA.trash.length,
        created: written,
        conflicts: { posts: conflictsA.posts.length, duties: conflictsA.duties.length, editedWhileDeleted: conflictsA.editedWhileDeleted.length, copies: conflictsA.copies.length },
      }),
    );
    tool.stop();
    await Promise.all([anna.repo.close(), ben.repo.close()]);
  }, Math.max(180_000, OPERATIONS * 800));
});
