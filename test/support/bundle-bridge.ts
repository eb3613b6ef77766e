import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Packages left in node_modules: automerge loads its wasm from beside its own files; the rest are
 * imported only when used (a PDF, a post to a server), so bundling them would only make every start parse them.
 */
const external = ['@automerge/*', 'playwright-core', 'electron', '@atproto/*', 'masto', 'isomorphic-ws', 'ws'];

/**
 * The browser tests' globalSetup: `npm run web`'s bridge bundled once per run, so that each test's
 * bridge starts without compiling electron/ through tsx again (a third of the time it took), and,
 * its packages bundled in too, without resolving and reading some thousand module files (half of
 * what a start still cost: about 1.7 s of CPU, now 0.9 s, for some 80 bridges a run).
 * Built on every run, never stale.
 */
export default async function bundleBridge(): Promise<void> {
  // Two folders below the root, where web.ts finds out/renderer from.
  const outdir = path.join(root, 'out', 'test-bridge');
  await build({
    // The read cache's warm-up worker (cache-warm-up.ts) is started from beside the bridge: web.js and warm-up-worker.js.
    entryPoints: [path.join(root, 'electron', 'bridge', 'web.ts'), path.join(root, 'electron', 'storage', 'plan', 'warm-up-worker.ts')],
    outdir,
    entryNames: '[name]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    // CommonJS packages bundled into an ES module still call require() for Node's own modules.
    banner: { js: "import { createRequire as bundledRequire } from 'node:module'; const require = bundledRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  process.env.SOMEVUORO_BRIDGE_SCRIPT = path.join(outdir, 'web.js');
}
