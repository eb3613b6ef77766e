import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface BridgeProcess {
  url: string;
  port: number;
  output: string[];
  stop(): Promise<void>;
}

/** The bridge bundled by the browser tests' globalSetup (bundle-bridge.ts); the screenshot tools run its source through tsx. */
const bridgeScript = () => {
  const bundled = process.env.SOMEVUORO_BRIDGE_SCRIPT;
  return bundled ? [bundled] : ['--import', 'tsx', 'electron/bridge/web.ts'];
};

/** Starts `npm run web`'s bridge (without the build step) as its own process on a data folder (`args`: `--device DIR` makes it the plan folder). */
export function startBridgeProcess(dataDir: string, env: Record<string, string> = {}, args: string[] = []): Promise<BridgeProcess> {
  const child: ChildProcess = spawn(process.execPath, [...bridgeScript(), '--data', dataDir, ...args], {
    cwd: root,
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The bridge did not start in time:\n${output.join('')}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=\w+)/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], port: Number(match[2]), output, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The bridge exited with ${code}:\n${output.join('')}`));
    });
  });
}
