// How a case looks to officers (queue line, first report) and how officer-side replies are addressed.
import type { CaseRow, CaseStore } from '../cases/store.js';
import type { Actor, Address, CaseSummary, OutgoingMessage } from '../types.js';
import { channelLabel, traitsOf, type ConversationDeps } from './deps.js';
import { truncate } from './text.js';

/** Whether officers there type slash commands (a console acts through its own buttons and forms instead). */
export const takesCommands = (deps: Pick<ConversationDeps, 'traits'>, to: Pick<Address, 'channel'>) =>
  traitsOf(deps, to.channel).typedCommands;

/** The citizen's first message: the report officers are shown. */
export const reportText = (store: CaseStore, c: CaseRow) => store.messages(c.id).find((m) => m.direction === 'citizen')?.text ?? '';

export const toActor = (a: Actor, text: string, caseId?: number): OutgoingMessage => ({
  to: { channel: a.channel, chatId: a.chatId },
  kind: 'officer',
  text,
  ...(caseId ? { caseId } : {}),
});

export const toCitizen = (c: CaseRow, kind: OutgoingMessage['kind'], text: string): OutgoingMessage => ({
  to: { channel: c.channel, chatId: c.chatId },
  kind,
  text,
  caseId: c.id,
});

/** A queue line: no citizen identity, the report cut to a preview. */
export const caseSummary = (deps: Pick<ConversationDeps, 'store' | 'traits'>, c: CaseRow): CaseSummary => ({
  id: c.id,
  number: c.number,
  label: c.label,
  urgent: c.urgent,
  status: c.status,
  channel: c.channel,
  channelLabel: channelLabel(deps, c.channel),
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
  ...(c.claimedByName || c.claimedBy ? { claimedBy: c.claimedByName ?? c.claimedBy } : {}),
  preview: truncate(reportText(deps.store, c), 120),
});
