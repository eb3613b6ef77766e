import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchResult } from '../bench/ui/run';
import { figureLabels, fullCalendarFigures } from '../bench/ui/measure';
import { tempDir } from '../support/temp-dir';

const root = path.resolve(import.meta.dirname, '../..');

/** `npm run bench:ui` as a user runs it (after `npm run build`, which `npm test` does first). */
function runBenchUi(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/ui/run.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run bench:ui (smoke run; timings are not asserted)', () => {
  it('measures every figure of our calendar and FullCalendar 7 on 1,000 posts, prints the table and writes the JSON', async () => {
    const out = tempDir('somevuoro-bench-ui-out-');
    const cache = tempDir('somevuoro-bench-ui-cache-');
    const { code, output } = await runBenchUi(['--posts', '1000', '--pages', '1', '--out', out, '--cache', cache, '--no-build']);
    expect(code, output).toBe(0);
    expect(output).toContain('| figure | ours ms | FullCalendar 7 ms | ours/FC |');
    expect(output).toMatch(/uptime at start: .*load average/);

    const files = fs.readdirSync(out).filter((file) => file.endsWith('.json'));
    expect(files).toHaveLength(1);
    const result = JSON.parse(fs.readFileSync(path.join(out, files[0]), 'utf8')) as BenchResult;
    expect(result.sizes.map((size) => size.posts)).toEqual([1000]);
    const [size] = result.sizes;
    expect(Object.keys(size.figures).sort()).toEqual(Object.keys(figureLabels).sort());
    const positive = (value: number | undefined) => typeof value === 'number' && Number.isFinite(value) && value > 0;
    for (const [key, figure] of Object.entries(size.figures)) {
      expect(positive(figure.ours.median), `ours: ${key} = ${figure.ours.median}`).toBe(true);
      if (fullCalendarFigures.includes(key as keyof typeof figureLabels)) {
        expect(positive(figure.fullCalendar?.median), `FullCalendar: ${key} = ${figure.fullCalendar?.median}`).toBe(true);
        expect(positive(figure.ratio ?? undefined), `ratio: ${key}`).toBe(true);
      } else {
        expect(figure.fullCalendar).toBeNull();
      }
    }
    expect(size.serverCalls.ours.map((call) => call.request.split(' ')[0])).toContain('posts:list');
    // The calendar shows a save before it settles, and the save starts with main's write.
    expect(size.figures.saveShown.ours.median).toBeLessThanOrEqual(size.figures.save.ours.median);
    expect(size.saveRequests[0]).toBe('posts:update');
    expect(size.pageErrors).toEqual([]);
  }, 90_000);
});
