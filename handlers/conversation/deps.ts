// What the conversation needs: the case store, a triage classifier and an answerer (contracts in ../types.ts,
// re-exported here for the conversation's parts), officers, working hours and delivery hooks.
import type { Logger } from 'pino';
import type { CaseStore } from '../cases/store.js';
import {
  chatAppTraits,
  type Address,
  type AnswerResult,
  type Channel,
  type ChannelTraits,
  type StreamingAnswerer,
  type Triage,
} from '../types.js';
import type { ContactsDirectory } from '../../knowledge/contacts.js';
import type { Corpus, DocMeta } from '../../knowledge/types.js';
import type { Updates } from '../../knowledge/updates.js';
import type { CommandSpec } from './commands.js';

export type { AnswerResult, StreamingAnswerer, Triage, TriageResult } from '../types.js';

/** Accepts both bot/config.ts parseWorkingHours output ({start, end}) and the `{startHour, endHour}` shape. */
export type WorkingHours = { start: number; end: number; days: number[] } | { startHour: number; endHour: number; days: number[] };

/** Who the officers are and where they are reached. Channel names are opaque: each channel adds its part. */
export interface OfficerDirectory {
  /** Officer user ids per channel. */
  users: Record<Channel, string[]>;
  /** Where announcements go: officers' private chats and groups, the console's room. */
  announceTo: Address[];
  /** Group chats whose members all act as officers; chatter there is not addressed to the bot. */
  groups?: Address[];
  /** The officer console's channel: there, `officer:<id>` users are account sessions and listed users the shared login. */
  console?: { channel: Channel; room?: Address };
}

/** A chat of the officers' groups, where every member acts as an officer. */
export const isOfficerGroup = (officers: OfficerDirectory, chat: Address) =>
  officers.groups?.some((g) => g.channel === chat.channel && g.chatId === chat.chatId) ?? false;

/** One directory from each channel's part. */
export function officerDirectory(parts: Partial<OfficerDirectory>[]): OfficerDirectory {
  const users: Record<Channel, string[]> = {};
  for (const p of parts) for (const [ch, ids] of Object.entries(p.users ?? {})) users[ch] = [...(users[ch] ?? []), ...ids];
  return {
    users,
    announceTo: parts.flatMap((p) => p.announceTo ?? []),
    groups: parts.flatMap((p) => p.groups ?? []),
    ...(parts.find((p) => p.console) ? { console: parts.find((p) => p.console)!.console } : {}),
  };
}

export interface ConversationDeps {
  store: CaseStore;
  triage: Triage;
  answer: StreamingAnswerer;
  /**
   * The extractive answer alone (no model call), for a question asked inside a report: the case reply and its
   * hotlines are sent with that answer and must not wait for a model. `answer` is used when absent.
   */
  instantAnswer?: StreamingAnswerer;
  /**
   * `answer` gives the same answer to the same question and province until the knowledge is reloaded (the
   * extractive answerer, no model): whole replies to questions asked again are then kept (ask/remembered.ts).
   */
  repeatableAnswers?: boolean;
  /**
   * Streaming preview of a question's answer for channels that can show one (web, Telegram).
   * Called with the text generated so far; the final answer always follows as a normal message
   * and replaces it. Never called for reports, cases or officer traffic. Returns false when the
   * chat's channel shows no previews (Zalo), so the reader cannot have seen a draft there.
   */
  preview?: (to: Address, textSoFar: string) => boolean;
  /** Lower-cased fragments (e.g. the system prompt's lines) that end a preview when they appear in it. */
  previewStopMarkers?: string[];
  fullSection?: (data: string) => AnswerResult | undefined;
  officers: OfficerDirectory;
  reannounceMinutes: number;
  /** New cases a minute announced one by one; above it an alert, then one summary a minute (default 3, see burst.ts). */
  burstPerMinute?: number;
  defaultProvince?: string;
  workingHours?: WorkingHours;
  logger: Logger;
  now?: () => number;
  /** The live corpus (after the latest reload), to cite contact entries from; without it contact replies carry no citations. */
  corpus?: () => Corpus;
  /** The live contacts directory (same knowledge folder as the corpus); without it only national lines are given. */
  contacts?: () => ContactsDirectory | null;
  /** What changed since the documents (knowledge/updates.yaml): today's province names, change answers and notes. */
  updates?: () => Updates;
  /** Loaded documents, for the officers' /tailieu list (the live corpus's docs after a reload). */
  documents?: () => DocMeta[];
  /** What a channel's adapter declares it can do; a channel without traits is treated as a plain chat app. */
  traits?: (channel: Channel) => ChannelTraits | undefined;
  /** The chat commands (default: the built-in table, handlers/conversation/commands.ts). */
  commands?: readonly CommandSpec[];
}

/** The channel's traits, or those of a plain chat app named by its registered name. */
export const traitsOf = (deps: Pick<ConversationDeps, 'traits'>, channel: Channel): ChannelTraits =>
  deps.traits?.(channel) ?? chatAppTraits(channel);

/** How officers' texts name a channel. */
export const channelLabel = (deps: Pick<ConversationDeps, 'traits'>, channel: Channel) => traitsOf(deps, channel).label;

export function hoursOf(w: WorkingHours): { start: number; end: number; days: number[] } {
  return 'startHour' in w ? { start: w.startHour, end: w.endHour, days: w.days } : w;
}

const PREVIEW_MAX = 3500;
const PROMPT_TAGS = /<\s*\/?\s*(tai_lieu|cau_hoi|lich_su)\b/i;

export interface PreviewSink {
  onToken: (delta: string) => void;
  /** Whether any draft reached the channel, so the reader may have seen it. */
  shown(): boolean;
}

/**
 * Turns a preview hook into an onToken callback: accumulates deltas and passes the text so far on.
 * The raw model output is unchecked, so the preview stops for good at anything that looks like an
 * echo of the prompt (the checked final answer replaces it anyway) and at a length any channel can show.
 */
export function previewSink(preview: ((textSoFar: string) => boolean) | undefined, stopMarkers: string[] = []): PreviewSink | undefined {
  if (!preview) return undefined;
  let text = '';
  let stopped = false;
  let shown = false;
  const onToken = (delta: string) => {
    if (stopped || !delta) return;
    text += delta;
    const lower = text.toLowerCase();
    if (PROMPT_TAGS.test(text) || stopMarkers.some((m) => lower.includes(m)) || text.length > PREVIEW_MAX) {
      stopped = true;
      return;
    }
    if (!text.trim()) return;
    try {
      // A channel without previews is not asked again for this answer.
      if (preview(text)) shown = true;
      else stopped = true;
    } catch {
      // A preview is decoration: it must never break the answer.
      stopped = true;
    }
  };
  return { onToken, shown: () => shown };
}
