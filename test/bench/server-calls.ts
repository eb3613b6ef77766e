import { parseArgs } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import type { Page } from 'playwright-core';
import { launchChromium, openApp, requestsSettled } from '../support/browser';
import { startBridgeProcess } from '../support/bridge-process';
import { benchData } from './ui/data';

/*
 * `npx tsx test/bench/server-calls.ts --posts 10000 --rounds 9`
 * The month view's server calls alone (issue 14), each with its answer's size: the
 * requests the page makes while opening today's month are recorded once in Chromium,
 * then replayed one after another from Node against the bridge, `--rounds` times, on
 * the UI bench's data folder (test/bench/ui/data.ts). Quicker than `npm run bench:ui`
 * when only the main process changed: the bridge runs the source (tsx), so no build
 * is needed unless the renderer changed what it asks for. `--cold N` then reopens the
 * bridge N times on the same folder and replays the requests once each time: the first
 * answers of an app just opened (nothing held in memory; the device caches as left).
 */

const { values } = parseArgs({ options: { posts: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '9' }, cold: { type: 'string', default: '0' } } });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function record(url: string): Promise<{ url: string; body: string | null }[]> {
  const browser = await launchChromium();
  try {
    const { page } = await openApp(browser, url);
    const seen: { url: string; body: string | null }[] = [];
    const listen = (target: Page) =>
      target.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/api/')) seen.push({ url: request.url(), body: request.postData() });
      });
    listen(page);
    await page.reload();
    await page.locator('[aria-busy="false"]').waitFor({ timeout: 120_000 });
    await requestsSettled(page, 120_000);
    return seen;
  } finally {
    await browser.close();
  }
}

for (const posts of values.posts.split(',').map(Number)) {
  const data = await benchData(posts);
  const bridge = await startBridgeProcess(data.dir);
  try {
    const token = new URL(bridge.url).searchParams.get('token') ?? '';
    const headers = { 'Content-Type': 'application/json', 'x-somevuoro-token': token };
    await fetch(new URL('/api/preferences%3Aupdate', bridge.url), { method: 'POST', headers, body: JSON.stringify({ calendarView: 'month', calendarDate: null }) });
    const requests = (await record(bridge.url)).filter((request) => !/%3A(update|create|delete|restore|tick|approve|comment|save|apply|accept|swap|move)/i.test(request.url));
    const times = requests.map(() => [] as number[]);
    const bytes = requests.map(() => 0);
    const totals: number[] = [];
    for (let round = 0; round < Number(values.rounds); round++) {
      let total = 0;
      for (const [index, request] of requests.entries()) {
        const started = performance.now();
        const response = await fetch(request.url, { method: 'POST', headers, body: request.body ?? '{}' });
        const body = await response.arrayBuffer();
        const took = performance.now() - started;
        times[index].push(took);
        bytes[index] = body.byteLength;
        total += took;
      }
      totals.push(total);
    }
    console.log(`\n${posts} posts, ${values.rounds} rounds, load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
    for (const [index, request] of requests.entries()) {
      const channel = decodeURIComponent(new URL(request.url).pathname.slice(5));
      console.log(`${median(times[index]).toFixed(2).padStart(8)} ms ${String(bytes[index]).padStart(9)} B  ${channel} ${request.body ?? ''}`);
    }
    console.log(`${median(totals).toFixed(2).padStart(8)} ms in all (median of the sums)`);
    await bridge.stop();
    const cold = requests.map(() => [] as number[]);
    for (let round = 0; round < Number(values.cold); round++) {
      const reopened = await startBridgeProcess(data.dir);
      try {
        const again = { ...headers, 'x-somevuoro-token': new URL(reopened.url).searchParams.get('token') ?? '' };
        for (const [index, request] of requests.entries()) {
          const url = new URL(new URL(request.url).pathname, reopened.url);
          const started = performance.now();
          await (await fetch(url, { method: 'POST', headers: again, body: request.body ?? '{}' })).arrayBuffer();
          cold[index].push(performance.now() - started);
        }
      } catch (error) {
        throw new Error(`The reopened bridge failed: ${reopened.output.join('').slice(-2000)}`, { cause: error });
      } finally {
        await reopened.stop();
      }
    }
    if (Number(values.cold) > 0) {
      console.log(`\nfirst answers after opening, median of ${values.cold} opens, load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
      for (const [index, request] of requests.entries()) console.log(`${median(cold[index]).toFixed(2).padStart(8)} ms  ${decodeURIComponent(new URL(request.url).pathname.slice(5))} ${request.body ?? ''}`);
      console.log(`${cold.reduce((sum, times) => sum + median(times), 0).toFixed(2).padStart(8)} ms in all`);
    }
  } finally {
    await bridge.stop();
    fs.rmSync(data.dir, { recursive: true, force: true });
  }
}
