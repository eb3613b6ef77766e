import type { Page } from 'playwright-core';

/*
 * "Settled", measured inside the page (the same script on our app and on FullCalendar's
 * page, added before any of the page's own scripts run):
 *
 * - every DOM mutation is noted by a MutationObserver on the whole document;
 * - every fetch and XMLHttpRequest is counted while in flight: from the call until its
 *   body has been read, plus two macrotasks (so that the code that renders the answer,
 *   e.g. React Query's batched notification, has run);
 * - an always-running requestAnimationFrame loop looks at each frame: a frame that
 *   sees mutations since the previous frame paints them, and the time right after
 *   that frame's paint (a message posted from the frame's rAF callback runs after the
 *   frame's rendering steps) is `paintedAt`; a frame with no mutation since the
 *   previous one and no request in flight is quiet.
 *
 * A figure is settled at `paintedAt` of the last frame with mutations, once a whole
 * frame after it was quiet. The figure is settled time minus the start: navigation
 * start (performance.now() = 0) for opening the page, otherwise the timeStamp of the
 * first click / input / change event after `arm()` (or the moment `markInput()` is
 * called, for FullCalendar's API calls).
 *
 * Kept as a string: functions serialised by playwright would carry the bundler's helpers.
 */
export const settleScript = `(() => {
  if (window.__bench) return;
  const b = { inflight: 0, requests: 0, lastMutation: -1, paintedAt: 0, quietSince: -1, inputAt: null, armed: false, lastFrame: 0, shownAt: null, watching: null };
  window.__bench = b;
  const later = (fn) => setTimeout(() => setTimeout(fn, 0), 0);
  // What is in flight, by address: named when a page does not settle.
  const open = new Map();
  const begin = (url) => { b.inflight++; b.requests++; b.quietSince = -1; open.set(url, (open.get(url) || 0) + 1); };
  const end = (url) => later(() => { b.inflight--; if (open.get(url) > 1) open.set(url, open.get(url) - 1); else open.delete(url); });
  b.open = () => [...open.keys()].join(', ');
  const realFetch = window.fetch.bind(window);
  window.fetch = (...args) => {
    const url = String(args[0] && args[0].url ? args[0].url : args[0]);
    begin(url);
    let done = false;
    const finish = () => { if (!done) { done = true; end(url); } };
    return realFetch(...args).then((response) => {
      for (const name of ['json', 'text', 'arrayBuffer', 'blob']) {
        const read = response[name].bind(response);
        response[name] = () => read().finally(finish);
      }
      // An answer whose body nobody reads still ends, a second later.
      setTimeout(finish, 1000);
      return response;
    }, (error) => { finish(); throw error; });
  };
  const realSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    const url = String(this.responseURL || 'XMLHttpRequest');
    begin(url);
    this.addEventListener('loadend', () => end(url), { once: true });
    return realSend.apply(this, args);
  };
  new MutationObserver((records) => { b.lastMutation = performance.now(); const r = records[records.length - 1]; b.mutations = (b.mutations || 0) + records.length; b.lastRecord = r.type + ' ' + (r.attributeName || '') + ' on ' + (r.target.nodeName || '') + '.' + (r.target.className || '') + ' +' + [...r.addedNodes].map((n) => n.textContent).join('|') + ' -' + [...r.removedNodes].map((n) => n.textContent).join('|'); }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const frame = () => {
    const now = performance.now();
    // The first frame whose DOM holds what is watched for paints it: shownAt is the time just after that frame.
    if (b.watching && b.watching()) {
      b.watching = null;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { b.shownAt = performance.now(); };
      channel.port2.postMessage(0);
    }
    if (b.lastMutation >= b.lastFrame) {
      b.quietSince = -1;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { b.paintedAt = performance.now(); };
      channel.port2.postMessage(0);
    } else if (b.inflight === 0) {
      // A quiet stretch starts after the last paint (its message may come after this frame).
      if (b.quietSince < 0 || b.quietSince < b.paintedAt) b.quietSince = now;
    } else {
      b.quietSince = -1;
    }
    b.lastFrame = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const onInput = (event) => { if (b.armed && b.inputAt === null) b.inputAt = event.timeStamp; };
  for (const type of ['click', 'input', 'change']) window.addEventListener(type, onInput, true);
  b.arm = () => { b.armed = true; b.inputAt = null; b.shownAt = null; b.watching = null; };
  /** Watches each frame for an element matching the selector whose text contains the text (see shownMs). */
  b.watchFor = (selector, text) => { b.shownAt = null; b.watching = () => [...document.querySelectorAll(selector)].some((element) => element.textContent.includes(text)); };
  b.markInput = () => { b.armed = true; b.inputAt = performance.now(); };
  /** Resolves when a whole frame has been quiet since the last painted mutation: { settledAt, inputAt }. */
  b.settle = (timeoutMs) => new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      // quietSince is the first quiet frame; a whole frame later it is still quiet.
      if (b.quietSince >= 0 && b.quietSince >= b.paintedAt && b.lastFrame > b.quietSince) {
        resolve({ settledAt: b.paintedAt, inputAt: b.inputAt, requests: b.requests });
      } else if (performance.now() - started > timeoutMs) {
        reject(new Error('The page did not settle in ' + timeoutMs + ' ms (requests in flight: ' + b.inflight + ' [' + b.open() + ']; mutations so far: ' + b.mutations + '; last change: ' + b.lastRecord + ')'));
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  });
})();`;

/** Starts watching for the next input (click, input, change). */
export async function arm(page: Page): Promise<void> {
  await page.evaluate('window.__bench.arm()');
}

/**
 * Starts watching, frame by frame, for an element matching `selector` whose text contains
 * `text` (arm() first: it clears the watch). `shownMs` then gives the time from the armed
 * input to the paint of the first frame that held it.
 */
export async function watchFor(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(`window.__bench.watchFor(${JSON.stringify(selector)}, ${JSON.stringify(text)})`);
}

/** Milliseconds from the armed input to the paint of the first frame that held what watchFor named; waits for that paint. */
export async function shownMs(page: Page, timeoutMs = 30_000): Promise<number> {
  await page.waitForFunction('window.__bench.shownAt !== null && window.__bench.inputAt !== null', undefined, { timeout: timeoutMs });
  return (await page.evaluate('window.__bench.shownAt - window.__bench.inputAt')) as number;
}

/**
 * Waits until the page is settled; returns milliseconds from the armed input (or from
 * navigation start when `fromNavigation`) to the paint of the last change.
 */
export async function settledMs(page: Page, fromNavigation = false, timeoutMs = 30_000): Promise<number> {
  const { settledAt, inputAt } = (await page.evaluate(`window.__bench.settle(${timeoutMs})`)) as { settledAt: number; inputAt: number | null };
  const start = fromNavigation ? 0 : inputAt;
  if (start === null) throw new Error('No input was seen after arm(): the action did not reach the page.');
  return settledAt - start;
}
