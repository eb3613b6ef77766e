import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { main: resolve(root, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() packages: bundle them (zod, the contract)
      // into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    // The app icon doubles as the page's favicon.
    publicDir: resolve(root, 'assets'),
    plugins: [react()],
    // Features' *.module.css: kebab-case in the CSS (stylelint's pattern), styles.camelCase in the TSX.
    css: { modules: { localsConvention: 'camelCaseOnly' } },
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; minified it loads in a third of the
      // bytes. No source maps: they would ship in the package and are not needed to run.
      minify: 'esbuild',
      sourcemap: false,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
