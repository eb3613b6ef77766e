import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';

/** The address a laptop connects to: the server's, with the plan's secret as the password (sent as HTTP Basic, never in the path). */
function serverAddress(server: string, secret: string): string {
  const url = new URL(server);
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new RangeError(`A sync server address starts with wss:// (or ws:// on this computer), got ${server}.`);
  url.username = 'somevuoro';
  url.password = secret;
  return url.toString();
}

/**
 * automerge-repo's WebSocket client, except that a refusal (401: a wrong secret) or a lost
 * connection is remembered and retried instead of thrown from an event listener, which in
 * Node ends the process.
 */
export class SyncServerClient extends WebSocketClientAdapter {
  /** The last connection failure ("Unexpected server response: 401"), null once connected. */
  lastError: string | null = null;

  private connected = false;

  constructor(server: string, secret: string, retryMs = 5000) {
    super(serverAddress(server, secret), retryMs);
    this.on('peer-candidate', () => {
      this.lastError = null;
      this.connected = true;
    });
    this.on('peer-disconnected', () => {
      this.connected = false;
    });
  }

  /** What Settings shows: a 401 is a wrong secret; any other failure, a server not reached. */
  status(): 'connecting' | 'connected' | 'unreachable' | 'refused' {
    if (this.lastError !== null) return this.lastError.includes('401') ? 'refused' : 'unreachable';
    return this.connected ? 'connected' : 'connecting';
  }

  override disconnect(): void {
    // Closing a socket still connecting (a server refusing, slow) makes ws emit 'error' after
    // the adapter has taken its listener off: with none left, Node would end the process.
    (this.socket as { addEventListener?: (type: 'error', listener: () => void) => void } | undefined)?.addEventListener?.('error', () => {});
    super.disconnect();
  }

  override onError = (event: unknown) => {
    const error = (event as { error?: { message?: string } }).error;
    this.lastError = error?.message ?? 'connection failed';
    this.connected = false;
  };
}
