import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The browser tests' globalSetup: `npm run web`'s bridge bundled once per run, as the CLI is
 * (packages stay in node_modules), so that each test's bridge starts without compiling
 * electron/ through tsx again (a third of the time it took). Built on every run, never stale.
 */
export default async function bundleBridge(): Promise<void> {
  // Two folders below the root, where web.ts finds out/renderer from.
  const outfile = path.join(root, 'out', 'test-bridge', 'web.js');
  await build({ entryPoints: [path.join(root, 'electron', 'bridge', 'web.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  process.env.SOMEVUORO_BRIDGE_SCRIPT = outfile;
}
