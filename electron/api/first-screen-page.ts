import fs from 'node:fs';
import path from 'node:path';
import type { FirstScreenAnswer, FirstScreenCall } from '../../shared/api/first-screen';
import { FIRST_SCREEN_ELEMENT_ID, firstScreenCalls, startCalls } from '../../shared/api/first-screen';
import { contract } from '../../shared/api/contract';
import type { Language } from '../../shared/domain/settings';
import type { Dispatch } from '../api/dispatch';

/*
 * The page with its first screen's answers in it (issue 14: open the app in one round trip).
 * Sent in parts: the head at once, so that the browser fetches and compiles the scripts and
 * styles while the services answer; the saved language's words to preload once the settings
 * are read; then, at the end of the body, the answers as a JSON data block, which the app reads
 * before asking anything. What comes aside (the problems scan, the posts-due prompt) is not in
 * it: the page is not held for it, and asks for it itself.
 * One producer for both transports: the web bridge writes the parts to its response, Electron's
 * app:// protocol streams them as a Response (shell/index-page-response.ts).
 */

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

/** `call` answered once `after` is, and a turn of the event loop later (so that files the page asked for meanwhile are served). */
async function answered(dispatch: Dispatch, call: FirstScreenCall, after: Promise<unknown>): Promise<FirstScreenAnswer> {
  await after;
  await new Promise((resolve) => setImmediate(resolve));
  return { ...call, result: await dispatch(call.channel, call.input) };
}

/** out/renderer's page in parts, with its first screen's answers from `dispatch` (the same dispatch the IPC answers with). */
export async function* firstScreenPage(rendererDir: string, dispatch: Dispatch): AsyncGenerator<string> {
  // Read for each page, as the bridge's other files are: a build made while it runs is served.
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const bodyEnd = html.includes('</body>') ? html.lastIndexOf('</body>') : html.length;
  yield html.slice(0, bodyEnd);
  let data = '';
  try {
    const [settings, preferences] = await Promise.all(startCalls.map(async (call) => ({ ...call, result: await dispatch(call.channel, call.input) })));
    const settingsValue = settings.result.ok ? contract['settings:get'].output.parse(settings.result.value) : null;
    const preferencesValue = preferences.result.ok ? contract['preferences:get'].output.parse(preferences.result.value) : null;
    // The saved language's words load beside the app's own code, not after it has run.
    const chunk = languageChunks(rendererDir)[preferencesValue?.language ?? settingsValue?.language ?? 'en'];
    if (chunk) yield `<link rel="modulepreload" crossorigin href="./${chunk}">\n`;
    const calls = settingsValue ? firstScreenCalls(settingsValue, preferencesValue, new Date()) : [];
    // One call after another: they are work on this one thread, and all at once they would keep the page's scripts
    // and styles (asked for meanwhile) waiting until the last was done. What comes aside the page asks for itself.
    const answers: Promise<FirstScreenAnswer>[] = [];
    for (const call of calls) answers.push(answered(dispatch, call, answers.at(-1) ?? Promise.resolve()));
    const ready = await Promise.all(answers);
    data = `<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}">${scriptSafe([settings, preferences, ...ready])}</script>\n`;
  } catch {
    // Sent without answers: the app asks for them itself.
  }
  yield data + html.slice(bodyEnd);
}
