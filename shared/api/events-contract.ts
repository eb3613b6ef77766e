import { z } from 'zod';

/*
 * What main tells the renderer without being asked: Electron sends it through the preload
 * (ipcRenderer.on), the web bridge as Server-Sent Events on /events. A listener gets only a
 * payload its schema accepts, whichever transport brought it.
 */

/** A save nobody was waiting for failed (the storage engine's own, a merge's): what failed, worded by the renderer (v.json), and where. */
const SaveFailure = z.strictObject({
  problem: z.enum(['v.storageNoPermission', 'v.storageDiskFull', 'v.storageReadOnly', 'v.storageWriteFailed']),
  folder: z.string(),
});
export type SaveFailure = z.infer<typeof SaveFailure>;

const eventsContract = {
  /** Other laptops' changes were merged into the plan (issue 13 item 2); `version` counts such merges. */
  'plan:changed': z.strictObject({ version: z.int().min(0) }),
  'plan:saveFailed': SaveFailure,
};

/** Where the web bridge serves its stream of events (text/event-stream, the token in its header). */
export const EVENTS_PATH = '/events';

export type EventName = keyof typeof eventsContract;
export type EventOf<K extends EventName> = z.output<(typeof eventsContract)[K]>;

export function isEventName(value: string): value is EventName {
  return Object.hasOwn(eventsContract, value);
}

/** Listens to one event; returns how to stop. */
export type Subscribe = <K extends EventName>(name: K, listener: (payload: EventOf<K>) => void) => () => void;

/** `listener`, called only with payloads the event's schema accepts (anything else is dropped). */
export function validated<K extends EventName>(name: K, listener: (payload: EventOf<K>) => void): (payload: unknown) => void {
  return (payload) => {
    const parsed = eventsContract[name].safeParse(payload);
    if (parsed.success) listener(parsed.data as EventOf<K>);
  };
}
