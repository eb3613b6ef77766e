import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServerAdapter } from '@automerge/automerge-repo-network-websocket';
import { NodeFSStorageAdapter } from '@automerge/automerge-repo-storage-nodefs';
import type { Duplex } from 'node:stream';
// The `ws` server automerge-repo's adapter is written for (isomorphic-ws is its Node face); typed here by what is used.
import WebSocket from 'isomorphic-ws';
import { EveryChangeRepo } from './every-change-repo';

/*
 * `npx somevuoro sync-server` (issue 13 item 5): automerge-repo's own WebSocket server
 * adapter with its NodeFS storage, for an association whose laptops share no folder.
 * A client must show the plan's shared secret (HTTP Basic, the password part, as the
 * `ws` client sends it for `wss://somevuoro:SECRET@host/`) before the WebSocket opens;
 * anyone else gets 401 and not a byte of a document. The server never announces a
 * document (sharePolicy false): a client gets only the documents it asks for by their
 * id, which only a holder of the plan (its plan.json, its root) knows.
 */

interface SocketServer {
  readonly clients: Set<{ terminate(): void }>;
  handleUpgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer, done: (client: unknown) => void): void;
  emit(event: 'connection', client: unknown, request: http.IncomingMessage): boolean;
  close(): void;
}
const SocketServer = (WebSocket as unknown as { WebSocketServer: new (options: { noServer: true }) => SocketServer }).WebSocketServer;

export interface SyncServerOptions {
  /** 0: any free port (tests). */
  port: number;
  /** 127.0.0.1 unless given; behind a reverse proxy it stays there (README). */
  host?: string;
  /** Where the server keeps the documents (NodeFS storage). */
  dataDir: string;
  secret: string;
}

export interface SyncServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** At least this long: the secret is all that keeps the plan from anyone who finds the address. */
export const SECRET_MIN_LENGTH = 16;

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The password of an `Authorization: Basic` header equals the secret (compared in constant time). */
export function showsSecret(authorization: string | undefined, secret: string): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(authorization ?? '');
  if (!match) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const password = decoded.slice(decoded.indexOf(':') + 1);
  return timingSafeEqual(digest(password), digest(secret));
}

export async function startSyncServer({ port, host = '127.0.0.1', dataDir, secret }: SyncServerOptions): Promise<SyncServer> {
  if (secret.length < SECRET_MIN_LENGTH) throw new RangeError(`The secret must be at least ${SECRET_MIN_LENGTH} characters.`);
  const server = http.createServer((_request, response) => {
    response.writeHead(426, { 'Content-Type': 'text/plain' }).end('Somevuoro sync server: connect with WebSocket.\n');
  });
  const sockets = new SocketServer({ noServer: true });
  server.on('upgrade', (request, socket, head) => {
    // A client that resets its connection (refused, or going away mid-handshake) makes the
    // socket emit 'error': without a listener, Node would end the server.
    socket.on('error', () => {});
    if (!showsSecret(request.headers.authorization, secret)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
  });
  const adapter = new WebSocketServerAdapter(sockets as unknown as ConstructorParameters<typeof WebSocketServerAdapter>[0]);
  // The repo connects its adapter (which starts listening for sockets) only once its storage id is
  // read, after this function would have returned: a laptop connecting in between had its join go
  // unheard until the adapter's keep-alive dropped the socket and the laptop retried, 5 s later.
  const adapterConnected = new Promise<void>((resolve) => {
    const connect = adapter.connect.bind(adapter);
    adapter.connect = (...args) => {
      connect(...args);
      resolve();
    };
  });
  const repo = new EveryChangeRepo({
    network: [adapter],
    storage: new NodeFSStorageAdapter(dataDir),
    // Announce nothing: a client learns of a document only by asking for its id.
    sharePolicy: () => Promise.resolve(false),
  });
  await adapterConnected;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `ws://${host}:${bound}/`,
    port: bound,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      await repo.shutdown();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
