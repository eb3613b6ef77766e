import type { ApiIssue } from '../../shared/domain/issues';
import type { MainDocument } from '../../shared/domain/documents';
import { DomainError } from './domain-error';

/** Checks that ids a record refers to exist; several problems are reported together. */
export class ReferenceCheck {
  private readonly issues: ApiIssue[] = [];

  constructor(private readonly main: MainDocument) {}

  channel(id: string, path: string): this {
    if (!this.main.channels.some((channel) => channel.id === id)) this.issues.push({ path, message: 'v.unknownChannel', received: id });
    return this;
  }

  volunteer(id: string | null | undefined, path: string): this {
    if (id && !this.main.volunteers.some((volunteer) => volunteer.id === id)) {
      this.issues.push({ path, message: 'v.unknownVolunteer', received: id });
    }
    return this;
  }

  add(issue: ApiIssue): this {
    this.issues.push(issue);
    return this;
  }

  /** Throws if anything was missing. */
  verify(what: string): void {
    if (this.issues.length) throw new DomainError('rejected', `The ${what} refers to something that does not exist.`, this.issues);
  }
}
