import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { actAs } from '../../../../support/identity';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Issue 13 item 4: the status line lists the laptops seen. automerge-repo gives every session
 * its own engine actor, so counting actors made one laptop, opened three times, three laptops
 * ("Anna (3 laptops)"). Changes carry the laptop's id from its device folder instead.
 */
describe('laptops seen on the status line', { timeout: 30_000 }, () => {
  it('counts a laptop opened three times as one, and another laptop on the same plan as a second', async () => {
    const anna = tempDir();
    const planDir = `${tempDir()}/plan`;
    const minute = (m: number) => () => new Date(`2026-11-25T10:0${m}:00Z`);
    for (const [m, title] of ['Syystalkoot', 'Joulumyyjäiset', 'Kevätkokous'].entries()) {
      const session = await backendOn(anna, minute(m), undefined, planDir);
      await actAs(session.call, 'Anna');
      await session.call('posts:create', { title, date: '2026-11-26' });
      await session.close();
    }
    const carl = await backendOn(tempDir(), minute(3), undefined, planDir);
    await actAs(carl.call, 'Carl');
    await carl.call('posts:create', { title: 'Pikkujoulut', date: '2026-11-27' });
    await carl.close();
    // Ben only reads: what he counts comes from the plan's changes, not from his own.
    const ben = await backendOn(tempDir(), minute(4), undefined, planDir);
    // Once the month holding all four posts is counted (the warm-up loads it), Anna's last change is her third session's.
    const people = async () => (await ben.call('plan:status', {})).people;
    await expect.poll(async () => (await people()).find((person) => person.name === 'Anna')?.lastChangeAt, { timeout: 15_000, interval: 200 }).toBe('2026-11-25T10:02:00.000Z');
    expect((await people()).find((person) => person.name === 'Anna')?.laptops).toBe(1);
    expect((await people()).find((person) => person.name === 'Carl')?.laptops).toBe(1);
    expect((await ben.call('plan:status', {})).laptops).toBe(2);
    await ben.close();
  });
});
