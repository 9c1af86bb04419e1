// A citizen's case: opened (stored before the citizen is told) and, while open, owning the conversation.
import type { CaseRow } from '../cases/store.js';
import { hotlinesText } from '../contacts-answer.js';
import { BUTTONS, vi } from '../replies/vi.js';
import type { IncomingMessage, OutgoingMessage, TriageLabel } from '../types.js';
import type { ConversationContext } from './context.js';
import type { TriageResult } from './deps.js';
import { isWorkingTime, nextOpening } from './hours.js';

/** Inside a case, short answers to the officer carry no danger by themselves: an explicit danger cue is required when the classifier reports cues. */
function isDangerInCase(t: TriageResult): boolean {
  if (t.label !== 'emergency') return false;
  return !t.cues || t.cues.some((c) => c.startsWith('danger'));
}

function caseReplyText(ctx: ConversationContext, n: number, label: TriageLabel, kind: 'triage' | 'request', province: string | undefined, now: number): string {
  // Nobody to hand the case to: the person is told so, with the hotlines, instead of a promise nobody keeps.
  if (!ctx.api.officerTargets().length) return vi.noOfficer(n, label === 'emergency', hotlinesText(ctx.deps, province));
  const body = kind === 'request' ? vi.officerRequested(n, hotlinesText(ctx.deps, province)) : label === 'emergency' ? vi.emergency(n, hotlinesText(ctx.deps, province)) : vi.report(n, hotlinesText(ctx.deps, province));
  return isWorkingTime(ctx.deps.workingHours, now) ? body : `${body}\n\n${vi.outsideHours(nextOpening(ctx.deps.workingHours, now)!)}`;
}


/** Creates the case first, then produces the reply; a store failure still gives the hotlines. */
export function openCase(ctx: ConversationContext, msg: IncomingMessage, ref: string, label: TriageLabel, text: string, kind: 'triage' | 'request'): OutgoingMessage[] {
  const { deps, api, reply } = ctx;
  const { store, logger } = deps;
  const now = ctx.clock();
  const province = ctx.safeProvince(ref);
  let c: CaseRow;
  try {
    const prefs = store.getPrefs(ref);
    const name = prefs.consent ? prefs.displayName ?? msg.displayName : undefined;
    c = store.createCase({
      channel: msg.channel, citizenRef: ref, chatId: msg.chatId, label, urgent: label === 'emergency',
      ...(province ? { province } : {}), ...(name ? { citizenName: name } : {}), text, at: now,
    });
    ctx.auditCitizen(ref, 'case_opened', c.id);
  } catch (err) {
    logger.error({ err, label }, 'case store failed; citizen given hotlines');
    return [
      reply(msg, 'error', vi.dbError(hotlinesText(ctx.deps, province))),
      ...api.officerTargets().map((to) => ({ to, kind: 'officer' as const, text: vi.unsavedAlert(label, text) })),
    ];
  }
  logger.info({ caseId: c.id, label, urgent: c.urgent, channel: c.channel }, 'case opened');
  const body = caseReplyText(ctx, c.number, label, kind, province, now);
  const out: OutgoingMessage[] = [reply(msg, label === 'emergency' ? 'emergency' : 'case', body, { caseId: c.id, buttons: BUTTONS.erase })];
  try {
    store.addMessage(c.id, { direction: 'bot', text: body, at: now });
    out.push(...api.announce(c, 'new', now));
  } catch (err) {
    logger.error({ err, caseId: c.id }, 'announcing the case failed');
  }
  return out;
}


/** The case owns the conversation: store and relay, the bot does not answer. */
export function inCase(ctx: ConversationContext, msg: IncomingMessage, ref: string, active: CaseRow, text: string): OutgoingMessage[] {
  const { deps, api, reply } = ctx;
  const { store, logger } = deps;
  const now = ctx.clock();
  store.addMessage(active.id, { direction: 'citizen', text, at: now });
  ctx.auditCitizen(ref, 'citizen_message', active.id);
  const out: OutgoingMessage[] = [];
  // Danger can appear later in a case: the person still gets the hotlines at once and officers an urgent alert.
  if (isDangerInCase(ctx.classify(text))) {
    out.push(reply(msg, 'emergency', vi.emergencyInCase(active.number, hotlinesText(ctx.deps, active.province ?? ctx.safeProvince(ref))), { caseId: active.id }));
    if (!active.urgent) {
      store.markUrgent(active.id, now);
      logger.info({ caseId: active.id }, 'case raised to urgent');
      if (active.status === 'open') out.push(...api.announce(store.getCase(active.id)!, 'new', now));
    }
  }
  if (active.status === 'claimed' && active.claimedByChannel && active.claimedByChat) {
    const urgent = out.length ? '🔴 KHẨN ' : '';
    const to = { channel: active.claimedByChannel, chatId: active.claimedByChat };
    out.push({ to, kind: 'relay', text: urgent + vi.relayToOfficer(active.number, text), caseId: active.id });
  } else if (!out.length) {
    out.push(reply(msg, 'notice', vi.queuedAck(active.number), { caseId: active.id }));
  }
  return out;
}
