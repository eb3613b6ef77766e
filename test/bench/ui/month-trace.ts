import fs from 'node:fs';
import { launchChromium } from '../../support/browser';
import { startBridgeProcess } from '../../support/bridge-process';
import { benchData, defaultCacheDir } from './data';
import { VIEWPORT } from './measure';
import { arm, settledMs, settleScript } from './settle';

/*
 * `POSTS=10000 ROUNDS=3 npx tsx test/bench/ui/month-trace.ts` (after `npm run build`): where a month change's
 * milliseconds go, as Chromium's timeline sees them. For each Next / Previous: the click's task (script: render,
 * commit, the effects React runs before paint), then the style, layout, pre-paint, paint and layerize of the frame
 * that shows it; and every main-thread event summed per step. Complements profile.ts (which sees script only).
 * The click is dispatched in the page, so no Playwright locator polls the page meanwhile. STEPS="Next month,Next month"
 * steps on into months never shown (the default, Next then Previous, comes back to one shown before);
 * TRACE_CATEGORIES replaces the categories traced (add e.g. disabled-by-default-devtools.timeline.invalidationTracking: what made layout dirty).
 */
interface TraceEvent { name: string; ph: string; dur?: number; tid: number; pid: number; ts: number; args?: { name?: string; data?: { type?: string } } }
const posts = Number(process.env.POSTS ?? 10000);
const rounds = Number(process.env.ROUNDS ?? 3);
const steps = (process.env.STEPS ?? 'Next month,Previous month').split(',');
const data = await benchData(posts, defaultCacheDir());
const bridge = await startBridgeProcess(data.dir);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: process.env.LOCALE ?? 'en-GB', timezoneId: 'Europe/Helsinki' });
  await context.addInitScript(settleScript);
  const page = await context.newPage();
  await page.goto(bridge.url);
  const grid = '[aria-busy] table';
  await page.locator(`${grid} button[data-post-id]`).first().waitFor();
  await settledMs(page, true, 180_000);
  await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  const totals = new Map<string, number>();
  const times: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const name of steps) {
      const before = await page.locator(grid).first().getAttribute('aria-label');
      await settledMs(page, true);
      // A user looks at a month before stepping on: the neighbours are prepared meanwhile (MonthPanes.tsx). PAUSE_MS=0 steps at once.
      await page.waitForTimeout(Number(process.env.PAUSE_MS ?? 2500));
      const events: TraceEvent[] = [];
      const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
      cdp.on('Tracing.dataCollected', collect);
      await cdp.send('Tracing.start', { categories: process.env.TRACE_CATEGORIES ?? 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
      await arm(page);
      // Clicked in the page, so no locator polling runs in the page meanwhile.
      await page.evaluate((label) => (document.querySelector(`button[aria-label="${label}"]`) as HTMLElement ?? [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label || b.getAttribute('aria-label') === label))!.click(), name);
      await page.waitForFunction((b) => document.querySelector('[aria-busy] table')?.getAttribute('aria-label') !== b, before, { polling: 100 });
      times.push(`${name} ${(await settledMs(page)).toFixed(1)}`);
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', collect);
      const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      {
        const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
        const click = mine.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
        const task = click && mine.filter((e) => e.name === 'RunTask' && e.ts <= click.ts && e.ts + (e.dur ?? 0) >= click.ts).at(-1);
        if (task) {
          const taskEnd = task.ts + (task.dur ?? 0);
          const render = mine.find((e) => e.name === 'RunTask' && e.ts >= taskEnd && mine.some((x) => x.name === 'Paint' && x.ts >= e.ts && x.ts <= e.ts + (e.dur ?? 0)));
          const inRender = (name: string) => (render ? mine.filter((x) => x.name === name && x.ts >= render.ts && x.ts <= render.ts + (render.dur ?? 0)).reduce((sum, x) => sum + (x.dur ?? 0) / 1000, 0) : 0);
          const row = { click: (task.dur ?? 0) / 1000, style: inRender('UpdateLayoutTree'), layout: inRender('Layout'), prePaint: inRender('PrePaint'), paint: inRender('Paint'), layerize: inRender('Layerize'), wait: render ? (render.ts - taskEnd) / 1000 : 0 };
          for (const [key, value] of Object.entries(row)) totals.set(`step ${key}`, (totals.get(`step ${key}`) ?? 0) + value);
          times.push(`${name} ${Object.entries(row).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' ')}`);
        }
      }
      for (const e of events) {
        if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
        if (!['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'HitTest', 'ParseHTML', 'EvaluateScript', 'V8.GC_SCAVENGER', 'MinorGC', 'MajorGC', 'ProfileCall', 'UpdateLayerTree', 'IntersectionObserverController::computeIntersections', 'ScheduleStyleRecalculation'].includes(e.name)) continue;
        totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
      }
      if (process.env.TRACE_OUT && round === 0) fs.writeFileSync(`${process.env.TRACE_OUT}-${name.replace(' ', '')}.json`, JSON.stringify(events));
      await page.waitForTimeout(1000);
    }
  }
  console.log(times.join('\n'));
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`${(ms / (rounds * steps.length)).toFixed(1).padStart(8)} ms/step  ${name}`);
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(data.dir, { recursive: true, force: true });
}
