// The citizen side: a message inside an open case is stored and relayed; any other message is triaged
// (emergency/report → a new case, question → the answerer, smalltalk → short help).
import type { CaseRow } from '../cases/store.js';
import { askQuestion, type AskDeps } from '../ask/pipeline.js';
import { encodePayload } from '../payload.js';
import { BUTTONS, PROVINCES, vi } from '../replies/vi.js';
import { slugify } from '../../knowledge/text.js';
import { NO_UPDATES } from '../../knowledge/updates.js';
import { provinceChoicesOf, provinceLabel, resolveProvince } from '../updates/names.js';
import type { IncomingMessage, OutgoingMessage, TriageLabel } from '../types.js';
import type { ConversationContext } from './context.js';
import { previewSink, type TriageResult } from './deps.js';
import { isWorkingTime, nextOpening } from './hours.js';

const HISTORY_TURNS = 3;
const HISTORY_CHATS = 2000;

export interface CitizenFlow {
  text(msg: IncomingMessage, text: string): Promise<OutgoingMessage[]>;
  setProvince(msg: IncomingMessage, arg: string): OutgoingMessage[];
  askOfficer(msg: IncomingMessage): OutgoingMessage[];
  erase(msg: IncomingMessage): OutgoingMessage[];
  consent(msg: IncomingMessage): OutgoingMessage[];
}

/** Inside a case, short answers to the officer carry no danger by themselves: an explicit danger cue is required when the classifier reports cues. */
function isDangerInCase(t: TriageResult): boolean {
  if (t.label !== 'emergency') return false;
  return !t.cues || t.cues.some((c) => c.startsWith('danger'));
}

export function createCitizenFlow(ctx: ConversationContext): CitizenFlow {
  const { deps, api, reply, clock, safeProvince, auditCitizen } = ctx;
  const { store, logger } = deps;
  // Recent questions per citizen, in memory only, so follow-up questions keep their context.
  const history = new Map<string, string[]>();
  const askDeps: AskDeps = { answer: deps.answer, ...(deps.corpus ? { corpus: deps.corpus } : {}), ...(deps.updates ? { updates: deps.updates } : {}) };
  // Today's names of merged provinces are offered and accepted; the stored value stays the former province's slug.
  const updatesNow = () => deps.updates?.() ?? NO_UPDATES;
  const provinceChoices = () => provinceChoicesOf(PROVINCES, updatesNow());
  const provinceButtons = () => provinceChoices().map((p) => [{ label: p.label, data: encodePayload({ kind: 'province', slug: p.slug }) }]);
  const refOf = (msg: IncomingMessage) => store.citizenRef(msg.channel, msg.userId);

  function rememberQuestion(ref: string, text: string): string[] {
    const prev = history.get(ref) ?? [];
    history.delete(ref);
    history.set(ref, [...prev, text].slice(-HISTORY_TURNS));
    if (history.size > HISTORY_CHATS) history.delete(history.keys().next().value as string);
    return prev;
  }

  function caseReplyText(n: number, label: TriageLabel, kind: 'triage' | 'request', province: string | undefined, now: number): string {
    const body = kind === 'request' ? vi.officerRequested(n, province) : label === 'emergency' ? vi.emergency(n, province) : vi.report(n, province);
    return isWorkingTime(deps.workingHours, now) ? body : `${body}\n\n${vi.outsideHours(nextOpening(deps.workingHours, now)!)}`;
  }

  /** Creates the case first, then produces the reply; a store failure still gives the hotlines. */
  function openCase(msg: IncomingMessage, ref: string, label: TriageLabel, text: string, kind: 'triage' | 'request'): OutgoingMessage[] {
    const now = clock();
    const province = safeProvince(ref);
    let c: CaseRow;
    try {
      const prefs = store.getPrefs(ref);
      const name = prefs.consent ? prefs.displayName ?? msg.displayName : undefined;
      c = store.createCase({
        channel: msg.channel, citizenRef: ref, chatId: msg.chatId, label, urgent: label === 'emergency',
        ...(province ? { province } : {}), ...(name ? { citizenName: name } : {}), text, at: now,
      });
      auditCitizen(ref, 'case_opened', c.id);
    } catch (err) {
      logger.error({ err, label }, 'case store failed; citizen given hotlines');
      return [
        reply(msg, 'error', vi.dbError(province)),
        ...api.officerTargets().map((to) => ({ to, kind: 'officer' as const, text: vi.unsavedAlert(label, text) })),
      ];
    }
    logger.info({ caseId: c.id, label, urgent: c.urgent, channel: c.channel }, 'case opened');
    const body = caseReplyText(c.number, label, kind, province, now);
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
  function inCase(msg: IncomingMessage, ref: string, active: CaseRow, text: string): OutgoingMessage[] {
    const now = clock();
    store.addMessage(active.id, { direction: 'citizen', text, at: now });
    auditCitizen(ref, 'citizen_message', active.id);
    const out: OutgoingMessage[] = [];
    // Danger can appear later in a case: the person still gets the hotlines at once and officers an urgent alert.
    if (isDangerInCase(ctx.classify(text))) {
      out.push(reply(msg, 'emergency', vi.emergencyInCase(active.number, active.province ?? safeProvince(ref)), { caseId: active.id }));
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

  async function question(msg: IncomingMessage, ref: string, text: string, intent: TriageLabel): Promise<OutgoingMessage[]> {
    const province = safeProvince(ref);
    // Small talk goes through the question pipeline too: a short question ("tổng đài … số mấy") can read as chat.
    const prev = intent === 'smalltalk' ? history.get(ref) ?? [] : rememberQuestion(ref, text);
    try {
      // Only question answers stream a preview; the final reply below replaces it.
      const onToken = previewSink(deps.preview && ((t) => deps.preview!({ channel: msg.channel, chatId: msg.chatId }, t)), deps.previewStopMarkers);
      const r = await askQuestion(text, { province: province ?? null, history: prev, intent, ...(onToken ? { onToken } : {}) }, askDeps);
      return [reply(msg, r.kind, r.text, { citations: r.citations, ...(r.buttons ? { buttons: r.buttons } : {}) })];
    } catch (err) {
      logger.error({ err }, 'answering failed');
      return [reply(msg, 'error', vi.answerFailed(province))];
    }
  }

  return {
    async text(msg, text) {
      const ref = refOf(msg);
      const active = store.activeCase(msg.channel, ref);
      if (active) return inCase(msg, ref, active, text);
      const tri = ctx.classify(text);
      logger.info({ label: tri.label, confidence: tri.confidence, channel: msg.channel }, 'triaged');
      if (tri.label === 'emergency' || tri.label === 'report') return openCase(msg, ref, tri.label, text, 'triage');
      return question(msg, ref, text, tri.label);
    },

    setProvince(msg, arg) {
      if (!arg) return [reply(msg, 'notice', vi.chooseProvince(), { buttons: provinceButtons() })];
      const updates = updatesNow();
      const slug = resolveProvince(arg, updates, PROVINCES.map((p) => p.slug)) ?? slugify(arg);
      if (!PROVINCES.some((p) => p.slug === slug))
        return [reply(msg, 'notice', vi.unknownProvince(provinceChoices().map((p) => p.label)), { buttons: provinceButtons() })];
      store.setProvince(refOf(msg), slug, clock());
      const merged = updates.provinces.find((p) => p.old === slug && provinceLabel(p) !== p.old_name);
      return [reply(msg, 'notice', merged ? vi.mergedProvinceSet(merged.old_name, merged.now) : vi.provinceSet(slug))];
    },

    askOfficer(msg) {
      const ref = refOf(msg);
      const active = store.activeCase(msg.channel, ref);
      if (active) return [reply(msg, 'notice', vi.alreadyInCase(active.number), { caseId: active.id })];
      return openCase(msg, ref, 'report', vi.officerRequestNote(), 'request');
    },

    erase(msg) {
      const ids = store.deliveredIdsForChat(msg.channel, msg.chatId);
      store.forgetDeliveredForChat(msg.channel, msg.chatId);
      auditCitizen(refOf(msg), 'erase');
      return [...(ids.length ? [reply(msg, 'notice', '', { deleteMessageIds: ids })] : []), reply(msg, 'notice', vi.erased())];
    },

    consent(msg) {
      const ref = refOf(msg);
      store.setConsent(ref, msg.displayName, clock());
      const active = store.activeCase(msg.channel, ref);
      if (active && msg.displayName) store.setCitizenName(active.id, msg.displayName);
      auditCitizen(ref, 'consent', active?.id);
      return [reply(msg, 'notice', vi.consentGiven())];
    },
  };
}
