// Plain text from an officer (commands are in ./commands.ts, the audited case API in ./officers.ts):
// relayed to the citizen of the one case the officer holds.
import { vi } from '../replies/vi.js';
import type { Actor, IncomingMessage, OutgoingMessage } from '../types.js';
import type { ConversationContext } from './context.js';

/**
 * Plain text from an officer: relayed when they hold exactly one case, a hint when several;
 * undefined when the text is not officer traffic (it then goes the citizen way).
 */
export function officerText(
  ctx: ConversationContext,
  msg: IncomingMessage,
  actor: Actor,
  text: string,
): Promise<OutgoingMessage[]> | OutgoingMessage[] | undefined {
  // Group chatter among officers is not addressed to the bot.
  if (ctx.isGroupChat(msg)) return [];
  const held = ctx.deps.store.casesClaimedBy(ctx.api.keyOf(actor));
  if (held.length === 1) return ctx.api.reply(actor, held[0].id, text);
  if (held.length > 1) return [ctx.reply(msg, 'officer', vi.severalHeld(held.map((c) => c.number)))];
  return undefined;
}
