import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';

/**
 * `npm test`: the same steps as before, in two lanes side by side instead of one after another, because
 * the browser tests run one file at a time (one browser keeps their timings honest) and so leave the second
 * core idle for eight minutes; the checks and the unit tests fill it.
 *   browser lane: build, then the browser tests (they load out/);
 *   checks lane:  type check, lint, lint:css, knip, then the unit tests (none of them reads out/).
 * Each line is prefixed with its lane. The first step that fails stops both lanes, as `&&` stopped the
 * old chain, and its exit code is npm test's.
 */

type Lane = { name: string; scripts: string[] };

const lanes: Lane[] = [
  { name: 'browser', scripts: ['test:e2e'] },
  { name: 'checks', scripts: ['typecheck', 'lint', 'lint:css', 'knip', 'test:unit'] },
];

const running = new Set<ChildProcess>();
const timings: string[] = [];
let failed: { lane: string; script: string; code: number } | undefined;

function stopAll(): void {
  // Each step leads its own process group, so that its children (tsc, vitest's workers, Chromium) stop too.
  for (const child of running) if (child.pid) try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
}

function runScript(lane: string, script: string): Promise<number> {
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  const prefix = `[${lane}] `;
  for (const stream of [child.stdout, child.stderr]) readline.createInterface({ input: stream }).on('line', (line) => process.stdout.write(prefix + line + '\n'));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(child);
      const status = code ?? (signal ? 128 : 1);
      timings.push(`${lane.padEnd(8)} ${script.padEnd(10)} ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${status === 0 ? 'ok' : `exit ${status}`}`);
      resolve(status);
    });
  });
}

async function runLane({ name, scripts }: Lane): Promise<void> {
  for (const script of scripts) {
    if (failed) return;
    const code = await runScript(name, script);
    if (code !== 0 && !failed) {
      failed = { lane: name, script, code };
      stopAll();
      return;
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => { stopAll(); process.exit(130); });

const started = Date.now();
await Promise.all(lanes.map(runLane));
process.stdout.write(`\nnpm test, ${((Date.now() - started) / 1000).toFixed(0)} s:\n${timings.join('\n')}\n`);
if (failed) {
  process.stdout.write(`FAILED: npm run ${failed.script} (exit ${failed.code}); the other lane was stopped.\n`);
  process.exit(failed.code);
}
