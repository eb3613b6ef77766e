import type { ComponentType } from 'react';
import { Suspense } from 'react';
import type { Preferences } from '../../shared/domain/preferences';
import type { FeatureSlots } from '../entities/feature-slots';
import { usePreferences } from '../api/preferences-queries';
import { useAssociation, useChannels } from '../api/settings-queries';
import { useGuide } from '../features/first-run/guide-store';
import { MarketingSummary } from '../features/checklist/MarketingSummary';
import { isChecklistGate, OverrideDialog } from '../features/checklist/OverrideDialog';
import type { LazyPart } from '../components/lazy-part';
import { lazyPart } from '../components/lazy-part';

/** A part loaded on first use, in its own Suspense: the screen around it stays as it is meanwhile. */
function inPlace<P extends object>(Part: LazyPart<P>): ComponentType<P> {
  return function InPlace(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  };
}

// The editor's parts, preloaded once the first screen is up (see editorParts).
const PostChecklistSection = lazyPart(() => import('../features/checklist/PostChecklistSection').then((module) => module.PostChecklistSection));
const ReviewSection = lazyPart(() => import('../features/review/ReviewSection').then((module) => module.ReviewSection));
const AlbumNameField = lazyPart(() => import('../features/checklist/AlbumNameField').then((module) => module.AlbumNameField));
const ChannelGoals = lazyPart(() => import('../features/checklist/ChannelTextsField').then((module) => module.ChannelGoals));
const ChannelTextsField = lazyPart(() => import('../features/checklist/ChannelTextsField').then((module) => module.ChannelTextsField));
const PostConflicts = lazyPart(() => import('../features/sync/PostConflicts').then((module) => module.PostConflicts));
const CoverImageField = lazyPart(() => import('../features/checklist/CoverImageField').then((module) => module.CoverImageField));
const ShareKit = lazyPart(() => import('../features/share/ShareKit').then((module) => module.ShareKit));

const WelcomePanel = inPlace(lazyPart(() => import('../features/first-run/WelcomePanel').then((module) => module.WelcomePanel)));

// Selected, so that a month change (which writes the preferences) does not render the shell's welcome slot.
const welcomeDismissedOf = (preferences: Preferences) => preferences.welcomeDismissed;

/**
 * The welcome's code is fetched only for a plan that may show it (no name, no channels, not dismissed) or while its
 * guide runs: every other opening would fetch it (and its styles, added to the page's head) only to render nothing.
 */
function WelcomeWhenNeeded() {
  const association = useAssociation().data;
  const channels = useChannels().data;
  const welcomeDismissed = usePreferences(welcomeDismissedOf).data;
  const guiding = useGuide((state) => state.step !== null);
  const mayWelcome = association?.name === '' && channels?.length === 0 && welcomeDismissed === false;
  return guiding || mayWelcome ? <WelcomePanel /> : null;
}

/** What the post editor shows of other features: loaded with the editor, ahead of its first opening. */
export const editorParts: readonly LazyPart<never>[] = [PostChecklistSection, ReviewSection, PostConflicts, AlbumNameField, ChannelGoals, ChannelTextsField, CoverImageField, ShareKit] as readonly LazyPart<never>[];

/**
 * Every part one feature shows inside another: the app composes, so no feature imports another.
 * What the first screen (the month view) shows is imported here; the rest loads on first use.
 */
export const featureSlots: FeatureSlots = {
  // Shown once, on a plan's first opening: not worth its bytes on every other start's first screen.
  WelcomePanel: WelcomeWhenNeeded,
  ReviewView: inPlace(lazyPart(() => import('../features/review/ReviewView').then((module) => module.ReviewView))),
  MarketingSummary,
  ChecklistSettings: inPlace(lazyPart(() => import('../features/checklist/ChecklistSettings').then((module) => module.ChecklistSettings))),
  SharePlanSettings: inPlace(lazyPart(() => import('../features/share-plan/SharePlanSettings').then((module) => module.SharePlanSettings))),
  PostChecklistSection: inPlace(PostChecklistSection),
  ReviewSection: inPlace(ReviewSection),
  PostConflicts: inPlace(PostConflicts),
  PostOrigin: inPlace(lazyPart(() => import('../features/ideas/IdeaOrigin').then((module) => module.IdeaOrigin))),
  DutyConflictNote: inPlace(lazyPart(() => import('../features/sync/DutyConflictNote').then((module) => module.DutyConflictNote))),
  AlbumNameField: inPlace(AlbumNameField),
  ChannelGoals: inPlace(ChannelGoals),
  ChannelTextsField: inPlace(ChannelTextsField),
  CoverImageField: inPlace(CoverImageField),
  isChecklistGate,
  OverrideDialog,
  ShareKit: inPlace(ShareKit),
  // Direct posting (Mastodon, Bluesky) in each channel's card of the share kit; nothing for other kinds or without an account.
  ShareDirectAction: inPlace(lazyPart(() => import('../features/publish/DirectPostActions').then((module) => module.DirectPostActions))),
  ChannelAccount: inPlace(lazyPart(() => import('../features/publish/ConnectAccount').then((module) => module.ChannelAccount))),
};
