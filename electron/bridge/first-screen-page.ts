import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { ApiResult } from '../../shared/api/contract-kit';
import type { FirstScreenAnswer, FirstScreenCall } from '../../shared/api/first-screen';
import { callKey, FIRST_SCREEN_ELEMENT_ID, firstScreenCalls, startCalls } from '../../shared/api/first-screen';
import { contract } from '../../shared/api/contract';
import type { Language } from '../../shared/domain/settings';
import type { Dispatch } from '../api/dispatch';

/*
 * The page with its first screen's answers in it (issue 14: open the app in one round trip).
 * Sent in parts: the head at once, so that the browser fetches and compiles the scripts and
 * styles while the services answer; the saved language's words to preload once the settings
 * are read; then, at the end of the body, the answers as a JSON data block, which the app reads
 * before asking anything. The page waits for what the first screen shows, not for what comes
 * aside (a slow problems scan): an answer still on its way is handed to the page's own request
 * for it (`take`), so that nothing is worked out twice.
 */

/** How long an answer worked out for a page waits for that page to ask for it; then it is dropped (a later ask reads afresh). */
const KEPT_MS = 5_000;

/** JSON that cannot end its <script> element early: a post titled "</script><script>…" stays text. */
function scriptSafe(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The built chunk of each language's words (Vite's manifest), to be preloaded beside the first screen's own. */
function languageChunks(rendererDir: string): Partial<Record<Language, string>> {
  const manifestFile = path.join(rendererDir, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) return {};
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, { file: string }>;
  const chunks: Partial<Record<Language, string>> = {};
  for (const [source, { file }] of Object.entries(manifest)) {
    const language = /shared\/locales\/(fi|sv|en)\.ts$/.exec(source)?.[1] as Language | undefined;
    if (language) chunks[language] = file;
  }
  return chunks;
}

export interface FirstScreenPages {
  /** Writes out/renderer's page to `response` (status and headers already written) with its first screen's answers. */
  send(response: http.ServerResponse): Promise<void>;
  /** The answer worked out for a page to this call, if one is on its way or just arrived: taken once. */
  take(channelName: string, payload: unknown): Promise<ApiResult<unknown>> | undefined;
}

export function firstScreenPages(rendererDir: string, dispatch: Dispatch): FirstScreenPages {
  const waiting = new Map<string, Promise<ApiResult<unknown>>>();

  const start = (call: FirstScreenCall) => {
    const key = callKey(call.channel, call.input);
    const answer = dispatch(call.channel, call.input);
    waiting.set(key, answer);
    const drop = () => waiting.get(key) === answer && waiting.delete(key);
    void answer.then(() => setTimeout(drop, KEPT_MS).unref(), drop);
    let done: FirstScreenAnswer | null = null;
    const settled = answer.then((result) => (done = { ...call, result }));
    return { settled, done: () => done };
  };

  return {
    take(channelName, payload) {
      const key = callKey(channelName, payload);
      const answer = waiting.get(key);
      waiting.delete(key);
      return answer;
    },

    async send(response) {
      // Read for each page, as the bridge's other files are: a build made while it runs is served.
      const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
      const bodyEnd = html.includes('</body>') ? html.lastIndexOf('</body>') : html.length;
      response.write(html.slice(0, bodyEnd));
      let data = '';
      try {
        const [settings, preferences] = await Promise.all(startCalls.map(async (call) => ({ ...call, result: await dispatch(call.channel, call.input) })));
        const settingsValue = settings.result.ok ? contract['settings:get'].output.parse(settings.result.value) : null;
        const preferencesValue = preferences.result.ok ? contract['preferences:get'].output.parse(preferences.result.value) : null;
        // The saved language's words load beside the app's own code, not after it has run.
        const chunk = languageChunks(rendererDir)[preferencesValue?.language ?? settingsValue?.language ?? 'en'];
        if (chunk) response.write(`<link rel="modulepreload" crossorigin href="./${chunk}">\n`);
        const calls = settingsValue ? firstScreenCalls(settingsValue, preferencesValue, new Date()) : { shown: [], aside: [] };
        const shown = calls.shown.map(start);
        const aside = calls.aside.map(start);
        await Promise.all(shown.map((answer) => answer.settled));
        const ready = [...shown, ...aside].flatMap((answer) => answer.done() ?? []);
        // What the page carries, it will not ask for.
        for (const answer of ready) waiting.delete(callKey(answer.channel, answer.input));
        data = `<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}">${scriptSafe([settings, preferences, ...ready])}</script>\n`;
      } catch {
        // Sent without answers: the app asks for them itself.
      }
      response.end(data + html.slice(bodyEnd));
    },
  };
}
