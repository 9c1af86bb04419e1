// A citizen's case: opened (stored before the citizen is told) and, while open, owning the conversation.
import type { CaseRow } from '../cases/store.js';
import { hotlinesText } from '../contacts-answer.js';
import { BUTTONS, vi } from '../replies/vi.js';
import type { IncomingMessage, OutgoingMessage, TriageLabel } from '../types.js';
import type { ConversationContext } from './context.js';
import type { TriageResult } from './deps.js';
import { followUpReply, waitingWords } from './follow-up.js';
import { situationOf } from './situation.js';
import { firstCaseReply } from '../replies/situation.js';
import { inPersonFor, reportPlaceBlock } from '../report-place.js';

/** Inside a case, short answers to the officer carry no danger by themselves: an explicit danger cue is required when the classifier reports cues. */
function isDangerInCase(t: TriageResult): boolean {
  if (t.label !== 'emergency') return false;
  return !t.cues || t.cues.some((c) => c.startsWith('danger'));
}

/** The first reply: fitted to the situation the report describes, with when to expect an officer. */
function caseReplyText(
  ctx: ConversationContext,
  n: number,
  label: TriageLabel,
  kind: 'triage' | 'request',
  text: string,
  province: string | undefined,
  now: number,
): string {
  const hotlines = hotlinesText(ctx.deps, province);
  const waiting = waitingWords(ctx, now);
  const officers = ctx.api.officerTargets().length > 0;
  if (kind === 'request' && officers) return `${vi.officerRequested(n, hotlines)}\n\n${waiting}`;
  const kindOf = label === 'emergency' ? 'emergency' : 'report';
  const situation = situationOf(text);
  const place = inPersonFor(kindOf, situation, text, ctx.deps.corpus?.());
  const inPerson = place ? { inPerson: reportPlaceBlock(place) } : {};
  return firstCaseReply(kindOf, { n, situation, hotlines, waiting, ...inPerson }, officers);
}

/** Creates the case first, then produces the reply; a store failure still gives the hotlines. */
export function openCase(
  ctx: ConversationContext,
  msg: IncomingMessage,
  ref: string,
  label: TriageLabel,
  text: string,
  kind: 'triage' | 'request',
): OutgoingMessage[] {
  const { deps, api, reply } = ctx;
  const { store, logger } = deps;
  const now = ctx.clock();
  const province = ctx.safeProvince(ref);
  let c: CaseRow;
  try {
    const prefs = store.getPrefs(ref);
    const name = prefs.consent ? (prefs.displayName ?? msg.displayName) : undefined;
    // The case and its audit record in one commit (a flood of reports is a flood of commits).
    c = store.transaction(() => {
      const opened = store.createCase({
        channel: msg.channel,
        citizenRef: ref,
        chatId: msg.chatId,
        label,
        urgent: label === 'emergency',
        ...(province ? { province } : {}),
        ...(name ? { citizenName: name } : {}),
        text,
        at: now,
      });
      ctx.auditCitizen(ref, 'case_opened', opened.id);
      return opened;
    });
  } catch (err) {
    logger.error({ err, label }, 'case store failed; citizen given hotlines');
    return [
      reply(msg, 'error', vi.dbError(hotlinesText(ctx.deps, province))),
      ...api.officerTargets().map((to) => ({ to, kind: 'officer' as const, text: vi.unsavedAlert(label, text) })),
    ];
  }
  logger.info({ caseId: c.id, label, urgent: c.urgent, channel: c.channel }, 'case opened');
  const body = caseReplyText(ctx, c.number, label, kind, text, province, now);
  const out: OutgoingMessage[] = [
    reply(msg, label === 'emergency' ? 'emergency' : 'case', body, {
      caseId: c.id,
      buttons: BUTTONS.erase(ctx.traits(msg.channel).clearsConversation),
    }),
  ];
  try {
    const announced = store.transaction(() => {
      store.addMessage(c.id, { direction: 'bot', text: body, at: now });
      return api.announce(c, 'new', now);
    });
    out.push(...announced);
  } catch (err) {
    logger.error({ err, caseId: c.id }, 'announcing the case failed');
  }
  return out;
}

/** The case owns the conversation: store and relay; the citizen is answered for what the message asks. */
export function inCase(ctx: ConversationContext, msg: IncomingMessage, ref: string, active: CaseRow, text: string): OutgoingMessage[] {
  const { deps, api, reply } = ctx;
  const { store, logger } = deps;
  const now = ctx.clock();
  store.addMessage(active.id, { direction: 'citizen', text, at: now });
  ctx.auditCitizen(ref, 'citizen_message', active.id);
  const danger = isDangerInCase(ctx.classify(text));
  const answer = followUpReply(ctx, active, text, danger ? hotlinesText(ctx.deps, active.province ?? ctx.safeProvince(ref)) : undefined);
  const out: OutgoingMessage[] = [];
  if (answer) {
    out.push(reply(msg, danger ? 'emergency' : 'notice', answer, { caseId: active.id }));
    store.addMessage(active.id, { direction: 'bot', text: answer, at: now });
  }
  // Danger can appear later in a case: the person gets the hotlines at once (above) and officers an urgent alert.
  if (danger && !active.urgent) {
    store.markUrgent(active.id, now);
    logger.info({ caseId: active.id }, 'case raised to urgent');
    if (active.status === 'open') out.push(...api.announce(store.getCase(active.id)!, 'new', now));
  }
  if (active.status === 'claimed' && active.claimedByChannel && active.claimedByChat) {
    const to = { channel: active.claimedByChannel, chatId: active.claimedByChat };
    out.push({ to, kind: 'relay', text: (danger ? '🔴 KHẨN ' : '') + vi.relayToOfficer(active.number, text), caseId: active.id });
  }
  return out;
}
