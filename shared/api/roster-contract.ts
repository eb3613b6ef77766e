import { z } from 'zod';
import { changesOf } from '../domain/changes';
import { Duty, DutyFields, DutyType } from '../domain/duty';
import { Id } from '../domain/ids';
import { LocalDate } from '../domain/local-time';
import { Volunteer, VolunteerFields } from '../domain/volunteer';
import { limits, tooMany } from '../domain/limits';
import type { PostCoverage } from '../roster/coverage';
import type { RotaProposal } from '../roster/rota-generator';
import { NoInput } from './app-contract';
import { channel } from './contract-kit';
import { DateRange } from '../domain/date-range';
import { ById } from './settings-contract';

/** The longest range one proposal may cover: a year of periods. */
const MAX_ROTA_DAYS = 366;

const rangeChecks = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema
    .refine((r) => r.from <= r.to, { error: 'v.rangeReversed', path: ['to'] })
    .refine((r) => Date.parse(r.to) - Date.parse(r.from) < MAX_ROTA_DAYS * 86_400_000, { error: 'v.rangeTooLong', path: ['to'] });

export const RotaRequestInput = rangeChecks(
  z.strictObject({
    type: DutyType,
    from: LocalDate,
    to: LocalDate,
    periodDays: z.int().min(1).max(31),
    channelIds: z.array(Id).max(limits.channelRefs, tooMany),
  }),
);
export type RotaRequestInput = z.infer<typeof RotaRequestInput>;

const Slot = z.strictObject({ from: LocalDate, to: LocalDate, volunteerId: Id.nullable() });

/** Accepting a (possibly edited) proposal: the slots replace the rota's stored duties in the range. */
export const AcceptRotaInput = rangeChecks(
  z.strictObject({
    type: DutyType,
    from: LocalDate,
    to: LocalDate,
    channelIds: z.array(Id).max(limits.channelRefs, tooMany),
    slots: z.array(Slot).min(1).max(MAX_ROTA_DAYS, tooMany),
  }),
);
export type AcceptRotaInput = z.infer<typeof AcceptRotaInput>;

const Blocked = z.strictObject({ volunteerId: Id, reason: z.enum(['away', 'limit']) });
const GapReason = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('nobody-eligible') }), z.strictObject({ kind: z.literal('all-blocked'), blocked: z.array(Blocked) })]);
const RotaProposalOutput = z.strictObject({
  type: DutyType,
  from: LocalDate,
  to: LocalDate,
  channelIds: z.array(Id),
  slots: z.array(z.strictObject({ from: LocalDate, to: LocalDate, volunteerId: Id.nullable(), blocked: z.array(Blocked), gap: GapReason.nullable(), backToBack: z.boolean() })),
  replaces: z.array(Id),
  eligible: z.array(Id),
  before: z.array(z.strictObject({ volunteerId: Id, duties: z.number().int().nonnegative(), months: z.number().int().positive() })),
});

const PostCoverageOutput = z.strictObject({
  postId: Id,
  covered: z.boolean(),
  window: z.strictObject({ from: LocalDate, to: LocalDate }).nullable(),
  uncovered: z.array(z.strictObject({ channelId: Id.nullable(), days: z.array(LocalDate) })),
  responders: z.array(Id),
});

// The output schemas restate shared/roster's types for the contract; these lines fail to compile if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const proposalMatches: Same<z.infer<typeof RotaProposalOutput>, RotaProposal> = true;
const coverageMatches: Same<z.infer<typeof PostCoverageOutput>, PostCoverage> = true;
void [proposalMatches, coverageMatches];

const DutyChanges = changesOf(DutyFields);

export const rosterContract = {
  'volunteers:list': channel(NoInput, z.array(Volunteer)),
  'volunteers:create': channel(VolunteerFields, Volunteer),
  'volunteers:update': channel(z.strictObject({ id: Id, changes: changesOf(VolunteerFields) }), Volunteer),
  /** Only for someone without history (duties, posts, channels); otherwise deactivate. */
  'volunteers:delete': channel(ById, ById),
  /** Duties that touch any day of the range. */
  'duties:list': channel(DateRange, z.array(Duty)),
  'duties:create': channel(DutyFields, Duty),
  'duties:update': channel(z.strictObject({ id: Id, changes: DutyChanges }), Duty),
  /** Returns the removed duty, so that undo can put it back. */
  'duties:delete': channel(ById, Duty),
  'duties:restore': channel(Duty, Duty),
  /** A proposal only; nothing is saved until roster:accept. */
  'roster:propose': channel(RotaRequestInput, RotaProposalOutput),
  'roster:accept': channel(AcceptRotaInput, z.strictObject({ saved: z.array(Duty), replaced: z.array(Duty) })),
  /** Takes back an accepted rota in one write (undo): its duties go, the ones it replaced come back. */
  'roster:undoAccept': channel(z.strictObject({ savedIds: z.array(Id).max(MAX_ROTA_DAYS, tooMany), replaced: z.array(Duty).max(limits.duties, tooMany) }), z.array(Duty)),
  /** Exchanges the holders of two duties in one write; the same call again undoes it. */
  'roster:swap': channel(z.strictObject({ firstId: Id, secondId: Id }), z.tuple([Duty, Duty])),
  /** How many posts in the range go out, and those with nobody on response duty for some channel or day (issue 14: covered ones show nothing). */
  'roster:coverage': channel(DateRange, z.strictObject({ goingOut: z.int().nonnegative(), gaps: z.array(PostCoverageOutput) })),
};
