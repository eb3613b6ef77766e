import { parseArgs } from 'node:util';
import { launchChromium } from '../../support/browser';
import { startBridgeProcess } from '../../support/bridge-process';
import { benchData, defaultCacheDir } from './data';
import { VIEWPORT } from './measure';
import { settledMs, settleScript } from './settle';

/*
 * `npx tsx test/bench/ui/waterfall.ts [--posts 10000] [--rounds 3]`
 * Where opening the app spends its time, from navigation start: each file and request the
 * page fetched (sent, first byte, done, size), the long tasks on the main thread (parsing,
 * compiling and running scripts, React's renders), the first paint, every DOM change after it (what moves the
 * settled figure) and the settled time,
 * for fresh pages (empty cache) on the bench's data. Run `npm run build` first: the bridge
 * serves out/renderer.
 */

const { values } = parseArgs({ options: { posts: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '3' }, profile: { type: 'boolean', default: false } } });

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** The main thread's busiest functions (self time) over a CPU profile, with `--profile`. */
function busiest(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, top = 30): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') return;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${key}`);
}

// Long tasks are reported from the start only if observed before the page's own scripts.
const longTasks = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
})();`;

/*
 * Every DOM change, with its time, so that what moves the settled figure after the first paint shows:
 * what changed (attribute, text, nodes added) and where (the nearest element's tag, id, class, role).
 */
const changes = `(() => {
  window.__changes = [];
  const where = (node) => {
    const element = node.nodeType === 1 ? node : node.parentElement;
    if (!element) return '?';
    const role = element.getAttribute('role');
    const className = typeof element.className === 'string' ? element.className.split(' ')[0] : '';
    return element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + (className ? '.' + className : '') + (role ? '[role=' + role + ']' : '');
  };
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      const what = record.type === 'attributes' ? '@' + record.attributeName : record.type === 'characterData' ? 'text' : '+' + record.addedNodes.length + '/-' + record.removedNodes.length + (record.addedNodes[0] ? ' ' + where(record.addedNodes[0]) : '');
      window.__changes.push([now, what + ' in ' + where(record.target)]);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

/** The changes after the first paint, a line per task (same time), counted by kind. */
function changesAfter(list: [number, string][], from: number): string[] {
  const byTime = new Map<string, Map<string, number>>();
  for (const [at, what] of list) {
    if (at < from) continue;
    const key = at.toFixed(0);
    const kinds = byTime.get(key) ?? new Map<string, number>();
    kinds.set(what, (kinds.get(what) ?? 0) + 1);
    byTime.set(key, kinds);
  }
  return [...byTime].map(([at, kinds]) => `  ${at.padStart(5)}  ${[...kinds].slice(0, 6).map(([what, n]) => `${n}× ${what}`).join('; ')}${kinds.size > 6 ? ` (+${kinds.size - 6} kinds)` : ''}`);
}

interface Row {
  name: string;
  start: number;
  firstByte: number;
  end: number;
  bytes: number;
}

const data = await benchData(Number(values.posts), defaultCacheDir());
const bridge = await startBridgeProcess(data.dir);
const browser = await launchChromium();
try {
  for (let round = 0; round < Number(values.rounds); round++) {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
    await context.addInitScript(settleScript);
    await context.addInitScript(longTasks);
    await context.addInitScript(changes);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && console.log(`console: ${message.text()}`));
    const cdp = values.profile ? await context.newCDPSession(page) : null;
    await cdp?.send('Profiler.enable');
    await cdp?.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp?.send('Profiler.start');
    await page.goto(bridge.url, { waitUntil: 'commit' });
    await page.locator('[aria-busy] table button[data-post-id]').first().waitFor();
    await page.locator('[aria-busy="false"]').waitFor();
    const settled = await settledMs(page, true, 120_000);
    const timeline = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const rows = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
        name: decodeURIComponent(new URL(entry.name).pathname),
        start: entry.startTime,
        firstByte: entry.responseStart,
        end: entry.responseEnd,
        bytes: entry.encodedBodySize,
      }));
      const paints = performance.getEntriesByType('paint').map((entry) => `${entry.name} ${entry.startTime.toFixed(0)}`);
      return {
        html: { name: 'document', start: 0, firstByte: navigation.responseStart, end: navigation.responseEnd, bytes: navigation.encodedBodySize },
        rows,
        paints,
        domContentLoaded: navigation.domContentLoadedEventEnd,
        longTasks: (window as unknown as { __longTasks: [number, number][] }).__longTasks,
        changes: (window as unknown as { __changes: [number, string][] }).__changes,
        firstPaint: performance.getEntriesByType('paint')[0]?.startTime ?? 0,
      };
    });
    console.log(`\nround ${round + 1}: settled ${settled.toFixed(0)} ms; ${timeline.paints.join(', ')}; DOMContentLoaded ${timeline.domContentLoaded.toFixed(0)}`);
    for (const row of [timeline.html, ...timeline.rows] as Row[]) {
      console.log(`  ${row.start.toFixed(0).padStart(5)} → ${row.firstByte.toFixed(0).padStart(5)} → ${row.end.toFixed(0).padStart(5)}  ${String(row.bytes).padStart(8)} B  ${row.name}`);
    }
    if (cdp) console.log(busiest((await cdp.send('Profiler.stop')).profile as never).join('\n'));
    console.log(`  long tasks: ${timeline.longTasks.map(([start, duration]) => `${start.toFixed(0)}+${duration.toFixed(0)}`).join(', ')}`);
    console.log(`  DOM changes from the first paint (${timeline.firstPaint.toFixed(0)} ms):`);
    console.log(changesAfter(timeline.changes, timeline.firstPaint).join('\n'));
    await context.close();
  }
} finally {
  await browser.close();
  await bridge.stop();
}
