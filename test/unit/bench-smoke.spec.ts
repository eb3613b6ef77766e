import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** `npm run bench` as a user runs it, at a size small enough for every run of `npm test`. */
function runBench(sizes: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/run-benchmarks.ts'], { cwd: root, env: { ...process.env, BENCH_SIZES: sizes, BENCH_SMOKE: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

// Most of its minute is the bench's own pauses (a user looking at a month, requests pausing), not CPU.
describe('npm run bench (smoke run; timings are not asserted)', { timeout: 240_000 }, () => {
  it('measures the plan beside the JSON folder on 100 posts and prints every figure with its ratio, the files and the load', async () => {
    const { code, output } = await runBench('100');
    expect(code, output).toBe(0);
    for (const figure of ['open ms', 'month, first read, nothing cached (a new laptop before its warm-up) ms', 'month, next session ms', 'month, first read after warm-up, median of 5 ms', 'edit ms', 'create ms', 'warm-up of every month (in a worker) ms', 'month, first read, nothing cached and no read copies, median of 5 ms']) {
      // A row: the size, the figure, the JSON's and the plan's milliseconds, their ratio.
      expect(output, figure).toMatch(new RegExp(`'100'\\s+│ '${figure.replace(/[()]/g, '\\$&')}'\\s+│ '[\\d.]+'\\s+│ '[\\d.]+'\\s+│ '[\\d.]+'`));
    }
    expect(output).toMatch(/100 posts, plan: written in [\d.]+ s, \d+ files, .*at most \d+ during, \d+ after/);
    expect(output).toMatch(/100 posts: load average \(1, 5, 15 min\) [\d. ]+ at start/);
  });
});
