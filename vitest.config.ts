import { configDefaults, defineConfig } from 'vitest/config';

/** The unit tests' settings, shared by the two unit projects. */
const unit = {
  environment: 'node' as const,
  include: ['test/unit/**/*.spec.ts'],
  // So that vi.mock('electron') reaches electron-store's own import of it.
  server: { deps: { inline: ['electron-store'] } },
};
/** ~30–85 s each at the last clean runs (the storage bench's smoke run mostly waiting), and reading nothing of out/. */
const longUnitFiles = ['test/unit/electron/api/backup-invariant.property.spec.ts', 'test/unit/electron/services/export/big-backup.spec.ts', 'test/unit/bench-smoke.spec.ts'];
/** The files that replace a module with vi.mock: a mock holds only in a module graph of the file's own (test-projects.spec.ts). */
export const mockingUnitFiles = [
  'test/unit/electron/main.spec.ts',
  'test/unit/electron/main-damaged-plan.spec.ts',
  'test/unit/electron/main-folder-busy.spec.ts',
  'test/unit/electron/main-second-instance.spec.ts',
  'test/unit/electron/preload.spec.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...unit,
          name: 'unit',
          exclude: [...configDefaults.exclude, ...longUnitFiles, ...mockingUnitFiles],
          // The files share one module graph: each imported Automerge, the services and their schemas again, 184 s of
          // a 743 s run at the last clean CI; 8 s without. What a file leaves behind (timers, files) is its own to clear.
          isolate: false,
        },
      },
      {
        // The longest unit files and those that mock, in a project of their own so that `npm test` can give them to
        // whichever lane is free first (test/tools/run-tests.ts); `npm run test:unit` runs both projects.
        test: { ...unit, name: 'unit-tail', include: [...longUnitFiles, ...mockingUnitFiles] },
      },
      {
        // Real Chromium (Debian's) driven by playwright-core against `npm run web`'s bridge.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          exclude: [...configDefaults.exclude, 'test/e2e/package.e2e.ts'],
          globalSetup: ['test/support/bundle-bridge.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // What a test reads "on disk" is the plan opened by a reader of its own: a few hundred ms under load.
          expect: { poll: { timeout: 5_000 } },
          // Two cores: one browser at a time keeps the timings honest. `npm test` runs the unit project
          // beside this one, in a vitest of its own (test/tools/run-tests.ts), on the other core.
          fileParallelism: false,
          // As the unit files: one module graph for all (imports were 93 s of a 957 s run at the last clean CI, 3.5 s without).
          isolate: false,
        },
      },
      {
        // electron-builder packing out/ into app.asar: no browser, so `npm test` runs it once the build is
        // there in whichever lane is free first, not necessarily after the browser tests.
        test: {
          name: 'package',
          include: ['test/e2e/package.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
