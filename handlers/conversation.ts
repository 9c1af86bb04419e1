// The channel-neutral conversation: routes each incoming message to a command from the command table,
// a button's action, an officer's relay or the citizen flow, and turns failures into clear replies.
// Logs carry ids and labels only, never message text or user identifiers.
import { findCommand, runCommand } from './conversation/commands.js';
import { createCitizenFlow, type CitizenFlow } from './conversation/citizen.js';
import { createContext, type ConversationContext, type ConversationOfficers } from './conversation/context.js';
import { officerText } from './conversation/officer-relay.js';
import { reannounceDue } from './conversation/scheduler.js';
import { normalizeInput, parseCommand, type Command } from './conversation/text.js';
import type { ConversationDeps } from './conversation/deps.js';
import { hotlinesText } from './contacts-answer.js';
import { decodePayload } from './payload.js';
import { vi } from './replies/vi.js';
import { CaseError, type CommandInfo, type Conversation, type IncomingMessage, type OutgoingMessage } from './types.js';

export type { ConversationDeps } from './conversation/deps.js';
export type { ConversationOfficers } from './conversation/context.js';

export function createConversation(
  deps: ConversationDeps,
): Conversation & { officers: ConversationOfficers; commands: readonly CommandInfo[] } {
  const { store, logger } = deps;
  const ctx = createContext(deps);
  const { api, reply, actorOf } = ctx;
  const citizen = createCitizenFlow(ctx);

  function command(msg: IncomingMessage, cmd: Command): Promise<OutgoingMessage[]> | OutgoingMessage[] {
    const spec = findCommand(ctx.commands, cmd.name);
    if (!spec) return [reply(msg, 'notice', vi.unknownCommand(ctx.citizenHelp(msg.channel)))];
    const actor = actorOf(msg);
    const officer = api.isOfficerActor(actor);
    const defaultKind = spec.audience === 'officer' ? 'officer' : 'notice';
    const say = (text: string, kind: OutgoingMessage['kind'] = defaultKind, extra: Partial<OutgoingMessage> = {}) => [
      reply(msg, kind, text, extra),
    ];
    return runCommand(spec, { ctx, citizen, msg, actor, args: cmd.args, officer, say });
  }

  async function route(msg: IncomingMessage): Promise<OutgoingMessage[]> {
    if (msg.kind === 'callback') return callback(ctx, citizen, msg, normalizeInput(msg.callbackData));
    if (msg.kind !== 'text') return ctx.isGroupChat(msg) ? [] : [reply(msg, 'notice', vi.nonText())];
    const text = normalizeInput(msg.text);
    if (!text) return ctx.isGroupChat(msg) ? [] : [reply(msg, 'notice', vi.empty())];
    const cmd = parseCommand(text);
    if (cmd) return command(msg, cmd);
    const actor = actorOf(msg);
    const relayed = api.isOfficerActor(actor) ? officerText(ctx, msg, actor, text) : undefined;
    return relayed ?? citizen.text(msg, text);
  }

  return {
    officers: api,
    commands: ctx.commands,

    async handle(msg, opts) {
      if (!firstDelivery(ctx, msg, !!opts?.replay)) return [];
      try {
        return await route(msg);
      } catch (err) {
        return failureReply(ctx, msg, err);
      }
    },

    async tick(now) {
      return reannounceDue(ctx, now);
    },

    async recordDelivery(msg, messageId) {
      if (!msg.caseId || msg.deleteMessageIds) return;
      try {
        const c = store.getCase(msg.caseId);
        // Only the citizen's chat: that is where /xoa deletes.
        if (c && c.channel === msg.to.channel && c.chatId === msg.to.chatId)
          store.recordDelivery(c.id, c.channel, c.chatId, messageId, ctx.clock());
      } catch (err) {
        logger.error({ err, caseId: msg.caseId }, 'recording a delivery failed');
      }
    },
  };
}

/** A button's action; anything this bot did not produce gets the usage help. */
function callback(
  ctx: ConversationContext,
  citizen: CitizenFlow,
  msg: IncomingMessage,
  data: string,
): Promise<OutgoingMessage[]> | OutgoingMessage[] {
  const { api, reply, actorOf, deps } = ctx;
  const p = decodePayload(data);
  switch (p?.kind) {
    case 'claim':
      return api.claim(actorOf(msg), p.caseId);
    case 'full': {
      const r = deps.fullSection?.(data);
      if (!r) return [reply(msg, 'notice', vi.sectionMissing())];
      return [reply(msg, r.kind, r.text, { citations: r.citations, ...(r.buttons ? { buttons: r.buttons } : {}) })];
    }
    case 'province':
      return citizen.setProvince(msg, p.slug ?? '');
    case 'officer':
      return citizen.askOfficer(msg);
    case 'erase':
      return citizen.erase(msg);
    case 'consent':
      return citizen.consent(msg);
    default:
      return [reply(msg, 'notice', ctx.citizenHelp(msg.channel))];
  }
}

/** False when this platform message was already handled (a redelivery); a failing check lets it through. */
function firstDelivery(ctx: ConversationContext, msg: IncomingMessage, replay: boolean): boolean {
  const { store, logger } = ctx.deps;
  if (!msg.messageId) return true;
  try {
    if (store.markProcessed(msg.channel, msg.messageId, msg.receivedAt ?? ctx.clock()) || replay) return true;
    logger.debug({ channel: msg.channel }, 'duplicate delivery ignored');
    return false;
  } catch (err) {
    // Processing twice beats dropping a report.
    logger.error({ err }, 'dedupe check failed');
    return true;
  }
}

/** A CaseError's own message, else the hotlines (citizens) or a retry hint (officers' commands). */
function failureReply(ctx: ConversationContext, msg: IncomingMessage, err: unknown): OutgoingMessage[] {
  const { api, reply, actorOf, deps } = ctx;
  const { store, logger } = deps;
  if (err instanceof CaseError) return [reply(msg, 'error', err.message)];
  logger.error({ err, channel: msg.channel, kind: msg.kind }, 'handling failed');
  let ref: string | undefined;
  try {
    ref = store.citizenRef(msg.channel, msg.userId);
  } catch {
    ref = undefined;
  }
  const officer = api.isOfficerActor(actorOf(msg));
  return [
    reply(
      msg,
      'error',
      officer && msg.text?.trim().startsWith('/') ? vi.dbErrorOfficer() : vi.dbError(hotlinesText(deps, ctx.safeProvince(ref))),
    ),
  ];
}
