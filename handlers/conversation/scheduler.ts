// Periodic work: a burst's summary once due; an unclaimed case is re-announced to officers after the
// configured time (many at once as one summary), and its citizen is told once that the case is still
// waiting (with the hotlines that answer around the clock).
import { vi } from '../replies/vi.js';
import type { OutgoingMessage } from '../types.js';
import type { ConversationContext } from './context.js';
import { nextOpening } from './hours.js';

export function reannounceDue(ctx: ConversationContext, now: number): OutgoingMessage[] {
  const { store, logger, reannounceMinutes, workingHours } = ctx.deps;
  const out: OutgoingMessage[] = [...ctx.api.flushBurst(now)];
  try {
    const due = store.dueForReannounce(now - reannounceMinutes * 60_000);
    out.push(...ctx.api.remind(due, now));
    for (const c of due) {
      if (c.waitNoticeAt === undefined) {
        const text = vi.stillWaiting(c.number, nextOpening(workingHours, now));
        store.markWaitNotice(c.id, now);
        store.addMessage(c.id, { direction: 'bot', text, at: now });
        out.push({ to: { channel: c.channel, chatId: c.chatId }, kind: 'notice', text, caseId: c.id });
      }
      logger.info({ caseId: c.id }, 'case re-announced');
    }
  } catch (err) {
    logger.error({ err }, 'tick failed');
  }
  return out;
}
