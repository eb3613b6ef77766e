import type { ComponentType } from 'react';
import { lazy } from 'react';

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
