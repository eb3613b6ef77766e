import http from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A small HTTP server on 127.0.0.1 for the fake Mastodon and Bluesky servers: each request
 * is handed over as a web Request (so a multipart form or JSON is parsed as a server would),
 * every request is kept, and what breaks the documented contract is collected in `violations`
 * and answered 400, so a test sees both.
 */

export interface FakeAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer (a server that stopped responding). */
  hang?: boolean;
  /** What the server keeps of a request it accepts (a status posted), skipped when an injected failure answers instead. */
  commit?: () => void;
}

export interface SeenRequest {
  method: string;
  path: string;
  headers: Headers;
  body: Buffer;
}

class ContractViolation extends Error {}

export function expectThat(condition: unknown, what: string): asserts condition {
  if (!condition) throw new ContractViolation(what);
}

export type Route = (request: Request, url: URL) => Promise<FakeAnswer>;

export class FakeHttpServer {
  readonly seen: SeenRequest[] = [];
  readonly violations: string[] = [];
  /** Answers to give instead of the route's, once each, by "METHOD /path". */
  private readonly injected = new Map<string, FakeAnswer[]>();
  private readonly hanging = new Set<http.ServerResponse>();

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(route: Route): Promise<FakeHttpServer> {
    let fake: FakeHttpServer | null = null;
    const server = http.createServer((req, res) => {
      void fake?.answer(req, res, route);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake = new FakeHttpServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return fake;
  }

  /** The next request to `METHOD /path` gets this answer (after its contract is checked). */
  failNext(endpoint: string, answer: FakeAnswer): void {
    this.injected.set(endpoint, [...(this.injected.get(endpoint) ?? []), answer]);
  }

  requestsTo(endpoint: string): SeenRequest[] {
    return this.seen.filter((request) => `${request.method} ${request.path}` === endpoint);
  }

  /** The requests left hanging lose their connection: the client sees a network failure now, not at its timeout. */
  dropHanging(): void {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
  }

  async close(): Promise<void> {
    this.dropHanging();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async answer(req: http.IncomingMessage, res: http.ServerResponse, route: Route): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.url);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const method = req.method ?? 'GET';
    this.seen.push({ method, path: url.pathname, headers, body });
    const request = new Request(url, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body });
    let answer: FakeAnswer;
    try {
      answer = await route(request, url);
      const queued = this.injected.get(`${method} ${url.pathname}`);
      const failure = queued?.shift();
      if (failure) answer = failure;
      else answer.commit?.();
    } catch (error) {
      if (!(error instanceof ContractViolation)) throw error;
      this.violations.push(`${method} ${url.pathname}: ${error.message}`);
      answer = { status: 400, body: { error: `contract: ${error.message}` } };
    }
    if (answer.hang) {
      this.hanging.add(res);
      return;
    }
    const json = answer.body === undefined ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
    res.end(json);
  }
}

export function bearer(request: Request): string | null {
  const match = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '');
  return match ? match[1] : null;
}
