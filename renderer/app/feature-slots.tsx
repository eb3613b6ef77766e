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

/** Every part one feature shows inside another: the app composes, so no feature imports another. */
export const featureSlots: FeatureSlots = {
  WelcomePanel,
  ReviewView,
  MarketingSummary,
  ChecklistSettings,
  PostChecklistSection,
  ReviewSection,
  AlbumNameField,
  ChannelGoals,
  ChannelTextsField,
  CoverImageField,
  isChecklistGate,
  OverrideDialog,
};
