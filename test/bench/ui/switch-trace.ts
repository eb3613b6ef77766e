import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../support/browser';
import { startBridgeProcess } from '../../support/bridge-process';
import { benchData, defaultCacheDir } from './data';
import { VIEWPORT } from './measure';
import { arm, settledMs, settleScript } from './settle';

/*
 * `POSTS=1000 VIEW=Agenda ROUNDS=5 npx tsx test/bench/ui/switch-trace.ts` (after `npm run build`): the click on Week or
 * Agenda from the month as the bench makes it (a fresh page each round, after the bench's steps before it, so the
 * view's code runs for the first time in the page), seen by Chromium's timeline: the click's task and the frame that
 * shows it, in wall time and in the main thread's CPU time. On a loaded machine the wall times move by 2-5x from
 * round to round; the CPU times (trace events' `tdur`) move by a few percent, so compare those between two builds.
 */
interface TraceEvent { name: string; ph: string; dur?: number; tdur?: number; tid: number; pid: number; ts: number; args?: { name?: string; data?: { type?: string } } }
const posts = Number(process.env.POSTS ?? 1000);
const rounds = Number(process.env.ROUNDS ?? 5);
const view = process.env.VIEW ?? 'Agenda';
const data = await benchData(posts, defaultCacheDir());
const bridge = await startBridgeProcess(data.dir);
const browser = await launchChromium();
const grid = '[aria-busy] table';
const ms = (microseconds = 0) => (microseconds / 1000).toFixed(1);
// Clicked in the page, so that no locator polls the page meanwhile.
const clickOn = (page: Page, label: string) => page.evaluate((name) => [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === name || button.getAttribute('aria-label') === name)?.click(), label);
try {
  const token = new URL(bridge.url).searchParams.get('token') ?? '';
  for (let round = 0; round < rounds; round++) {
    await fetch(new URL('/api/preferences%3Aupdate', bridge.url), { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-somevuoro-token': token }, body: JSON.stringify({ calendarView: 'month', calendarDate: null }) });
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
    await context.addInitScript(settleScript);
    const page = await context.newPage();
    await page.goto(bridge.url);
    await page.locator(`${grid} button[data-post-id]`).first().waitFor();
    await settledMs(page, true, 180_000);
    // The bench's steps before this one (the pointer's first move fetches the agenda's code: lazy-part.ts).
    await page.mouse.move(10, 10);
    for (const step of ['Next month', 'Previous month', ...(view === 'Agenda' ? ['Week', 'Month'] : [])]) {
      await clickOn(page, step);
      await page.waitForTimeout(300);
      await settledMs(page, true);
    }
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (event: { value: object[] }) => events.push(...(event.value as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    await arm(page);
    await clickOn(page, view);
    await page.waitForTimeout(200);
    await page.locator('[aria-busy="false"]').waitFor();
    const settled = await settledMs(page);
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
    const mine = events.filter((event) => main && event.pid === main.pid && event.tid === main.tid && event.ph === 'X').sort((a, b) => a.ts - b.ts);
    const click = mine.find((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'click');
    const task = click && mine.filter((event) => event.name === 'RunTask' && event.ts <= click.ts).at(-1);
    if (!task) throw new Error('The click was not in the trace');
    const taskEnd = task.ts + (task.dur ?? 0);
    const frame = mine.find((event) => event.name === 'RunTask' && event.ts >= taskEnd && mine.some((paint) => paint.name === 'Paint' && paint.ts >= event.ts && paint.ts <= event.ts + (event.dur ?? 0)));
    const inFrame = (name: string) => (frame ? mine.filter((event) => event.name === name && event.ts >= frame.ts && event.ts <= frame.ts + (frame.dur ?? 0)).reduce((sum, event) => sum + (event.dur ?? 0), 0) : 0);
    const elements = await page.evaluate(() => document.querySelectorAll('*').length);
    console.log(
      `${view} ${round + 1}: settled ${settled.toFixed(1)} ms; click task ${ms(task.dur)} (cpu ${ms(task.tdur)}), frame ${ms(frame?.dur)} (cpu ${ms(frame?.tdur)}: style ${ms(inFrame('UpdateLayoutTree'))}, layout ${ms(inFrame('Layout'))}, paint ${ms(inFrame('PrePaint') + inFrame('Paint') + inFrame('Layerize'))}); ${elements} elements`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(data.dir, { recursive: true, force: true });
}
