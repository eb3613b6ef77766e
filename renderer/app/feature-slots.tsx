import type { FeatureSlots } from '../entities/feature-slots';
import { AlbumNameField } from '../features/checklist/AlbumNameField';
import { ChannelGoals, ChannelTextsField } from '../features/checklist/ChannelTextsField';
import { ChecklistSettings } from '../features/checklist/ChecklistSettings';
import { CoverImageField } from '../features/checklist/CoverImageField';
import { MarketingSummary } from '../features/checklist/MarketingSummary';
import { isChecklistGate, OverrideDialog } from '../features/checklist/OverrideDialog';
import { PostChecklistSection } from '../features/checklist/PostChecklistSection';
import { WelcomePanel } from '../features/first-run/WelcomePanel';
import { ReviewSection } from '../features/review/ReviewSection';
import { ReviewView } from '../features/review/ReviewView';
import { DutyConflictNote } from '../features/sync/DutyConflictNote';
import { PostConflicts } from '../features/sync/PostConflicts';

/** Every part one feature shows inside another: the app composes, so no feature imports another. */
export const featureSlots: FeatureSlots = {
  WelcomePanel,
  ReviewView,
  MarketingSummary,
  ChecklistSettings,
  PostChecklistSection,
  ReviewSection,
  PostConflicts,
  DutyConflictNote,
  AlbumNameField,
  ChannelGoals,
  ChannelTextsField,
  CoverImageField,
  isChecklistGate,
  OverrideDialog,
};
