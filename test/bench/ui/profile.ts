import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../support/browser';
import { startBridgeProcess } from '../../support/bridge-process';
import { benchData, defaultCacheDir } from './data';
import { VIEWPORT } from './measure';
import { arm, settledMs, settleScript } from './settle';

/*
 * `npx tsx test/bench/ui/profile.ts [--posts 10000] [--rounds 5] [--out /tmp/month.cpuprofile] [--step month|week|agenda|editor|save|filter]`
 * Where a month change (Next, then Previous), a switch to the week, opening the editor, saving an
 * edit or a status filter spend their time:
 * a CPU profile of those steps on the bench's data, summed by function (self time) and
 * by the file the time is spent in. The profile file opens in Chromium's DevTools.
 */

const { values } = parseArgs({ options: { posts: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '5' }, out: { type: 'string' }, step: { type: 'string', default: 'month' } } });

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function, and time inside (inclusive) each function named on the command line or a component's. */
function summarise(profiles: Profile[], top = 25): string {
  const self = new Map<string, number>();
  const inside = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    profile.samples.forEach((id, index) => {
      const node = byId.get(id)!;
      const ms = (profile.timeDeltas[index] ?? 0) / 1000;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)' || functionName === '(program)') return;
      total += ms;
      const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + ms);
      const seen = new Set<string>();
      // Who calls the function named in CALLERS_OF (its nearest named caller outside it).
      if (process.env.CALLERS_OF) {
        let at: number | undefined = id;
        while (at !== undefined && byId.get(at)!.callFrame.functionName !== process.env.CALLERS_OF) at = parent.get(at);
        while (at !== undefined && ['', process.env.CALLERS_OF, 'translate', 't', 'fixedT'].includes(byId.get(at)!.callFrame.functionName)) at = parent.get(at);
        if (at !== undefined) {
          const caller = `caller ${byId.get(at)!.callFrame.functionName}`;
          inside.set(caller, (inside.get(caller) ?? 0) + ms);
        }
      }
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const name = byId.get(at)!.callFrame.functionName;
        if (name && !seen.has(name)) {
          seen.add(name);
          inside.set(name, (inside.get(name) ?? 0) + ms);
        }
      }
    });
  }
  const lines = [`busy ${total.toFixed(1)} ms over ${profiles.length} steps`];
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`${ms.toFixed(1).padStart(8)}  ${key}`);
  lines.push('inclusive:');
  for (const [key, ms] of [...inside].filter(([name]) => /^caller |^[A-Z]|^use[A-Z]|^commit|^render|^flush|^perform|^chipLabel|^translate|^t$|^monthGrid|^(on)?[a-z]+Key/.test(name)).sort((a, b) => b[1] - a[1]).slice(0, 45))
    lines.push(`${ms.toFixed(1).padStart(8)}  ${key}`);
  return lines.join('\n');
}

const monthGrid = '[aria-busy] table';
const idle = (page: Page) => page.locator('[aria-busy="false"]').waitFor();

const data = await benchData(Number(values.posts), defaultCacheDir());
const bridge = await startBridgeProcess(data.dir);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
  await context.addInitScript(settleScript);
  const page = await context.newPage();
  if (process.env.DEBUG_REQUESTS) {
    page.on('request', (request) => console.log('>', request.method(), request.url().slice(0, 120), request.postData()?.slice(0, 100)));
    page.on('requestfinished', (request) => console.log('<', request.url().slice(0, 120)));
    page.on('console', (message) => console.log('console', message.text()));
  }
  await page.goto(bridge.url);
  await page.locator(`${monthGrid} button[data-post-id]`).first().waitFor();
  await idle(page);
  // Opening waits on every request of the first screen (plan:conflicts can take over 30 s at load 20).
  await settledMs(page, true, 180_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const times: string[] = [];
  // Let the neighbours' read-ahead finish, as a user who looks at the month for a moment would.
  await page.waitForTimeout(1500);
  const profiles: Profile[] = [];
  // A step: what to do before it (not profiled), the action, and what shows it is done.
  interface Step { name: string; before?: () => Promise<void>; act: () => Promise<void>; done: () => Promise<void>; after?: () => Promise<void> }
  const chip = page.locator(`${monthGrid} button[data-post-id]`).first();
  const dialog = page.getByRole('dialog', { name: 'Edit post' });
  const title = dialog.getByLabel('Title', { exact: true });
  const closeDialog = async () => {
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  };
  const monthSteps = (name: string): Step => ({
    name,
    before: async () => void (await page.locator(monthGrid).first().getAttribute('aria-label').then((label) => (monthBefore = label))),
    act: () => page.getByRole('button', { name, exact: true }).click(),
    done: () => page.locator(`${monthGrid}:not([aria-label=${JSON.stringify(monthBefore)}])`).waitFor(),
  });
  let monthBefore: string | null = null;
  const backToMonth = async () => {
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await page.locator(monthGrid).first().waitFor();
  };
  let edits = 0;
  const steps: Record<string, Step[]> = {
    // STEPS="Next month,Next month" (with PAUSE_MS=0) steps into months not yet prepared beside the shown one.
    month: (process.env.STEPS ?? 'Next month,Previous month').split(',').map(monthSteps),
    // Week and agenda: the switch there only; the way back to the month is not profiled.
    week: [{ ...monthSteps('Week'), after: backToMonth }],
    agenda: [{ name: 'Agenda', act: () => page.getByRole('button', { name: 'Agenda', exact: true }).click(), done: () => page.locator('[aria-busy] section[aria-labelledby^="week-"]').first().waitFor(), after: backToMonth }],
    editor: [{ name: 'editor', act: () => chip.click(), done: () => title.waitFor(), after: closeDialog }],
    save: [
      {
        name: 'save',
        before: async () => {
          await chip.click();
          await title.fill(`${await title.inputValue()} [p${++edits}]`);
        },
        act: () => dialog.getByRole('button', { name: 'Save', exact: true }).click(),
        done: () => page.locator(`${monthGrid} button[data-post-id]`, { hasText: `[p${edits}]` }).first().waitFor(),
      },
    ],
    filter: [
      { name: 'filter', act: async () => void (await page.getByLabel('Filter by status', { exact: true }).selectOption('draft')), done: () => page.getByRole('button', { name: 'Clear filters' }).waitFor() },
      { name: 'clear', act: () => page.getByRole('button', { name: 'Clear filters' }).click(), done: () => page.getByRole('button', { name: 'Clear filters' }).waitFor({ state: 'detached' }) },
    ],
  };
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const step of steps[values.step ?? 'month'] ?? []) {
      await step.before?.();
      await settledMs(page, true);
      await cdp.send('Profiler.start');
      // Each DOM change with its time from the input and what it was, to see which answer moved what.
      if (process.env.DEBUG_MUTATIONS)
        await page.evaluate(`(() => { window.__log = []; window.__observer?.disconnect(); window.__observer = new MutationObserver((records) => { for (const r of records) window.__log.push(Math.round(performance.now() - (window.__bench.inputAt ?? 0)) + ' ' + r.type + ' ' + (r.attributeName || '') + ' ' + (r.type === 'characterData' ? JSON.stringify(r.oldValue) + '->' + JSON.stringify(r.target.data) + ' in ' + r.target.parentNode?.parentNode?.nodeName + '.' + r.target.parentNode?.parentNode?.className : '') + ' ' + (r.target.nodeName || '') + '.' + String(r.target.className || '').slice(0, 40) + ' +' + [...r.addedNodes].map((n) => (n.textContent || '').slice(0, 40)).join('|') + ' -' + [...r.removedNodes].map((n) => (n.textContent || '').slice(0, 40)).join('|')); }); window.__observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true, characterDataOldValue: true }); })()`);
      await arm(page);
      await step.act();
      await step.done();
      await idle(page);
      times.push(`${step.name} ${(await settledMs(page)).toFixed(1)}`);
      if (process.env.DEBUG_MUTATIONS) console.log(((await page.evaluate('window.__log')) as string[]).join('\n'));
      profiles.push(((await cdp.send('Profiler.stop')) as { profile: Profile }).profile);
      await step.after?.();
      // A user looks before the next step: the neighbours are prepared meanwhile (MonthPanes.tsx). PAUSE_MS=0 steps at once.
      await page.waitForTimeout(Number(process.env.PAUSE_MS ?? 1500));
    }
  }
  if (values.out) fs.writeFileSync(values.out, JSON.stringify(profiles[0]));
  console.log(times.join('\n'));
  console.log(summarise(profiles));
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(data.dir, { recursive: true, force: true });
}
