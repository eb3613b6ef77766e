import type * as A from '@automerge/automerge';
import type { ChangeAuthor } from '../../../shared/domain/post-history';
import { readNote } from './plan-engine';

/*
 * What the status line says (issue 13 item 4), from the signed notes of changes: the
 * last change and who made it, the people and laptops seen, and whether this
 * laptop's own changes have been waiting a long time with nothing arriving from the
 * folder (a sync tool that stopped, a folder set to online-only).
 */

interface PersonSeen {
  name: string;
  /**
   * Laptops that signed changes as this person, by the note's laptop id. A change without one
   * (written before changes carried it) is from a laptop that cannot be told apart from the
   * person's others: it makes the person's count one when it is nothing, and adds none to it
   * (counted by its engine actor, one laptop opened five times was five).
   */
  laptops: number;
  lastChangeAt: string;
}

export interface PlanActivityState {
  lastChange: { author: ChangeAuthor | null; at: string; fromOutside: boolean } | null;
  people: PersonSeen[];
  laptops: number;
  /** This laptop's changes since the folder last brought anything, when the oldest of them is older than the limit. */
  waiting: { since: string; changes: number } | null;
  /** When another laptop's change last arrived through the folder during this session. */
  lastArrivalAt: string | null;
}

const NOBODY = '';

export class PlanActivity {
  /** By laptop and person: one laptop used by two people counts for each of them (laptop null: a change without a laptop id). */
  private readonly laptops = new Map<string, { laptop: string | null; name: string; at: string }>();
  private lastChange: PlanActivityState['lastChange'] = null;
  private ownSinceArrival: { since: Date; changes: number } | null = null;
  private lastArrival: Date | null = null;

  /** Takes changes read from the engine (at open, or merged from outside); `fromOutside` when another laptop made them. */
  record(changes: readonly A.ChangeMetadata[], fromOutside: boolean): void {
    for (const change of changes) {
      const note = readNote(change.message);
      const at = note?.at ?? new Date(change.time * 1000).toISOString();
      const name = note?.author?.name ?? NOBODY;
      const laptop = note?.laptop ?? null;
      const key = JSON.stringify([laptop, name]);
      const known = this.laptops.get(key);
      if (!known || known.at < at) this.laptops.set(key, { laptop, name, at });
      if (!this.lastChange || this.lastChange.at < at) this.lastChange = { author: note?.author ?? null, at, fromOutside };
    }
  }

  arrived(now: Date): void {
    this.lastArrival = now;
    this.ownSinceArrival = null;
  }

  wrote(now: Date, author: ChangeAuthor | null): void {
    this.ownSinceArrival = this.ownSinceArrival ? { ...this.ownSinceArrival, changes: this.ownSinceArrival.changes + 1 } : { since: now, changes: 1 };
    const at = now.toISOString();
    if (!this.lastChange || this.lastChange.at <= at) this.lastChange = { author, at, fromOutside: false };
  }

  state(now: Date, waitingAfterMs: number): PlanActivityState {
    // A laptop's changes before its person said who they are (the volunteer made for them) name
    // nobody: they are that person's when one person has signed on that laptop, not "someone's".
    const namedOn = new Map<string, Set<string>>();
    for (const { laptop, name } of this.laptops.values()) if (laptop && name !== NOBODY) namedOn.set(laptop, new Set([...(namedOn.get(laptop) ?? []), name]));
    const seen = new Map<string, { laptops: Set<string>; lastChangeAt: string }>();
    for (const { laptop, name, at } of this.laptops.values()) {
      const names = laptop && name === NOBODY ? [...(namedOn.get(laptop) ?? [])] : [];
      const who = names.length === 1 ? names[0] : name;
      const person = seen.get(who) ?? { laptops: new Set<string>(), lastChangeAt: at };
      if (laptop) person.laptops.add(laptop);
      if (person.lastChangeAt < at) person.lastChangeAt = at;
      seen.set(who, person);
    }
    const people = [...seen].map(([name, { laptops, lastChangeAt }]): PersonSeen => ({ name, laptops: Math.max(laptops.size, 1), lastChangeAt }));
    const signed = new Set([...this.laptops.values()].flatMap(({ laptop }) => (laptop ? [laptop] : [])));
    const own = this.ownSinceArrival;
    return {
      lastChange: this.lastChange,
      people: people.sort((a, b) => b.lastChangeAt.localeCompare(a.lastChangeAt)),
      laptops: Math.max(signed.size, this.laptops.size > 0 ? 1 : 0),
      waiting: own && now.getTime() - own.since.getTime() >= waitingAfterMs ? { since: own.since.toISOString(), changes: own.changes } : null,
      lastArrivalAt: this.lastArrival?.toISOString() ?? null,
    };
  }
}
