import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { WarmUpData, WarmUpReport, WarmUpRequest } from './warm-up-worker';

/*
 * Caches documents in the background, in a worker thread (warm-up-worker.ts), so that a
 * month's first read on this laptop is its read cache and not Automerge's load of its chunks
 * (issue 12: a month first read 4× its JSON at 10,000 posts). On the main thread each load
 * would hold up the requests arriving meanwhile; in the worker it costs the other core.
 */

/**
 * The worker's script, beside this module: TypeScript when running from the sources (tsx,
 * vitest), else the built file that electron.vite.config.ts and the bridge's bundle emit
 * beside the code that starts it.
 */
function workerScript(): URL {
  const source = new URL('./warm-up-worker.ts', import.meta.url);
  return fs.existsSync(source) ? source : new URL('./warm-up-worker.js', import.meta.url);
}

function startWorker(data: WarmUpData): Worker {
  const script = workerScript();
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData: data });
  // From the sources the worker compiles them as its parent does, with tsx (a dev dependency, as the sources are).
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}

export class CacheWarmUp {
  private worker: Worker | null = null;
  private asked = 0;
  private done = 0;
  private waiting: (() => void)[] = [];
  private closed = false;
  /** Documents the worker cached (its cache is current now), for tests and the bench. */
  readonly cached = new Set<string>();

  constructor(
    private readonly data: WarmUpData,
    private readonly log: (error: unknown) => void = () => {},
  ) {}

  /** Caches `documentIds` (first first) unless their cache is current; the worker starts on first use. */
  warm(documentIds: string[]): void {
    if (this.closed || documentIds.length === 0) return;
    const worker = this.worker ?? this.start();
    if (!worker) return;
    this.asked += 1;
    worker.postMessage({ documentIds, asked: this.asked } satisfies WarmUpRequest);
  }

  /** Resolves once the worker has gone through everything asked so far (or has stopped). */
  settled(): Promise<void> {
    if (!this.worker || this.done >= this.asked) return Promise.resolve();
    // Someone waits for it: the worker keeps the process alive until then (a bench, a script).
    this.worker.ref();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * Stops the worker where it is, without waiting for it: a worker stuck in a read (a slow
   * network folder) must not hold up closing the plan. Terminated, it runs no more JavaScript:
   * a cache it was writing is a whole file, or a temp that the next open deletes.
   */
  close(): void {
    this.closed = true;
    const worker = this.worker;
    this.stopped();
    void worker?.terminate();
  }

  private start(): Worker | null {
    try {
      const worker = startWorker(this.data);
      // A warm-up never keeps the process alive (a CLI run, a test that forgot to close).
      worker.unref();
      worker.on('message', (report: WarmUpReport) => this.report(report));
      worker.on('error', (error) => {
        this.log(error);
        this.stopped();
      });
      worker.on('exit', () => this.stopped());
      this.worker = worker;
      return worker;
    } catch (error) {
      // Without the worker every month is still read, only not ahead of time.
      this.log(error);
      this.closed = true;
      return null;
    }
  }

  private report(report: WarmUpReport): void {
    if ('idle' in report) {
      this.done = report.idle;
      if (this.done >= this.asked) this.release();
    } else if (report.cached) {
      this.cached.add(report.documentId);
    }
  }

  private stopped(): void {
    this.worker = null;
    this.closed = true;
    this.release();
  }

  private release(): void {
    this.worker?.unref();
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
