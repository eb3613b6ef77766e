import type { Dispatch } from '../api/dispatch';
import { firstScreenPage } from '../api/first-screen-page';
import { securityHeaders } from './content-security-policy';

/*
 * The app's page as app://somevuoro/ serves it: the same parts as the web bridge sends (the head at
 * once, the first screen's answers at the end of the body), streamed, so the scripts load while the
 * services answer. Kept apart from the protocol glue so that it runs (and is tested) without Electron.
 */

/** index.html with its first screen's answers from `dispatch`, never cached (it carries the plan's data). */
export function indexPageResponse(rendererDir: string, dispatch: Dispatch): Response {
  const parts = firstScreenPage(rendererDir, dispatch);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await parts.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await parts.return(undefined);
    },
  });
  return new Response(body, {
    status: 200,
    headers: { ...securityHeaders, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
