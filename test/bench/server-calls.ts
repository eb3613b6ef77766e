import { parseArgs } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import type { Page } from 'playwright-core';
import { plusDays } from '../../shared/calendar/calendar-dates';
import type { LocalDate } from '../../shared/domain/local-time';
import { Preferences } from '../../shared/domain/preferences';
import { Settings } from '../../shared/domain/settings';
import { firstScreenCalls, startCalls } from '../../shared/api/first-screen';
import { launchChromium, openApp, requestsSettled } from '../support/browser';
import { startBridgeProcess } from '../support/bridge-process';
import { benchData } from './ui/data';
import { startFullCalendarServer } from './ui/fullcalendar-page';

/*
 * `npx tsx test/bench/server-calls.ts --posts 1000,10000 --rounds 9 [--cold 3]`
 * The month view's server calls alone (issue 14), each with its answer's size, beside
 * FullCalendar's one feed request for the same days. What our page costs the server is two
 * parts: the calls whose answers the page carries (`page`: shared/api/first-screen.ts, answered
 * one after another while the page is sent, electron/api/first-screen-page.ts) and what the
 * renderer still asks for itself (`asked`: recorded once in Chromium). Both are replayed one
 * after another from Node against the bridge, `--rounds` times, on a copy of the UI bench's
 * data folder (test/bench/ui/data.ts). The bridge runs the source (tsx), so no build is needed
 * unless the renderer changed what it asks for. `--cold N` then reopens the bridge N times on
 * the same folder and replays the calls once each time: the first answers of an app just
 * opened (nothing held in memory; the device caches as left).
 */

const { values } = parseArgs({ options: { posts: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '9' }, cold: { type: 'string', default: '0' } } });

type Part = 'page' | 'asked' | 'feed';

/** One request to replay: `path` is relative to the server (the bridge's /api/<channel>, FullCalendar's /events?…). */
interface Call {
  part: Part;
  path: string;
  body: string | null;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => os.loadavg().map((figure) => figure.toFixed(1)).join(' ');
const apiPath = (channel: string) => `/api/${encodeURIComponent(channel)}`;

/** What the renderer asks the bridge for while it opens today's month (the page carries the rest). */
async function recordAsked(url: string): Promise<Call[]> {
  const browser = await launchChromium();
  try {
    const { page } = await openApp(browser, url);
    // The first load's requests still in flight would be recorded beside the reload's: 28 calls in some runs, 16 in others.
    await requestsSettled(page, 120_000);
    const seen: Call[] = [];
    const listen = (target: Page) =>
      target.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/api/')) seen.push({ part: 'asked', path: pathname, body: request.postData() });
      });
    listen(page);
    await page.reload();
    await page.locator('[aria-busy="false"]').waitFor({ timeout: 120_000 });
    await requestsSettled(page, 120_000);
    return seen.filter((call) => !/%3A(update|create|delete|restore|tick|approve|comment|save|apply|accept|swap|move)/i.test(call.path));
  } finally {
    await browser.close();
  }
}

/** The calls the page answers before it ends, in its order, as first-screen-page.ts makes them. */
async function pageCalls(ask: (path: string, body: string) => Promise<unknown>): Promise<Call[]> {
  const start = startCalls.map((call): Call => ({ part: 'page', path: apiPath(call.channel), body: JSON.stringify(call.input) }));
  const [settings, preferences] = (await Promise.all(start.map((call) => ask(call.path, call.body ?? '{}')))) as { ok: boolean; value?: unknown }[];
  const rest = firstScreenCalls(Settings.parse(settings.value), preferences.ok ? Preferences.parse(preferences.value) : null, new Date());
  return [...start, ...rest.map((call): Call => ({ part: 'page', path: apiPath(call.channel), body: JSON.stringify(call.input) }))];
}

/** FullCalendar's request for the same days as our posts:list (its end is exclusive). */
function feedCall(calls: Call[]): Call {
  const list = calls.find((call) => call.path === apiPath('posts:list'));
  const range = list?.body ? (JSON.parse(list.body) as { from: LocalDate; to: LocalDate }) : null;
  if (!range) throw new Error('The page carries no posts:list: nothing to set FullCalendar’s feed beside.');
  return { part: 'feed', path: `/events?start=${range.from}&end=${plusDays(range.to, 1)}`, body: null };
}

/** One call's time (ms) and answer size (bytes). */
async function timed(base: string, headers: Record<string, string>, call: Call): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(new URL(call.path, base), call.body === null ? {} : { method: 'POST', headers, body: call.body });
  const bytes = (await response.arrayBuffer()).byteLength;
  if (!response.ok) throw new Error(`${call.path} answered ${response.status}`);
  return { ms: performance.now() - started, bytes };
}

const labels: Record<Part, string> = { page: 'carried in the page', asked: 'asked by the renderer', feed: 'FullCalendar’s feed, the same days' };
const describe = (call: Call) => `${call.part.padEnd(5)}  ${decodeURIComponent(call.path.replace(/^\/api\//, ''))} ${call.body ?? ''}`;

function printSums(times: number[][], calls: Call[]): void {
  for (const part of ['page', 'asked', 'feed'] as Part[]) {
    const indexes = calls.flatMap((call, index) => (call.part === part ? [index] : []));
    // Median of each round's sum: one slow call in one round does not count in every row.
    const sums = times[0].map((_, round) => indexes.reduce((sum, index) => sum + times[index][round], 0));
    console.log(`${median(sums).toFixed(2).padStart(8)} ms in all: ${labels[part]} (${indexes.length} calls)`);
  }
}

for (const posts of values.posts.split(',').map(Number)) {
  const data = await benchData(posts);
  const bridge = await startBridgeProcess(data.dir);
  const fullCalendar = await startFullCalendarServer(data.events, data.today);
  try {
    const headersOf = (url: string) => ({ 'Content-Type': 'application/json', 'x-somevuoro-token': new URL(url).searchParams.get('token') ?? '' });
    const headers = headersOf(bridge.url);
    const ask = async (path: string, body: string) => (await fetch(new URL(path, bridge.url), { method: 'POST', headers, body })).json();
    await ask(apiPath('preferences:update'), JSON.stringify({ calendarView: 'month', calendarDate: null }));
    const ours = [...(await pageCalls(ask)), ...(await recordAsked(bridge.url))];
    const calls = [...ours, feedCall(ours)];
    const baseOf = (call: Call) => (call.part === 'feed' ? fullCalendar.url : bridge.url);
    const times = calls.map(() => [] as number[]);
    const bytes = calls.map(() => 0);
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const [index, call] of calls.entries()) {
        const { ms, bytes: size } = await timed(baseOf(call), headers, call);
        times[index].push(ms);
        bytes[index] = size;
      }
    }
    console.log(`\n${posts} posts, ${values.rounds} rounds, medians, load ${load()}`);
    for (const [index, call] of calls.entries()) console.log(`${median(times[index]).toFixed(2).padStart(8)} ms ${String(bytes[index]).padStart(9)} B  ${describe(call)}`);
    printSums(times, calls);
    await bridge.stop();
    const cold = calls.map(() => [] as number[]);
    for (let round = 0; round < Number(values.cold); round++) {
      const reopened = await startBridgeProcess(data.dir);
      try {
        const again = headersOf(reopened.url);
        for (const [index, call] of calls.entries()) cold[index].push((await timed(call.part === 'feed' ? fullCalendar.url : reopened.url, again, call)).ms);
      } catch (error) {
        throw new Error(`The reopened bridge failed: ${reopened.output.join('').slice(-2000)}`, { cause: error });
      } finally {
        await reopened.stop();
      }
    }
    if (Number(values.cold) > 0) {
      console.log(`\nfirst answers after opening, median of ${values.cold} opens, load ${load()}`);
      for (const [index, call] of calls.entries()) console.log(`${median(cold[index]).toFixed(2).padStart(8)} ms  ${describe(call)}`);
      printSums(cold, calls);
    }
  } finally {
    await bridge.stop();
    await fullCalendar.close();
    fs.rmSync(data.dir, { recursive: true, force: true });
  }
}
