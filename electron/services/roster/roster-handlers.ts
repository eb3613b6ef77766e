import type { rosterContract } from '../../../shared/api/roster-contract';
import type { HandlersFor } from '../../api/handler-types';
import type { PlanRepository } from '../../storage/plan-repository';
import { RosterService } from './roster-service';
import { VolunteersService } from './volunteers-service';

export function rosterHandlers(repo: PlanRepository): HandlersFor<typeof rosterContract> {
  const volunteers = new VolunteersService(repo);
  const roster = new RosterService(repo);
  return {
    'volunteers:list': () => volunteers.list(),
    'volunteers:create': (fields) => volunteers.create(fields),
    'volunteers:update': ({ id, changes }) => volunteers.update(id, changes),
    'volunteers:delete': ({ id }) => volunteers.delete(id),
    'duties:list': (range) => roster.list(range),
    'duties:create': (fields) => roster.create(fields),
    'duties:update': ({ id, changes }) => roster.update(id, changes),
    'duties:delete': ({ id }) => roster.delete(id),
    'duties:restore': (duty) => roster.restore(duty),
    'roster:propose': (request) => roster.propose(request),
    'roster:accept': (input) => roster.accept(input),
    'roster:undoAccept': ({ savedIds, replaced }) => roster.undoAccept(savedIds, replaced),
    'roster:swap': ({ firstId, secondId }) => roster.swap(firstId, secondId),
    'roster:coverage': (range) => roster.coverage(range),
  };
}
