// The channel-neutral conversation: citizen messages are deduped, normalised, routed to an open case,
// to officer commands, or triaged (emergency/report → case, question → answerer, smalltalk → short help).
// Logs carry ids and labels only, never message text or user identifiers.
import type { CaseRow } from './cases/store.js';
import { previewSink, type ConversationDeps, type TriageResult } from './conversation/deps.js';
import { isWorkingTime, nextOpening } from './conversation/hours.js';
import { actorKey, createOfficerCore } from './conversation/officers.js';
import { normalizeInput, parseCommand, splitNumber, type Command } from './conversation/text.js';
import { queueText, detailText } from './replies/officer.js';
import { exportCase, exportMessages, type CaseExport } from './commands/export.js';
import { BUTTONS, PROVINCES, USAGE, vi } from './replies/vi.js';
import { askQuestion, type AskDeps } from './ask/pipeline.js';
import { contactsCommand } from './commands/contacts.js';
import { documentsText } from './commands/documents.js';
import { CaseError, type Actor, type Conversation, type IncomingMessage, type OutgoingMessage, type TriageLabel } from './types.js';

export type { ConversationDeps } from './conversation/deps.js';

const OFFICER_COMMANDS = new Set(['hangdoi', 'xem', 'nhan', 'tl', 'ghichu', 'tra', 'dong', 'thongke', 'xuat', 'tailieu']);
const HISTORY_TURNS = 3;
const HISTORY_CHATS = 2000;

function foldSlug(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trim().replace(/[\s_]+/g, '-');
}

/** Officer API plus the holder-only case export (the console's "Xuất hồ sơ"). */
export type ConversationOfficers = ReturnType<typeof createOfficerCore> & { exportCase(actor: Actor, caseId: number): Promise<CaseExport> };

export function createConversation(deps: ConversationDeps): Conversation & { officers: ConversationOfficers } {
  const { store, logger } = deps;
  const clock = () => (deps.now ?? Date.now)();
  const core = createOfficerCore(deps);
  const api: ConversationOfficers = Object.assign(core, {
    exportCase: async (a: Actor, caseId: number) => exportCase({ store, isOfficerActor: core.isOfficerActor, now: clock }, a, caseId),
  });
  // Recent questions per citizen, in memory only, so follow-up questions keep their context.
  const history = new Map<string, string[]>();
  const askDeps: AskDeps = { answer: deps.answer, ...(deps.corpus ? { corpus: deps.corpus } : {}) };

  const reply = (msg: IncomingMessage, kind: OutgoingMessage['kind'], text: string, extra: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
    to: { channel: msg.channel, chatId: msg.chatId }, kind, text, ...extra,
  });
  const actorOf = (msg: IncomingMessage): Actor => ({
    channel: msg.channel, userId: msg.userId, chatId: msg.chatId, ...(msg.displayName ? { name: msg.displayName } : {}),
  });
  const isGroupChat = (msg: IncomingMessage) => msg.channel === 'telegram' && msg.chatId === deps.officers.telegramGroupChatId;

  function safeProvince(ref: string | undefined): string | undefined {
    try {
      return (ref && store.getPrefs(ref).province) || deps.defaultProvince;
    } catch {
      return deps.defaultProvince;
    }
  }

  function rememberQuestion(ref: string, text: string): string[] {
    const prev = history.get(ref) ?? [];
    history.delete(ref);
    history.set(ref, [...prev, text].slice(-HISTORY_TURNS));
    if (history.size > HISTORY_CHATS) history.delete(history.keys().next().value as string);
    return prev;
  }

  function auditCitizen(ref: string, action: string, caseId?: number) {
    store.audit({ at: clock(), actor: `citizen:${ref.slice(0, 16)}`, action, outcome: 'ok', ...(caseId !== undefined ? { caseId } : {}) });
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
    let body =
      kind === 'request' ? vi.officerRequested(c.number, province) : label === 'emergency' ? vi.emergency(c.number, province) : vi.report(c.number, province);
    if (!isWorkingTime(deps.workingHours, now)) body += `\n\n${vi.outsideHours(nextOpening(deps.workingHours, now)!)}`;
    const out: OutgoingMessage[] = [reply(msg, label === 'emergency' ? 'emergency' : 'case', body, { caseId: c.id, buttons: BUTTONS.erase })];
    try {
      store.addMessage(c.id, { direction: 'bot', text: body, at: now });
      out.push(...api.announce(c, 'new', now));
    } catch (err) {
      logger.error({ err, caseId: c.id }, 'announcing the case failed');
    }
    return out;
  }

  function classify(text: string): TriageResult {
    try {
      return deps.triage.classify(text);
    } catch (err) {
      // A person must never be dropped because the classifier failed: a human looks at it.
      logger.error({ err }, 'triage failed; treating as report');
      return { label: 'report', confidence: 0 };
    }
  }

  async function citizenText(msg: IncomingMessage, text: string): Promise<OutgoingMessage[]> {
    const ref = store.citizenRef(msg.channel, msg.userId);
    const active = store.activeCase(msg.channel, ref);
    if (active) {
      // The case owns the conversation: store and relay, the bot does not answer.
      const now = clock();
      store.addMessage(active.id, { direction: 'citizen', text, at: now });
      auditCitizen(ref, 'citizen_message', active.id);
      const out: OutgoingMessage[] = [];
      // Danger can appear later in a case: the person still gets the hotlines at once and officers an urgent alert.
      // Inside a case, short answers to the officer ("ở một công ty tại …") carry no danger by themselves,
      // so an explicit danger cue is required when the classifier reports its cues.
      if (isDangerInCase(classify(text))) {
        out.push(reply(msg, 'emergency', vi.emergencyInCase(active.number, active.province ?? safeProvince(ref)), { caseId: active.id }));
        if (!active.urgent) {
          store.markUrgent(active.id, now);
          logger.info({ caseId: active.id }, 'case raised to urgent');
          if (active.status === 'open') out.push(...api.announce(store.getCase(active.id)!, 'new', now));
        }
      }
      if (active.status === 'claimed' && active.claimedByChannel && active.claimedByChat) {
        const urgent = out.length ? '🔴 KHẨN ' : '';
        out.push({ to: { channel: active.claimedByChannel, chatId: active.claimedByChat }, kind: 'relay', text: urgent + vi.relayToOfficer(active.number, text), caseId: active.id });
      } else if (!out.length) {
        out.push(reply(msg, 'notice', vi.queuedAck(active.number), { caseId: active.id }));
      }
      return out;
    }
    const tri = classify(text);
    logger.info({ label: tri.label, confidence: tri.confidence, channel: msg.channel }, 'triaged');
    if (tri.label === 'emergency' || tri.label === 'report') return openCase(msg, ref, tri.label, text, 'triage');
    const province = safeProvince(ref);
    // Small talk goes through the question pipeline too: a short question ("tổng đài … số mấy") can read as chat.
    const prev = tri.label === 'smalltalk' ? history.get(ref) ?? [] : rememberQuestion(ref, text);
    try {
      // Only question answers stream a preview; the final reply below replaces it.
      const onToken = previewSink(deps.preview && ((t) => deps.preview!({ channel: msg.channel, chatId: msg.chatId }, t)), deps.previewStopMarkers);
      const r = await askQuestion(text, { province: province ?? null, history: prev, intent: tri.label, ...(onToken ? { onToken } : {}) }, askDeps);
      return [reply(msg, r.kind, r.text, { citations: r.citations, ...(r.buttons ? { buttons: r.buttons } : {}) })];
    } catch (err) {
      logger.error({ err }, 'answering failed');
      return [reply(msg, 'error', vi.answerFailed(province))];
    }
  }

  function setProvince(msg: IncomingMessage, arg: string): OutgoingMessage[] {
    if (!arg) return [reply(msg, 'notice', vi.chooseProvince(), { buttons: BUTTONS.provinces })];
    const slug = foldSlug(arg);
    if (!PROVINCES.some((p) => p.slug === slug)) return [reply(msg, 'notice', vi.unknownProvince(), { buttons: BUTTONS.provinces })];
    store.setProvince(store.citizenRef(msg.channel, msg.userId), slug, clock());
    return [reply(msg, 'notice', vi.provinceSet(slug))];
  }

  function askOfficer(msg: IncomingMessage): OutgoingMessage[] {
    const ref = store.citizenRef(msg.channel, msg.userId);
    const active = store.activeCase(msg.channel, ref);
    if (active) return [reply(msg, 'notice', vi.alreadyInCase(active.number), { caseId: active.id })];
    return openCase(msg, ref, 'report', vi.officerRequestNote(), 'request');
  }

  function erase(msg: IncomingMessage): OutgoingMessage[] {
    const ids = store.deliveredIdsForChat(msg.channel, msg.chatId);
    store.forgetDeliveredForChat(msg.channel, msg.chatId);
    auditCitizen(store.citizenRef(msg.channel, msg.userId), 'erase');
    return [
      ...(ids.length ? [reply(msg, 'notice', '', { deleteMessageIds: ids })] : []),
      reply(msg, 'notice', vi.erased()),
    ];
  }

  function consent(msg: IncomingMessage): OutgoingMessage[] {
    const ref = store.citizenRef(msg.channel, msg.userId);
    store.setConsent(ref, msg.displayName, clock());
    const active = store.activeCase(msg.channel, ref);
    if (active && msg.displayName) store.setCitizenName(active.id, msg.displayName);
    auditCitizen(ref, 'consent', active?.id);
    return [reply(msg, 'notice', vi.consentGiven())];
  }

  async function citizenCommand(msg: IncomingMessage, cmd: Command, officer: boolean): Promise<OutgoingMessage[]> {
    switch (cmd.name) {
      case 'start':
        return [reply(msg, 'notice', vi.welcome(safeProvince(store.citizenRef(msg.channel, msg.userId))), { buttons: BUTTONS.start })];
      case 'trogiup':
      case 'help':
        return [reply(msg, 'notice', officer ? `${vi.help()}\n\n${vi.officerHelp()}` : vi.help())];
      case 'tinh':
        return setProvince(msg, cmd.args);
      case 'canbo':
        return askOfficer(msg);
      case 'xoa':
        return erase(msg);
      case 'dongy':
        return consent(msg);
      case 'maso':
        return [reply(msg, 'notice', vi.myId(msg.userId, msg.chatId))];
      case 'lienhe': {
        const r = contactsCommand(cmd.args, safeProvince(store.citizenRef(msg.channel, msg.userId)) ?? null);
        return [reply(msg, r.kind, r.text, { citations: r.citations })];
      }
      default:
        return [reply(msg, 'notice', vi.unknownCommand())];
    }
  }

  /** Resolves a case number typed by an officer to the internal id (unknown numbers fail in the API as not_found). */
  const idOf = (n: number) => store.getCaseByNumber(n)?.id ?? n;

  async function officerCommand(msg: IncomingMessage, cmd: Command): Promise<OutgoingMessage[]> {
    const a = actorOf(msg);
    const [n, rest] = splitNumber(cmd.args);
    const say = (text: string) => [reply(msg, 'officer', text)];
    switch (cmd.name) {
      case 'hangdoi': {
        const list = await api.queue(a);
        if (!list.length) return say(vi.emptyQueue());
        const rows = list.map((s) => store.getCase(s.id)!);
        return say(queueText(rows, new Map(list.map((s) => [s.id, s.preview])), clock()));
      }
      case 'thongke':
        return say(await api.stats(a));
      case 'tailieu':
        if (!api.isOfficerActor(a)) api.refuse(a, cmd.name);
        return say(documentsText(deps.documents?.() ?? []));
      default:
        break;
    }
    // Refuse (and audit) before revealing anything, even a usage hint.
    if (!api.isOfficerActor(a)) api.refuse(a, cmd.name, n === undefined ? undefined : idOf(n));
    if (n === undefined) return say(vi.needNumber(USAGE[cmd.name as keyof typeof USAGE]));
    const id = idOf(n);
    switch (cmd.name) {
      case 'xem': {
        const d = await api.read(a, id);
        return say(detailText(store.getCase(d.id)!, d.messages));
      }
      case 'nhan':
        return api.claim(a, id);
      case 'tl':
        return api.reply(a, id, rest);
      case 'ghichu':
        return api.note(a, id, rest);
      case 'tra':
        return api.release(a, id);
      case 'dong':
        return api.close(a, id, rest);
      case 'xuat': {
        const doc = await api.exportCase(a, id);
        logger.info({ caseId: id, action: 'export' }, 'case exported');
        return exportMessages(doc).map((text) => ({ ...reply(msg, 'officer', text), caseId: id }));
      }
      default:
        return say(vi.officerHelp());
    }
  }

  async function callback(msg: IncomingMessage, data: string): Promise<OutgoingMessage[]> {
    if (data.startsWith('claim:')) return api.claim(actorOf(msg), Number(data.slice(6)));
    if (data.startsWith('full:')) {
      const r = deps.fullSection?.(data);
      if (!r) return [reply(msg, 'notice', vi.sectionMissing())];
      return [reply(msg, r.kind, r.text, { citations: r.citations, ...(r.buttons ? { buttons: r.buttons } : {}) })];
    }
    if (data === 'province') return setProvince(msg, '');
    if (data.startsWith('province:')) return setProvince(msg, data.slice(9));
    if (data === 'officer') return askOfficer(msg);
    if (data === 'erase') return erase(msg);
    if (data === 'consent') return consent(msg);
    return [reply(msg, 'notice', vi.help())];
  }

  async function route(msg: IncomingMessage): Promise<OutgoingMessage[]> {
    if (msg.kind === 'callback') return callback(msg, normalizeInput(msg.callbackData));
    if (msg.kind !== 'text') return isGroupChat(msg) ? [] : [reply(msg, 'notice', vi.nonText())];
    const text = normalizeInput(msg.text);
    if (!text) return isGroupChat(msg) ? [] : [reply(msg, 'notice', vi.empty())];
    const cmd = parseCommand(text);
    const actor = actorOf(msg);
    const officer = api.isOfficerActor(actor);
    if (cmd) return OFFICER_COMMANDS.has(cmd.name) ? officerCommand(msg, cmd) : citizenCommand(msg, cmd, officer);
    if (officer) {
      // Group chatter among officers is not addressed to the bot.
      if (isGroupChat(msg)) return [];
      const held = store.casesClaimedBy(actorKey(actor));
      if (held.length === 1) return api.reply(actor, held[0].id, text);
      if (held.length > 1) return [reply(msg, 'officer', vi.severalHeld(held.map((c) => c.number)))];
    }
    return citizenText(msg, text);
  }

  return {
    officers: api,

    async handle(msg, opts) {
      const now = msg.receivedAt ?? clock();
      if (msg.messageId) {
        try {
          if (!store.markProcessed(msg.channel, msg.messageId, now) && !opts?.replay) {
            logger.debug({ channel: msg.channel }, 'duplicate delivery ignored');
            return [];
          }
        } catch (err) {
          // Processing twice beats dropping a report.
          logger.error({ err }, 'dedupe check failed');
        }
      }
      try {
        return await route(msg);
      } catch (err) {
        if (err instanceof CaseError) return [reply(msg, 'error', err.message)];
        logger.error({ err, channel: msg.channel, kind: msg.kind }, 'handling failed');
        let ref: string | undefined;
        try {
          ref = store.citizenRef(msg.channel, msg.userId);
        } catch {
          ref = undefined;
        }
        const officer = api.isOfficerActor(actorOf(msg));
        return [reply(msg, 'error', officer && msg.text?.trim().startsWith('/') ? vi.dbErrorOfficer() : vi.dbError(safeProvince(ref)))];
      }
    },

    async tick(now) {
      const out: OutgoingMessage[] = [];
      try {
        for (const c of store.dueForReannounce(now - deps.reannounceMinutes * 60_000)) {
          out.push(...api.announce(c, 'reannounce', now));
          if (c.waitNoticeAt === undefined) {
            const text = vi.stillWaiting(c.number, nextOpening(deps.workingHours, now));
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
    },

    async recordDelivery(msg, messageId) {
      if (!msg.caseId || msg.deleteMessageIds) return;
      try {
        const c = store.getCase(msg.caseId);
        // Only the citizen's chat: that is where /xoa deletes.
        if (c && c.channel === msg.to.channel && c.chatId === msg.to.chatId) {
          store.recordDelivery(c.id, c.channel, c.chatId, messageId, clock());
        }
      } catch (err) {
        logger.error({ err, caseId: msg.caseId }, 'recording a delivery failed');
      }
    },
  };
}

function isDangerInCase(t: TriageResult): boolean {
  if (t.label !== 'emergency') return false;
  return !t.cues || t.cues.some((c) => c.startsWith('danger'));
}
