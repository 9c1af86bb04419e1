// A citizen's message inside an open case: answered for what it asks (money, safety, what happens next),
// never with the same words twice in a row, and always told where the message went.
import type { CaseRow } from '../cases/store.js';
import { roundTheClockText } from '../contacts-answer.js';
import { followUpVi, type CaseStatusWords } from '../replies/situation.js';
import type { ConversationContext } from './context.js';
import { expectedReply } from './hours.js';
import { followUpTopics, type FollowUpTopic } from './situation.js';

/** When an officer will answer and what answers meanwhile; honest when no officer is connected at all. */
export function waitingWords(ctx: ConversationContext, now: number): string {
  const lines = roundTheClockText(ctx.deps);
  if (!ctx.api.officerTargets().length)
    return `Hệ thống này hiện chưa kết nối với cán bộ tiếp nhận nào, nên đừng chờ trả lời tại đây. ${lines}`;
  return `${expectedReply(ctx.deps.workingHours, now)} ${lines}`;
}

/** The last thing the citizen read from this case when it was a bot reply (an officer's words reset it). */
function lastBotReply(ctx: ConversationContext, caseId: number): string | undefined {
  const told = ctx.deps.store.messages(caseId).filter((m) => m.direction === 'bot' || m.direction === 'officer');
  const last = told.at(-1);
  return last?.direction === 'bot' ? last.text : undefined;
}

/** `danger`: the hotlines to give at once, when the message shows danger now. */
function compose(topics: FollowUpTopic[], s: CaseStatusWords, danger: string | undefined, again: boolean): string | undefined {
  const asks = (t: FollowUpTopic) => topics.includes(t);
  const parts: string[] = [];
  if (asks('safety')) parts.push(followUpVi.fear(again));
  // The answer to the question comes first; the hotlines follow in the same message.
  if (asks('money')) parts.push(followUpVi.money(again));
  if (danger) parts.push(followUpVi.danger(s, danger, again));
  if (asks('safety') && !danger) parts.push(followUpVi.safety(again));
  if (asks('next')) parts.push(followUpVi.next(s, again));
  else if (parts.length && !danger) parts.push(followUpVi.kept(s));
  if (!parts.length) {
    const ack = followUpVi.ack(s, again);
    if (ack) parts.push(ack);
  }
  return parts.length ? parts.join('\n\n') : undefined;
}

/**
 * The citizen's reply to a follow-up, or undefined when nothing needs saying (the officer holding the case was
 * already told and the citizen already saw that). The shorter wording is used when the full one was the last reply.
 */
export function followUpReply(ctx: ConversationContext, c: CaseRow, text: string, dangerHotlines?: string): string | undefined {
  const status: CaseStatusWords = {
    n: c.number,
    held: c.status === 'claimed',
    officers: ctx.api.officerTargets().length > 0,
    waiting: waitingWords(ctx, ctx.clock()),
  };
  const topics = followUpTopics(text);
  const full = compose(topics, status, dangerHotlines, false);
  return full !== undefined && full === lastBotReply(ctx, c.id) ? compose(topics, status, dangerHotlines, true) : full;
}
