import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale } from '../../../electron/bridge/build-if-stale';
import { chromiumPath, launchChromium } from '../../support/browser';
import { startBridgeProcess } from '../../support/bridge-process';
import { benchData, defaultCacheDir } from './data';
import { startFullCalendarServer } from './fullcalendar-page';
import type { FigureKey, PageFigures } from './measure';
import { figureLabels, fullCalendarFigures, measureFullCalendar, measureOurs, VIEWPORT } from './measure';

/*
 * `npm run bench:ui -- --posts 1000,10000,50000 [--pages 5] [--out DIR] [--no-build]`
 * Our calendar (the built renderer on the web bridge) and FullCalendar 7 on the same
 * events, side by side in Debian's Chromium. See test/bench/ui/README.md.
 */

const root = path.resolve(import.meta.dirname, '../../..');
const usage = 'Usage: npm run bench:ui -- [--posts 1000,10000,50000] [--pages 5] [--out DIR] [--cache DIR] [--no-build]';

export interface Figure {
  label: string;
  ours: { median: number; samples: number[] };
  fullCalendar: { median: number; samples: number[] } | null;
  /** ours / FullCalendar; null where FullCalendar has no equivalent. */
  ratio: number | null;
}

export interface SizeResult {
  posts: number;
  dataBuildMs: number | null;
  figures: Record<FigureKey, Figure>;
  serverCalls: { ours: { request: string; bytes: number; medianMs: number }[]; fullCalendar: { request: string; bytes: number; medianMs: number }[] };
  /** The channels the first page asked for from the click on Save until settled. */
  saveRequests: string[];
  /** The channels the first page asked for from the click on Week (Agenda) until settled. */
  viewRequests: { week: string[]; agenda: string[] };
  pageErrors: string[];
}

export interface BenchResult {
  startedAt: string;
  finishedAt: string;
  uptimeStart: string;
  uptimeEnd: string;
  machine: { cpus: number; node: string; chromium: string; viewport: typeof VIEWPORT };
  pages: number;
  sizes: SizeResult[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${os.loadavg().map((load) => load.toFixed(2)).join(', ')}`;
  }
}

/** Replays recorded requests one after another, `rounds` times; the medians of each and of their sum. */
async function replay(requests: PageFigures['openRequests'], headers: Record<string, string>, rounds: number) {
  // Reads only: a write would change the folder under the next figures.
  const reads = requests.filter((request) => request.method === 'GET' || !/%3A(update|create|delete|restore|tick|approve|comment|save|apply|accept|swap|move)/i.test(request.url));
  const times = reads.map(() => [] as number[]);
  const bytes = reads.map(() => 0);
  const totals: number[] = [];
  const postTotals: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let total = 0;
    let posts = 0;
    for (const [index, request] of reads.entries()) {
      const started = performance.now();
      const response = await fetch(request.url, { method: request.method, headers, body: request.method === 'GET' ? undefined : (request.body ?? '{}') });
      const body = await response.arrayBuffer();
      const took = performance.now() - started;
      if (!response.ok) throw new Error(`${request.url} answered ${response.status}`);
      times[index].push(took);
      bytes[index] = body.byteLength;
      total += took;
      if (/\/api\/posts%3Alist$|\/events$/.test(new URL(request.url).pathname)) posts += took;
    }
    totals.push(total);
    postTotals.push(posts);
  }
  const describe = (request: PageFigures['openRequests'][number]) => {
    const url = new URL(request.url);
    return url.pathname.startsWith('/api/') ? `${decodeURIComponent(url.pathname.slice(5))} ${request.body ?? ''}`.trim() : `${url.pathname}${url.search}`;
  };
  return { total: totals, posts: postTotals, calls: reads.map((request, index) => ({ request: describe(request), bytes: bytes[index], medianMs: median(times[index]) })) };
}

async function setPreferences(bridgeUrl: string, token: string, changes: object): Promise<void> {
  const response = await fetch(new URL('/api/preferences%3Aupdate', bridgeUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-somevuoro-token': token },
    body: JSON.stringify(changes),
  });
  const result = (await response.json()) as { ok: boolean };
  if (!result.ok) throw new Error(`Resetting the preferences failed: ${JSON.stringify(result)}`);
}

export interface BenchOptions {
  posts: number[];
  pages: number;
  outDir: string;
  cacheDir: string;
  build: boolean;
  log?: (line: string) => void;
}

function formatMs(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

export function formatTable(size: SizeResult): string {
  const lines = [`${size.posts.toLocaleString('en')} posts`, '', '| figure | ours ms | FullCalendar 7 ms | ours/FC |', '| --- | ---: | ---: | ---: |'];
  for (const figure of Object.values(size.figures)) {
    lines.push(`| ${figure.label} | ${formatMs(figure.ours.median)} | ${figure.fullCalendar ? formatMs(figure.fullCalendar.median) : '—'} | ${figure.ratio === null ? '—' : figure.ratio.toFixed(2)} |`);
  }
  return lines.join('\n');
}

export async function runBench(options: BenchOptions): Promise<{ result: BenchResult; file: string }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const startedAt = new Date().toISOString();
  const uptimeStart = uptime();
  log(`uptime at start: ${uptimeStart}`);
  if (options.build) buildIfStale(root);
  const chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const browser = await launchChromium();
  const sizes: SizeResult[] = [];
  try {
    for (const count of options.posts) {
      const data = await benchData(count, options.cacheDir);
      log(`${count} posts: data folder ${data.builtMs === null ? 'from the cache' : `built in ${(data.builtMs / 1000).toFixed(1)} s`}`);
      const bridge = await startBridgeProcess(data.dir);
      const fullCalendar = await startFullCalendarServer(data.events, data.today);
      const token = new URL(bridge.url).searchParams.get('token') ?? '';
      const ours: PageFigures[] = [];
      const theirs: PageFigures[] = [];
      try {
        // Interleaved, so that a burst of load on the machine hits both alike.
        for (let round = 0; round < options.pages; round++) {
          await setPreferences(bridge.url, token, { calendarView: 'month', calendarDate: null });
          ours.push(await measureOurs(browser, bridge.url, round + 1));
          theirs.push(await measureFullCalendar(browser, fullCalendar.url));
          log(`  page ${round + 1}/${options.pages} done`);
        }
        // Our page's /events is main's event stream, open while the page lives (FullCalendar's /events is its data).
        const ourServer = await replay(ours[0].openRequests.filter((request) => new URL(request.url).pathname !== '/events'), { 'Content-Type': 'application/json', 'x-somevuoro-token': token }, options.pages);
        const theirServer = await replay(theirs[0].openRequests, {}, options.pages);
        const figures = {} as Record<FigureKey, Figure>;
        for (const key of Object.keys(figureLabels) as FigureKey[]) {
          const pick = (server: typeof ourServer, pages: PageFigures[]) =>
            key === 'server' ? server.total : key === 'serverPosts' ? server.posts : pages.map((page) => page.figures[key] as number);
          const ourSamples = pick(ourServer, ours);
          const theirSamples = fullCalendarFigures.includes(key) ? pick(theirServer, theirs) : null;
          const ourMedian = median(ourSamples);
          const theirMedian = theirSamples ? median(theirSamples) : null;
          figures[key] = {
            label: figureLabels[key],
            ours: { median: ourMedian, samples: ourSamples },
            fullCalendar: theirSamples && theirMedian !== null ? { median: theirMedian, samples: theirSamples } : null,
            ratio: theirMedian ? ourMedian / theirMedian : null,
          };
        }
        const size: SizeResult = {
          posts: count,
          dataBuildMs: data.builtMs,
          figures,
          serverCalls: { ours: ourServer.calls, fullCalendar: theirServer.calls },
          saveRequests: ours[0].saveRequests,
          viewRequests: ours[0].viewRequests,
          pageErrors: [...ours, ...theirs].flatMap((page) => page.errors),
        };
        sizes.push(size);
        log('');
        log(formatTable(size));
        log('');
        log(`requests of a save: ${size.saveRequests.join(', ')}`);
        log(`requests of the week: ${size.viewRequests.week.join(', ') || 'none'}; of the agenda: ${size.viewRequests.agenda.join(', ') || 'none'}`);
        if (size.pageErrors.length) log(`page errors: ${size.pageErrors.join(' | ')}`);
      } finally {
        await fullCalendar.close();
        await bridge.stop();
        fs.rmSync(data.dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  const uptimeEnd = uptime();
  log(`uptime at end: ${uptimeEnd}`);
  const result: BenchResult = {
    startedAt,
    finishedAt: new Date().toISOString(),
    uptimeStart,
    uptimeEnd,
    machine: { cpus: os.cpus().length, node: process.version, chromium, viewport: VIEWPORT },
    pages: options.pages,
    sizes,
  };
  fs.mkdirSync(options.outDir, { recursive: true });
  const file = path.join(options.outDir, `${startedAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  log(`written: ${path.relative(process.cwd(), file) || file}`);
  return { result, file };
}

function parseCommandLine(): BenchOptions {
  const { values } = parseArgs({
    options: {
      posts: { type: 'string', default: '1000,10000,50000' },
      pages: { type: 'string', default: '5' },
      out: { type: 'string' },
      cache: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const posts = values.posts.split(',').map((value) => Number(value.trim().replace(/_/g, '')));
  const pages = Number(values.pages);
  if (posts.some((count) => !Number.isInteger(count) || count < 10) || !Number.isInteger(pages) || pages < 1) {
    console.error(`--posts takes whole numbers of at least 10 separated by commas, --pages a whole number of at least 1.\n${usage}`);
    process.exit(2);
  }
  return {
    posts,
    pages,
    outDir: path.resolve(values.out ?? path.join(root, 'test', 'bench', 'results')),
    cacheDir: path.resolve(values.cache ?? defaultCacheDir()),
    build: !values['no-build'],
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    await runBench(parseCommandLine());
  } catch (error) {
    console.error((error as Error).stack ?? error);
    process.exit(1);
  }
}
