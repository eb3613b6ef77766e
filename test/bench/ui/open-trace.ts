import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../support/browser';
import { startBridgeProcess } from '../../support/bridge-process';
import { benchData, defaultCacheDir } from './data';
import { startFullCalendarServer } from './fullcalendar-page';
import { VIEWPORT } from './measure';
import { settledMs, settleScript } from './settle';

/*
 * `npx tsx test/bench/ui/open-trace.ts [--posts 10000] [--rounds 3] [--trace /tmp/open]` (after `npm run build`)
 * Where opening to the month view spends its time, ours and FullCalendar 7's side by side (fresh pages,
 * interleaved as run.ts does), from Chromium's timeline trace, in ms from navigation start:
 * the page's tasks on the main thread (HTML parse, each script's compile and evaluation, React's work,
 * style, layout, paint, garbage collection), each file and request (sent → first byte → done), and settled.
 * `--trace` writes each page's trace, to open in DevTools' Performance panel.
 */

const { values } = parseArgs({ options: { posts: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '3' }, trace: { type: 'string' } } });

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; frame?: string; beginData?: Record<string, unknown> };
}

/** What a main-thread event counts as, summed per task. */
const kinds: [RegExp, string][] = [
  [/^ParseHTML$/, 'html'],
  [/^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.produceModuleCache|v8\.produceCache|v8\.parseOnBackground)/, 'compile'],
  [/^(v8\.evaluateModule|EvaluateScript)$/, 'evaluate'],
  [/^(FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.callFunction|V8\.Execute)$/, 'script'],
  [/^(UpdateLayoutTree|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/, 'style'],
  [/^Layout$/, 'layout'],
  [/^(PrePaint|Paint|Layerize|Commit|UpdateLayer|CompositeLayers)$/, 'paint'],
  [/^(MinorGC|MajorGC|V8\.GC_.*|BlinkGC\..*)$/, 'gc'],
];
const kindOf = (name: string) => kinds.find(([pattern]) => pattern.test(name))?.[1];

async function traced(browser: Browser, url: string, ready: string): Promise<{ settled: number; events: TraceEvent[]; resources: string[]; probe: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
  await context.addInitScript(settleScript);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event: { value: object[] }) => events.push(...(event.value as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink.user_timing,loading,disabled-by-default-v8.compile',
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'commit' });
  if (ready.startsWith('window')) await page.waitForFunction(ready, undefined, { timeout: 120_000 });
  else await page.locator(ready).first().waitFor({ timeout: 120_000 });
  const settled = await settledMs(page, true, 120_000);
  // A mark whose page time is known places navigation start on the trace's clock.
  const probe = await page.evaluate(() => performance.mark('open-trace:probe').startTime);
  const resources = (await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const rows = [{ name: 'document', startTime: 0, responseStart: navigation.responseStart, responseEnd: navigation.responseEnd, encodedBodySize: navigation.encodedBodySize }, ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[])];
    const marks = performance.getEntriesByType('mark').map((mark) => `${mark.startTime.toFixed(0).padStart(5)}  mark ${mark.name}`);
    const paints = performance.getEntriesByType('paint').map((paint) => `${paint.startTime.toFixed(0).padStart(5)}  ${paint.name}`);
    return [...marks, ...paints, ...rows.map((entry) => `${entry.startTime.toFixed(0).padStart(5)} → ${entry.responseStart.toFixed(0).padStart(5)} → ${entry.responseEnd.toFixed(0).padStart(5)} ${String(entry.encodedBodySize).padStart(8)} B  ${entry.name === 'document' ? 'document' : decodeURIComponent(new URL(entry.name).pathname + new URL(entry.name).search).slice(0, 90)}`)];
  })) as string[];
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  return { settled, events, resources, probe };
}

/** The main thread's tasks from navigation start to `until` ms: each task over 3 ms with its time by kind, then the sums. */
function mainThread(events: TraceEvent[], until: number, probe: number): string[] {
  const mark = events.find((e) => e.name === 'open-trace:probe');
  if (!mark) return ['(the probe mark is not in the trace)'];
  const origin = mark.ts - probe * 1000;
  const main = { pid: mark.pid, tid: mark.tid };
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const ms = (ts: number) => (ts - origin) / 1000;
  const tasks = mine.filter((e) => e.name === 'RunTask' && ms(e.ts) >= -5 && ms(e.ts) <= until);
  const lines: string[] = [];
  const totals = new Map<string, number>();
  let busy = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    // Time by kind, counting each microsecond once: the outermost event of a known kind takes it.
    const byKind = new Map<string, number>();
    let coveredUntil = task.ts;
    const labels: string[] = [];
    for (const event of mine) {
      if (event.ts < task.ts || event.ts >= end || event === task) continue;
      const kind = kindOf(event.name);
      if (!kind || event.ts < coveredUntil) continue;
      coveredUntil = event.ts + (event.dur ?? 0);
      byKind.set(kind, (byKind.get(kind) ?? 0) + (event.dur ?? 0) / 1000);
      const file = (event.args?.data?.url ?? event.args?.data?.fileName ?? event.args?.beginData?.url) as string | undefined;
      if (file && (kind === 'compile' || kind === 'evaluate' || kind === 'html')) labels.push(`${kind} ${file.split('/').pop()?.slice(0, 40)} ${((event.dur ?? 0) / 1000).toFixed(0)}`);
    }
    const duration = (task.dur ?? 0) / 1000;
    busy += duration;
    const known = [...byKind.values()].reduce((sum, value) => sum + value, 0);
    byKind.set('other', Math.max(0, duration - known));
    for (const [kind, value] of byKind) totals.set(kind, (totals.get(kind) ?? 0) + value);
    if (duration >= 3) {
      const parts = [...byKind].filter(([, value]) => value >= 1).map(([kind, value]) => `${kind} ${value.toFixed(0)}`);
      lines.push(`  ${ms(task.ts).toFixed(0).padStart(5)} +${duration.toFixed(0).padStart(4)}  ${parts.join(', ')}${labels.length ? `  [${labels.slice(0, 4).join('; ')}]` : ''}`);
    }
  }
  lines.push(`  busy ${busy.toFixed(0)} ms of ${until.toFixed(0)}: ${[...totals].sort((a, b) => b[1] - a[1]).map(([kind, value]) => `${kind} ${value.toFixed(0)}`).join(', ')}`);
  return lines;
}

const posts = Number(values.posts);
const data = await benchData(posts, defaultCacheDir());
const bridge = await startBridgeProcess(data.dir);
const fullCalendar = await startFullCalendarServer(data.events, data.today);
const browser = await launchChromium();
try {
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [name, url, ready] of [
      ['ours', bridge.url, '[aria-busy="false"] table button[data-post-id]'],
      ['FullCalendar', fullCalendar.url, 'window.__fc && window.__fc.eventsSet > 0 && !window.__fc.loading'],
    ] as const) {
      const { settled, events, resources, probe } = await traced(browser, url, ready);
      console.log(`\n${name}, round ${round + 1}, ${posts} posts: settled ${settled.toFixed(0)} ms`);
      console.log(resources.join('\n'));
      console.log(mainThread(events, settled + 20, probe).join('\n'));
      if (values.trace) fs.writeFileSync(`${values.trace}-${name}-${round + 1}.json`, JSON.stringify({ traceEvents: events }));
    }
  }
} finally {
  await browser.close();
  await bridge.stop();
  await fullCalendar.close();
  fs.rmSync(data.dir, { recursive: true, force: true });
}
