import type { ComponentType } from 'react';
import { lazy, useEffect } from 'react';

/** A component whose code loads on first use; `preload()` fetches it earlier (at idle), so that use paints at once. */
export type LazyPart<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * React.lazy over a named export. Once the code is here, the component renders on its first
 * try (a thenable that answers at once: React suspends only on one it has to wait for), so a
 * preloaded part never flashes its Suspense fallback.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: { default: ComponentType<P> } | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => (loading ??= load().then((component) => (loaded = { default: component })));
  const Part = lazy(() => {
    const ready = loaded;
    // Typed as the Promise lazy() asks for; React only calls its then().
    return ready ? ({ then: (resolve: (module: { default: ComponentType<P> }) => void) => resolve(ready) } as unknown as Promise<{ default: ComponentType<P> }>) : preload();
  });
  return Object.assign(Part, { preload }) as unknown as LazyPart<P>;
}

/** Signs that a user is about to act: parts they will use next are fetched at the first of them. */
const intents = ['pointermove', 'pointerdown', 'keydown', 'focusin'] as const;
/** Without such a sign, they are fetched this long after the first screen, once the page is idle. */
const PRELOAD_AFTER_MS = 2000;

/**
 * Fetches the code of parts a user opens next (the editor, the agenda) at their first move (a pointer reaches a
 * chip or a button well before its click) or a moment after the first screen, not while it is opening: the fetch
 * adds files to the page's head, and opening is done when the page stops changing. `parts` must not change.
 */
export function usePreloadSoon(parts: readonly { preload: () => Promise<unknown> }[]) {
  useEffect(() => {
    let idle: number | undefined;
    const preload = () => {
      stop();
      for (const part of parts) void part.preload();
    };
    const later = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(preload, { timeout: 3000 });
      else preload();
    }, PRELOAD_AFTER_MS);
    const stop = () => {
      clearTimeout(later);
      if (idle !== undefined) cancelIdleCallback(idle);
      for (const intent of intents) window.removeEventListener(intent, preload, true);
    };
    for (const intent of intents) window.addEventListener(intent, preload, { capture: true, passive: true });
    return stop;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- parts are module constants
  }, []);
}
