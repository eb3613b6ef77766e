import type { ComponentType } from 'react';
import { createContext, useContext } from 'react';
import type { Channel } from '../../shared/domain/channel';
import type { LocalDate } from '../../shared/domain/local-time';
import type { CoverImage, Post } from '../../shared/domain/post';
import type { PostForm } from './post-form-model';

/*
 * The parts one feature shows inside another (the checklist's fields in the post editor,
 * the review list in the calendar). Features never import one another: a feature asks for a
 * part here by name, and app/feature-slots.tsx, which may import every feature, fills them
 * in. The props are stated here; the compiler checks in app/ that each part takes them.
 */
export interface FeatureSlots {
  WelcomePanel: ComponentType;
  ReviewView: ComponentType<{ posts: Post[]; weeks: number; onWeeks: (weeks: number) => void; channels: Map<string, Channel> }>;
  MarketingSummary: ComponentType<{ month: LocalDate; posts: Post[]; channels: Map<string, Channel> }>;
  ChecklistSettings: ComponentType;
  /** Settings › Share this plan: moving the plan into a synced folder, opening a shared one. */
  SharePlanSettings: ComponentType;
  PostChecklistSection: ComponentType<{ post?: Post; form: PostForm }>;
  ReviewSection: ComponentType<{ post: Post }>;
  /** Fields of the post two laptops set at once, with who wrote each, to keep one. */
  PostConflicts: ComponentType<{ post: Post }>;
  /** "From the idea …" when an idea became the post (issue 16). */
  PostOrigin: ComponentType<{ post: Post }>;
  /** A duty two laptops gave to two people at once, flagged in the roster. */
  DutyConflictNote: ComponentType<{ dutyId: string; className?: string }>;
  AlbumNameField: ComponentType<{ value: string; title: string; date: LocalDate | null; error?: string; onChange: (name: string) => void }>;
  ChannelGoals: ComponentType<{ channels: Channel[] }>;
  ChannelTextsField: ComponentType<{ channels: Channel[]; variants: Record<string, string>; mainText: string; onChange: (variants: Record<string, string>) => void }>;
  CoverImageField: ComponentType<{ image: CoverImage | null; channels: Channel[]; error?: string; onChange: (image: CoverImage | null) => void }>;
  /** The approval gate: main refused an approval because required checklist items are open. */
  isChecklistGate: (error: unknown) => boolean;
  OverrideDialog: ComponentType<{ post: Post; onClose: () => void }>;
  /** The share kit of an approved post (nothing for other statuses): per channel, its text, compose link and "Mark as published". */
  ShareKit: ComponentType<{ post: Post }>;
  /**
   * Direct posting (issue 17, Mastodon and Bluesky) in each channel's card of the share kit,
   * beside Copy text and the compose link: "Post now" / "Schedule on the server" for a channel
   * with a connected account; nothing otherwise. It records as shared/domain/publication.ts says.
   */
  ShareDirectAction: ComponentType<{ post: Post; channel: Channel }>;
  /** A Mastodon or Bluesky channel's account for direct posting (Settings › Channels); nothing for other kinds. */
  ChannelAccount: ComponentType<{ channel: Channel }>;
}

const SlotsContext = createContext<FeatureSlots | null>(null);

/** The app's parts, given once at the top of the tree. */
export const FeatureSlotsProvider = SlotsContext.Provider;

export function useFeatureSlots(): FeatureSlots {
  const slots = useContext(SlotsContext);
  if (!slots) throw new Error('FeatureSlotsProvider is missing above this component.');
  return slots;
}
