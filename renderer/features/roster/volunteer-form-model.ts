import { formatDateInput, parseDateInput } from '../../../shared/calendar/date-input';
import { newId } from '../../../shared/domain/ids';
import type { Language } from '../../../shared/domain/settings';
import type { Volunteer, VolunteerRole } from '../../../shared/domain/volunteer';
import type { IssueMapping, PathIssue } from '../../components/forms/form-issues';

/** The volunteer dialog's fields as typed: dates and the limit are text until saved. */
export interface AwayRow {
  id: string;
  from: string;
  to: string;
  yearly: boolean;
  note: string;
}

export interface VolunteerForm {
  name: string;
  email: string;
  phone: string;
  roles: VolunteerRole[];
  channelIds: string[];
  limit: string;
  active: boolean;
  away: AwayRow[];
}

export function emptyVolunteerForm(): VolunteerForm {
  // Most volunteers of a small association answer messages: the responder role is on by default.
  return { name: '', email: '', phone: '', roles: ['responder'], channelIds: [], limit: '', active: true, away: [] };
}

export function formFromVolunteer(volunteer: Volunteer, language: Language): VolunteerForm {
  return {
    name: volunteer.name,
    email: volunteer.email,
    phone: volunteer.phone,
    roles: volunteer.roles,
    channelIds: volunteer.channelIds,
    limit: volunteer.maxDutiesPerMonth === null ? '' : String(volunteer.maxDutiesPerMonth),
    active: volunteer.active,
    away: volunteer.away.map((period) => ({ ...period, from: formatDateInput(period.from, language), to: formatDateInput(period.to, language) })),
  };
}

export function newAwayRow(): AwayRow {
  return { id: newId(), from: '', to: '', yearly: false, note: '' };
}

/**
 * The form as the payload the contract reads, and what the typed text itself gets wrong
 * (an away day that does not exist, or left empty), by form path ("away.0.to").
 */
export function volunteerInputFromForm(form: VolunteerForm): { input: unknown; found: PathIssue[] } {
  const found: PathIssue[] = [];
  const away = form.away.map((row, index) => {
    const [from, to] = [parseDateInput(row.from), parseDateInput(row.to)];
    if (!from.ok || from.value === null) found.push({ path: `away.${index}.from`, message: from.ok ? 'v.required' : from.message });
    if (!to.ok || to.value === null) found.push({ path: `away.${index}.to`, message: to.ok ? 'v.required' : to.message });
    return { ...row, from: from.ok ? from.value : null, to: to.ok ? to.value : null };
  });
  const { limit, ...rest } = form;
  return { input: { ...rest, maxDutiesPerMonth: limit.trim() === '' ? null : Number(limit), away }, found };
}

/** The services' issue paths ("changes.maxDutiesPerMonth") onto the form's ("limit"). */
export const volunteerIssues: IssueMapping = {
  under: 'changes.',
  field: (path) => (path === 'maxDutiesPerMonth' ? 'limit' : Object.hasOwn(emptyVolunteerForm(), path.split('.')[0]) ? path : null),
};
