import type { ApiResult } from '../../shared/api/contract-kit';
import { methodName } from '../../shared/api/contract-kit';
import type { RendererApi } from '../../shared/api/contract';
import type { FirstScreenAnswer } from '../../shared/api/first-screen';
import { callKey, FIRST_SCREEN_ELEMENT_ID } from '../../shared/api/first-screen';

/*
 * The answers the page came with (electron/api/first-screen-page.ts, served by Electron's app://
 * protocol and by the web bridge): the first screen's calls are answered from them, each once,
 * without a request; anything else, and the same call asked again (a refetch), goes to the services.
 */

/**
 * Once the whole page has arrived and been parsed. The app's script is async (index.html): it loads and runs while
 * main still works out the first screen's answers, which end the page (at 10,000 posts on a cold start, 1.5-3 s
 * under load, during which the deferred script used to wait instead of running its 150-300 ms of module code).
 */
export function pageParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

function answersInPage(): FirstScreenAnswer[] {
  const element = document.getElementById(FIRST_SCREEN_ELEMENT_ID);
  element?.remove();
  try {
    const answers: unknown = JSON.parse(element?.textContent ?? '[]');
    return Array.isArray(answers) ? (answers as FirstScreenAnswer[]) : [];
  } catch {
    return [];
  }
}

/** `api`, with the calls the page has answers for answered from them the first time they are made. */
export function withFirstScreenAnswers(api: RendererApi): RendererApi {
  const waiting = new Map(answersInPage().map((answer) => [callKey(answer.channel, answer.input), answer.result]));
  if (waiting.size === 0) return api;
  const answered: Record<string, (input: unknown) => Promise<ApiResult<unknown>>> = {};
  for (const channel of new Set([...waiting.keys()].map((key) => key.split(' ')[0]))) {
    const method = methodName(channel);
    const ask = (api as unknown as Record<string, (input: unknown) => Promise<ApiResult<unknown>>>)[method];
    answered[method] = (input) => {
      const key = callKey(channel, input);
      const result = waiting.get(key);
      waiting.delete(key);
      return result ? Promise.resolve(result) : ask(input);
    };
  }
  return { ...api, ...answered } as RendererApi;
}
