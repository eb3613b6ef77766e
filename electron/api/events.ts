import type { EventName, EventOf } from '../../shared/api/events-contract';

/** One of main's events, with its payload (events-contract.ts). */
export type AppEvent = { [K in EventName]: { name: K; payload: EventOf<K> } }[EventName];

/** Listens to main's events; returns how to stop. */
export type OnEvent = (listener: (event: AppEvent) => void) => () => void;
