// Channel-neutral message shapes. Adapters in bot/ translate platform updates to IncomingMessage
// and render OutgoingMessage; handlers/ never imports a platform library.

/** A channel's registered name (`telegram`, `zalo`, `web`, …): opaque to the handlers. */
export type Channel = string;

/**
 * What the conversation needs to know of a channel, declared by its adapter (among bot/types.ts ChannelCapabilities):
 * the handlers choose by these, never by the channel's name.
 */
export interface ChannelTraits {
  /** The channel's name in officers' texts (case lines, statistics, exports), e.g. "Telegram". */
  label: string;
  /** People type slash commands (`/tinh`, `/nhan 12`); otherwise the channel's own buttons and forms stand for them. */
  typedCommands: boolean;
  /** The channel holds the whole conversation on the person's device, so it can clear both sides and start afresh. */
  clearsConversation: boolean;
  /** The chat is a web page of its own: a province list at its top and a ☰ menu that holds the clear button. */
  webPage: boolean;
  /** Longest text of one message (longer texts are split); unknown for a channel that declares no traits. */
  maxTextLength?: number;
}

/** A plain chat app named by its registered name: commands are typed, and the bot can at most delete its own messages. */
export const chatAppTraits = (channel: Channel): ChannelTraits => ({
  label: channel,
  typedCommands: true,
  clearsConversation: false,
  webPage: false,
});

export interface Address {
  channel: Channel;
  /** Chat to write to (Telegram chat id, Zalo chat id, web session id). */
  chatId: string;
}

export type IncomingKind = 'text' | 'callback' | 'sticker' | 'image' | 'other';

export interface IncomingMessage {
  channel: Channel;
  chatId: string;
  /** Platform user id: what officer lists are checked against. */
  userId: string;
  /** Platform message/update id, for exactly-once processing. */
  messageId?: string;
  kind: IncomingKind;
  /** Raw text as received (handlers normalise it). Commands arrive as text: `/nhan 12`. */
  text?: string;
  /** Button payload for kind `callback`. */
  callbackData?: string;
  /** The person's platform name: shown to officers only if the citizen agreed. */
  displayName?: string;
  /** Epoch ms. */
  receivedAt: number;
}

export interface Button {
  /** Vietnamese label. */
  label: string;
  /** Opaque payload, at most 64 bytes (Telegram's limit). */
  data: string;
}

export interface Citation {
  /** 1-based number used in the text ([1], [2]). */
  n: number;
  /** `KH Quảng Nam 2024 › V. Tổ chức thực hiện › 2. Công an tỉnh` (+ validity note when expired). */
  label: string;
  sectionId: string;
  docId: string;
  /** The label without its notes, for channels that show the notes as badges. */
  heading?: string;
  /** Notes a reader must not miss (replaced or expired text, an excerpt, another province's text). */
  badges?: CitationBadge[];
  /** The sentences quoted from this source, as the text shows them; channels that can fold them under the label do. */
  quotes?: string[];
  /** Payload of this source's "Xem toàn văn" button, when it has one. */
  fullData?: string;
}

export interface CitationBadge {
  kind: 'replaced' | 'expired' | 'excerpt' | 'other-province';
  /** Short Vietnamese words, e.g. `đã được thay thế bởi Luật 53/2024/QH15`. */
  text: string;
}

export type OutgoingKind = 'answer' | 'abstain' | 'emergency' | 'case' | 'relay' | 'officer' | 'notice' | 'error';

export interface OutgoingMessage {
  to: Address;
  kind: OutgoingKind;
  /** Plain Vietnamese text; adapters may split it at their platform's limit. */
  text: string;
  /** Rows of buttons. Platforms without buttons (Zalo) render them as numbered choices. */
  buttons?: Button[][];
  citations?: Citation[];
  /** Case this message belongs to, so the bot's messages of a case can be deleted later. */
  caseId?: number;
  /** When set, the adapter deletes these platform message ids in `to.chatId` (where it can) instead of sending `text`. */
  deleteMessageIds?: string[];
  /**
   * Clear this device: a channel that holds the whole conversation itself (the web chat) shows `text` one last
   * time, then removes both sides of the conversation from the device and from its replay and starts a new session.
   */
  endSession?: boolean;
}

/** An officer acting from some channel. `userId` is checked against the configured officer list on every call. */
export interface Actor {
  channel: Channel;
  userId: string;
  /** Where replies to this officer go. */
  chatId: string;
  /** Display name of the officer (officers are staff: their names may be shown to other officers). */
  name?: string;
}

export type TriageLabel = 'emergency' | 'report' | 'question' | 'smalltalk';

/** The triage classifier's verdict on one citizen message. */
export interface TriageResult {
  label: TriageLabel;
  confidence: number;
  /** Probability of each label, when the classifier computes them. */
  scores?: Record<TriageLabel, number>;
  /** Names of the cues found in the message; a classifier without cues leaves this out and its label is trusted alone. */
  cues?: string[];
}

export interface Triage {
  classify(text: string): TriageResult;
}

/** A cited answer, or an abstention that points to people who can help. */
export interface AnswerResult {
  kind: 'answer' | 'abstain';
  text: string;
  citations: Citation[];
  buttons?: Button[][];
  /**
   * The text is the checked form of what was streamed through `onToken`: a channel that showed that
   * draft may let this answer take its place. Any other answer after a draft replaces it (see previewSink).
   */
  fromDraft?: boolean;
}

export interface AnswerContext {
  province?: string | null;
  /** Previous user questions of this conversation, oldest first. */
  history?: string[];
}

export type Answerer = (question: string, ctx: AnswerContext) => Promise<AnswerResult>;

export interface StreamingAnswerContext extends AnswerContext {
  /** Streaming preview: receives content deltas as they arrive. The returned AnswerResult is
   *  authoritative (it may be the extractive fallback), so a channel must replace the preview with it. */
  onToken?: (delta: string) => void;
}

/** An Answerer that may stream; the extractive answerer simply ignores `onToken`. */
export type StreamingAnswerer = (question: string, ctx: StreamingAnswerContext) => Promise<AnswerResult>;
export type CaseStatus = 'open' | 'claimed' | 'closed';

export interface CaseSummary {
  id: number;
  /** Human case number shown as `#<number>`. */
  number: number;
  label: TriageLabel;
  urgent: boolean;
  status: CaseStatus;
  channel: Channel;
  /** The channel as officers see it named (ChannelTraits.label). */
  channelLabel: string;
  createdAt: number;
  updatedAt: number;
  claimedBy?: string;
  /** First characters of the report, for the queue (officers only). */
  preview: string;
}

export interface CaseMessage {
  direction: 'citizen' | 'officer' | 'bot' | 'note';
  author?: string;
  text: string;
  at: number;
}

export interface CaseDetail extends CaseSummary {
  messages: CaseMessage[];
  /** Citizen's platform name only when the citizen agreed to share it. */
  citizenName?: string;
  resolution?: string;
}

/** What an officer can do; chat commands and the web console both call this. Every call checks the actor. */
export interface OfficerApi {
  isOfficer(actor: Pick<Actor, 'channel' | 'userId'>): boolean;
  queue(actor: Actor, opts?: { includeClosed?: boolean }): Promise<CaseSummary[]>;
  read(actor: Actor, caseId: number): Promise<CaseDetail>;
  claim(actor: Actor, caseId: number): Promise<OutgoingMessage[]>;
  reply(actor: Actor, caseId: number, text: string): Promise<OutgoingMessage[]>;
  note(actor: Actor, caseId: number, text: string): Promise<OutgoingMessage[]>;
  release(actor: Actor, caseId: number): Promise<OutgoingMessage[]>;
  close(actor: Actor, caseId: number, resolution: string): Promise<OutgoingMessage[]>;
}

/** Thrown by OfficerApi for refused or invalid actions; `message` is Vietnamese and safe to show. */
export class CaseError extends Error {
  constructor(
    public readonly code: 'forbidden' | 'not_found' | 'conflict' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'CaseError';
  }
}

/** How a chat command is shown to people (menus, help, console buttons); handlers/conversation/commands.ts declares them. */
export interface CommandInfo {
  name: string;
  /** `everyone` (citizens and officers) or `officer` only. */
  audience: 'everyone' | 'officer';
  /** Argument syntax, e.g. `<số> <nội dung>`. */
  args?: string;
  /** One line of Vietnamese help. */
  help: string;
  /** The first argument is a case number. */
  caseNumber?: boolean;
}

/** The conversation core that every channel drives. */
export interface Conversation {
  /**
   * Handle one incoming message; returns every message to send (to the user and to officers).
   * `replay`: the message comes back from the durable inbox after a crash, so its replies were never
   * queued; it is handled even though its platform id was already marked as processed.
   */
  handle(msg: IncomingMessage, opts?: { replay?: boolean }): Promise<OutgoingMessage[]>;
  officers: OfficerApi;
  /** The chat commands it understands, for menus and the officer console. */
  commands?: readonly CommandInfo[];
  /** Periodic work (re-announcing unclaimed cases); the composition root calls it on a timer. */
  tick(now: number): Promise<OutgoingMessage[]>;
  /** Called by the composition root after an adapter delivered `msg` as platform message `messageId`. */
  recordDelivery(msg: OutgoingMessage, messageId: string): Promise<void>;
}
