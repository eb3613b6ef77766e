/*
 * The sync server a laptop connects to (issue 13 item 5), as typed in Settings: a WebSocket
 * address, wss:// behind an HTTPS reverse proxy, ws:// on the laptop or the association's own
 * network. The plan's secret is typed apart and never part of the address.
 */

/** At least this long: the secret is all that keeps the plan from anyone who finds the address. */
export const SYNC_SECRET_MIN_LENGTH = 16;

/** ws:// or wss://, a host (name, IPv4 or [IPv6]) and port, a path; no user or password (the secret goes in its own field), no query or #fragment. */
const ADDRESS = /^wss?:\/\/(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:\/[^\s?#]*)?$/i;

export function isSyncServerAddress(text: string): boolean {
  return ADDRESS.test(text.trim());
}
