import type { checklistContract } from '../../../shared/api/checklist-contract';
import type { HandlersFor } from '../../api/handler-types';
import type { ChecklistService } from './checklist-service';

export function checklistHandlers(checklist: ChecklistService): HandlersFor<typeof checklistContract> {
  return {
    'checklist:templates': () => checklist.templates(),
    'checklist:saveTemplates': ({ templates }) => checklist.saveTemplates(templates),
    'checklist:resetTemplates': () => checklist.resetTemplates(),
    'checklist:post': ({ id }) => checklist.forPost(id),
    'checklist:preview': ({ postId, fields }) => checklist.preview(postId, fields),
    'checklist:range': (range) => checklist.range(range),
    'checklist:tick': ({ postId, itemId, done }) => checklist.tick(postId, itemId, done),
    'checklist:overview': (range) => checklist.overview(range),
    'checklist:checkChannel': ({ channelId, check, done }) => checklist.checkChannel(channelId, check, done),
  };
}
