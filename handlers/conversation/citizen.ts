// The citizen side: a message inside an open case is stored and relayed; any other message is triaged
// (emergency/report → a new case, followed by the documents' answer when the report also asks something they
// answer; question → the answerer, smalltalk → short help).
import { hotlinesText } from '../contacts-answer.js';
import { askQuestion, type AskDeps, type AskOptions, type AskResult } from '../ask/pipeline.js';
import { rememberingAsk } from '../ask/remembered.js';
import { knownProvinceSlug } from '../ask/province.js';
import { encodePayload } from '../payload.js';
import { clearedWhere, PROVINCES, vi } from '../replies/vi.js';
import { NO_UPDATES } from '../../knowledge/updates.js';
import { provinceChoicesOf, provinceLabel } from '../updates/names.js';
import type { IncomingMessage, OutgoingMessage, TriageLabel, TriageResult } from '../types.js';
import type { ConversationContext } from './context.js';
import { openCase, inCase } from './case-flow.js';
import { previewSink, type ConversationDeps, type PreviewSink, type StreamingAnswerer } from './deps.js';
import { withReportAnswer, type AskFn } from './report-question.js';
import { DEVICE_CLEARED, holderToldCitizenLeft } from './device-cleared.js';

const HISTORY_TURNS = 3;
const HISTORY_CHATS = 2000;

export interface CitizenFlow {
  text(msg: IncomingMessage, text: string): Promise<OutgoingMessage[]>;
  setProvince(msg: IncomingMessage, arg: string): OutgoingMessage[];
  askOfficer(msg: IncomingMessage): OutgoingMessage[];
  erase(msg: IncomingMessage): OutgoingMessage[];
  consent(msg: IncomingMessage): OutgoingMessage[];
}

/** Keeps a citizen's last questions (least recently active citizens forgotten first); returns the earlier ones. */
function rememberQuestion(history: Map<string, string[]>, ref: string, text: string): string[] {
  const prev = history.get(ref) ?? [];
  history.delete(ref);
  history.set(ref, [...prev, text].slice(-HISTORY_TURNS));
  if (history.size > HISTORY_CHATS) history.delete(history.keys().next().value as string);
  return prev;
}

/** What the question pipeline needs from the conversation's dependencies, with the answerer of its retrieval step. */
function askDepsOf(deps: ConversationDeps, answer: StreamingAnswerer): AskDeps {
  return { answer, corpus: deps.corpus, contacts: deps.contacts, ...(deps.updates ? { updates: deps.updates } : {}) };
}

/**
 * The text to show in place of a streamed draft. The draft is shown as it is written because a generated
 * answer takes seconds, and a check after it (no valid citation, a stream cut short, a question about an
 * excerpt answered from another text) withdraws it only now and then. When that happens the reader has
 * read words that are now gone: the answer that takes their place says so, rather than silently changing
 * what they read. Holding every draft back until it is checked would make every answer wait.
 */
function withdrawnDraftNote(r: AskResult, sink: PreviewSink | undefined): string {
  return sink?.shown() && !r.fromDraft ? `${vi.draftWithdrawn()}\n\n${r.text}` : r.text;
}

/** Answers a question through the one question pipeline, keeping the citizen's recent questions as context. */
function createQuestionAnswerer(ctx: ConversationContext) {
  const { deps, reply, safeProvince } = ctx;
  // Recent questions per citizen, in memory only, so follow-up questions keep their context.
  const history = new Map<string, string[]>();
  const askDeps = askDepsOf(deps, deps.answer);
  const ask = deps.repeatableAnswers ? rememberingAsk(askDeps) : (q: string, opts: AskOptions) => askQuestion(q, opts, askDeps);

  return async function question(msg: IncomingMessage, ref: string, text: string, intent: TriageLabel): Promise<OutgoingMessage[]> {
    const province = safeProvince(ref);
    // Small talk goes through the question pipeline too: a short question ("tổng đài … số mấy") can read as chat.
    const prev = intent === 'smalltalk' ? (history.get(ref) ?? []) : rememberQuestion(history, ref, text);
    try {
      // Only question answers stream a preview; the final reply below replaces it.
      const sink = previewSink(
        deps.preview && ((t) => deps.preview!({ channel: msg.channel, chatId: msg.chatId }, t)),
        deps.previewStopMarkers,
      );
      const r = await ask(text, { province: province ?? null, history: prev, intent, ...(sink ? { onToken: sink.onToken } : {}) });
      const answerText = withdrawnDraftNote(r, sink);
      return [reply(msg, r.kind, answerText, { citations: r.citations, ...(r.buttons ? { buttons: r.buttons } : {}) })];
    } catch (err) {
      deps.logger.error({ err }, 'answering failed');
      return [reply(msg, 'error', vi.answerFailed(hotlinesText(deps, province)))];
    }
  };
}

/**
 * A question that says someone is in danger now ("mấy chị … đang bị đe dọa, phải làm sao?") is not the writer's
 * report, but whoever asks it may be the only one who can call for help: the hotlines come before the answer.
 * A hypothetical ("nếu … đang bị giữ thì …") is a question about the rules and gets the answer alone.
 */
function speaksOfDangerNow(tri: TriageResult): boolean {
  return !!tri.cues?.includes('danger_now') && !tri.cues.includes('hypothetical');
}

export function createCitizenFlow(ctx: ConversationContext): CitizenFlow {
  const { deps, reply, clock, auditCitizen } = ctx;
  const { store, logger } = deps;
  const question = createQuestionAnswerer(ctx);
  // A question inside a report is answered without a model call: the case reply and its hotlines must not wait.
  const reportDeps = askDepsOf(deps, deps.instantAnswer ?? deps.answer);
  const askInReport: AskFn = (q, opts) => askQuestion(q, opts, reportDeps);
  // Today's names of merged provinces are offered and accepted; the stored value stays the former province's slug.
  const updatesNow = () => deps.updates?.() ?? NO_UPDATES;
  const provinceChoices = () => provinceChoicesOf(PROVINCES, updatesNow());
  const provinceButtons = () => provinceChoices().map((p) => [{ label: p.label, data: encodePayload({ kind: 'province', slug: p.slug }) }]);
  const refOf = (msg: IncomingMessage) => store.citizenRef(msg.channel, msg.userId);

  return {
    async text(msg, text) {
      const ref = refOf(msg);
      const active = store.activeCase(msg.channel, ref);
      if (active) return inCase(ctx, msg, ref, active, text);
      const tri = ctx.classify(text);
      logger.info({ label: tri.label, confidence: tri.confidence, channel: msg.channel }, 'triaged');
      if (tri.label === 'emergency' || tri.label === 'report')
        return withReportAnswer(ctx, msg, ref, text, openCase(ctx, msg, ref, tri.label, text, 'triage'), askInReport);
      const answer = await question(msg, ref, text, tri.label);
      if (!speaksOfDangerNow(tri)) return answer;
      return [reply(msg, 'emergency', vi.dangerInQuestion(hotlinesText(deps, ctx.safeProvince(ref)))), ...answer];
    },

    setProvince(msg, arg) {
      if (!arg) return [reply(msg, 'notice', vi.chooseProvince(ctx.traits(msg.channel).typedCommands), { buttons: provinceButtons() })];
      const updates = updatesNow();
      const slug = knownProvinceSlug(arg, updates);
      if (!slug) return [reply(msg, 'notice', vi.unknownProvince(provinceChoices().map((p) => p.label)), { buttons: provinceButtons() })];
      store.setProvince(refOf(msg), slug, clock());
      const merged = updates.provinces.find((p) => p.old === slug && provinceLabel(p) !== p.old_name);
      return [reply(msg, 'notice', merged ? vi.mergedProvinceSet(merged.old_name, merged.now) : vi.provinceSet(slug))];
    },

    askOfficer(msg) {
      const ref = refOf(msg);
      const active = store.activeCase(msg.channel, ref);
      if (active) return [reply(msg, 'notice', vi.alreadyInCase(active.number), { caseId: active.id })];
      return openCase(ctx, msg, ref, 'report', vi.officerRequestNote(), 'request');
    },

    erase(msg) {
      const ids = store.deliveredIdsForChat(msg.channel, msg.chatId);
      store.forgetDeliveredForChat(msg.channel, msg.chatId);
      const ref = refOf(msg);
      auditCitizen(ref, 'erase');
      // A channel that holds the whole conversation itself can clear both sides and start a new session.
      if (ctx.traits(msg.channel).clearsConversation) {
        const active = store.activeCase(msg.channel, ref);
        if (active) auditCitizen(ref, DEVICE_CLEARED, active.id);
        const traits = ctx.traits(msg.channel);
        const last = reply(msg, 'notice', vi.deviceCleared(traits.webPage, store.latestCase(msg.channel, ref)?.number), {
          endSession: true,
        });
        return [last, ...(active ? holderToldCitizenLeft(active, clearedWhere(traits)) : [])];
      }
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
