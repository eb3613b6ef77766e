import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';

/**
 * `npm test`: the same steps as before, in two lanes side by side instead of one after another, because
 * the browser tests run one file at a time (one browser keeps their timings honest) and so leave the second
 * core idle for eight minutes; the checks and the unit tests fill it.
 *   browser lane: build, then the browser tests (they load out/);
 *   checks lane:  type check, lint, lint:css, knip, the unit tests (none of them reads out/);
 *   then either:  the tail, one step at a time, to whichever lane is free first, the longest first: the
 *                 longest unit files and those that mock electron (vitest project `unit-tail`) and the packaging test (electron-builder
 *                 on out/, no browser; it waits for the build). A fixed lane for them left one lane idle
 *                 for a minute or two while the other ran them (866 s of which the checks lane was 833).
 * Each line is prefixed with the lane that runs it. The first step that fails stops both lanes, as `&&`
 * stopped the old chain, and its exit code is npm test's.
 */

/** A step: an npm script, or a command; `afterBuild` waits for the browser lane's build first. */
type Step = { name: string; command: string[]; afterBuild?: true };
type Lane = { name: string; steps: Step[] };

const script = (name: string): Step => ({ name, command: ['npm', 'run', '--silent', name] });
const vitest = (project: string): Step => ({ name: `vitest ${project}`, command: ['vitest', 'run', '--project', project] });

const lanes: Lane[] = [
  { name: 'browser', steps: [script('build'), vitest('e2e')] },
  { name: 'checks', steps: [script('typecheck'), script('lint'), script('lint:css'), script('knip'), vitest('unit')] },
];
/** Taken in this order by the lanes as they become free: longest first (at the last clean run 101 s, 16 s). */
const tail: Step[] = [vitest('unit-tail'), { ...vitest('package'), afterBuild: true }];

const running = new Set<ChildProcess>();
const timings: string[] = [];
let failed: { lane: string; step: string; code: number } | undefined;
let built: () => void = () => {};
const buildDone = new Promise<void>((resolve) => (built = resolve));

function stopAll(): void {
  // Each step leads its own process group, so that its children (tsc, vitest's workers, Chromium) stop too.
  for (const child of running) if (child.pid) try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
}

function run(lane: string, { name, command: [command, ...args] }: Step): Promise<number> {
  const started = Date.now();
  // npm puts node_modules/.bin on the PATH of `npm test`, where vitest is found.
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  const prefix = `[${lane}] `;
  for (const stream of [child.stdout, child.stderr]) readline.createInterface({ input: stream }).on('line', (line) => process.stdout.write(prefix + line + '\n'));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(child);
      const status = code ?? (signal ? 128 : 1);
      timings.push(`${lane.padEnd(8)} ${name.padEnd(16)} ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${status === 0 ? 'ok' : `exit ${status}`}`);
      resolve(status);
    });
  });
}

async function runLane({ name, steps }: Lane): Promise<void> {
  for (let step = steps.shift() ?? tail.shift(); step; step = steps.shift() ?? tail.shift()) {
    if (step.afterBuild) await buildDone;
    if (failed) return;
    const code = await run(name, step);
    if (code !== 0 && !failed) {
      failed = { lane: name, step: step.name, code };
      stopAll();
    }
    if (step.name === 'build') built();
    if (failed) return;
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => { stopAll(); process.exit(130); });

const started = Date.now();
await Promise.all(lanes.map(runLane));
process.stdout.write(`\nnpm test, ${((Date.now() - started) / 1000).toFixed(0)} s:\n${timings.join('\n')}\n`);
if (failed) {
  process.stdout.write(`FAILED: ${failed.step} (exit ${failed.code}); the other lane was stopped.\n`);
  process.exit(failed.code);
}
