// The officer side of a case: every call checks the actor against the configured lists and is audited.
import type { CaseRow } from '../cases/store.js';
import { announcement, detailText, statsText } from '../replies/officer.js';
import { hotlinesText } from '../contacts-answer.js';
import { BUTTONS, vi } from '../replies/vi.js';
import { CaseError, type Actor, type Address, type CaseDetail, type CaseSummary, type OfficerApi, type OutgoingMessage } from '../types.js';
import type { ConversationDeps } from './deps.js';
import { truncate } from './text.js';
import { createIdentity, isHolder, type OfficerIdentity } from '../accounts/identity.js';

export interface OfficerCore extends OfficerApi {
  /** isOfficer plus anyone writing from an officers' group. */
  isOfficerActor(actor: Actor): boolean;
  /** Aggregated statistics text (no personal data). */
  stats(actor: Actor): Promise<string>;
  /** Announcement messages to every officer destination; records the announcement. */
  announce(c: CaseRow, kind: 'new' | 'reannounce' | 'release', at: number): OutgoingMessage[];
  officerTargets(): Address[];
  /** The batched notice of a burst of cases, once its minute is over. */
  flushBurst(at: number): OutgoingMessage[];
  /** Audits a refused attempt and throws CaseError('forbidden'). */
  refuse(actor: Actor, action: string, caseId?: number): never;
  /** The officer behind an actor (account, linked platform id or configured list), if any. */
  identify(actor: Actor): OfficerIdentity | undefined;
  /** The key claims and the audit trail record for an actor. */
  keyOf(actor: Actor): string;
}


export function createOfficerCore(deps: ConversationDeps): OfficerCore {
  const { store, logger, officers } = deps;
  const now = () => (deps.now ?? Date.now)();

  const identity = createIdentity(store, officers);
  const isOfficer = (a: Pick<Actor, 'channel' | 'userId'>) => identity.resolve({ ...a, chatId: '' }) !== undefined;
  const isOfficerActor = (a: Actor) => identity.resolve(a) !== undefined;

  const audit = (a: Actor, action: string, outcome: 'ok' | 'denied' | 'conflict' | 'invalid' | 'not_found', caseId?: number) =>
    store.audit({ at: now(), actor: identity.keyOf(a), action, outcome, ...(caseId !== undefined ? { caseId } : {}) });

  function refuse(a: Actor, action: string, caseId?: number): never {
    audit(a, action, 'denied', caseId);
    logger.warn({ action, caseId, channel: a.channel }, 'officer action refused');
    throw new CaseError('forbidden', vi.forbidden());
  }

  function guard(a: Actor, action: string, caseId?: number): OfficerIdentity {
    const id = identity.resolve(a);
    if (!id) refuse(a, action, caseId);
    return id;
  }
  const nameOf = (id: OfficerIdentity, a: Actor) => id.name ?? a.name;
  /** Claim, reply, note, hand back and close: only the officer holding the case. */
  function mustHold(id: OfficerIdentity, a: Actor, action: string, c: CaseRow): void {
    if (c.status !== 'claimed' || !isHolder(id, a.name, c)) notHeld(a, action, c);
  }

  function load(a: Actor, action: string, caseId: number): CaseRow {
    const c = store.getCase(caseId);
    if (!c) {
      audit(a, action, 'not_found', caseId);
      throw new CaseError('not_found', vi.notFound(caseId));
    }
    return c;
  }

  const reportText = (c: CaseRow) => store.messages(c.id).find((m) => m.direction === 'citizen')?.text ?? '';
  const toActor = (a: Actor, text: string, caseId?: number): OutgoingMessage => ({
    to: { channel: a.channel, chatId: a.chatId }, kind: 'officer', text, ...(caseId ? { caseId } : {}),
  });
  const toCitizen = (c: CaseRow, kind: OutgoingMessage['kind'], text: string): OutgoingMessage => ({
    to: { channel: c.channel, chatId: c.chatId }, kind, text, caseId: c.id,
  });

  // The web console acts through its own buttons and forms; chat apps through slash commands.
  const takesCommands = (to: Pick<Address, 'channel'>) => to.channel !== 'web';
  const fromAccounts = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch {
      return fallback;
    }
  };

  /**
   * Every place an announcement goes: the directory's chats (a listed officer's private chat only while
   * their linked account, if any, is enabled), linked accounts' chats, and the console's room once accounts exist.
   */
  function officerTargets(): Address[] {
    const listedUser = (t: Address) => officers.users[t.channel]?.includes(t.chatId) ?? false;
    const all: Address[] = [
      ...officers.announceTo.filter((t) => !listedUser(t) || isOfficer({ channel: t.channel, userId: t.chatId })),
      ...fromAccounts(() => store.accounts.linkedChats(), []),
      ...(officers.console?.room && fromAccounts(() => store.accounts.enabledCount() > 0, false) ? [officers.console.room] : []),
    ];
    const seen = new Set<string>();
    return all.filter((t) => !seen.has(`${t.channel}:${t.chatId}`) && Boolean(seen.add(`${t.channel}:${t.chatId}`)));
  }


  // Announcements in the last minute. Above the configured rate (a flood, or a real surge) cases are still
  // stored and queued, but officers get one batched notice a minute instead of one message per case.
  const recent: number[] = [];
  let burst: { since: number; count: number; urgent: number } | undefined;
  const burstLimit = deps.burstPerMinute ?? 20;

  /** The batched notice once its minute is over (also called by the scheduler's tick). */
  function flushBurst(at: number): OutgoingMessage[] {
    if (!burst || at - burst.since < 60_000) return [];
    const { count, urgent } = burst;
    logger.warn({ cases: count, urgent }, 'case announcements batched');
    burst = undefined;
    return officerTargets().map((to) => ({ to, kind: 'officer' as const, text: vi.caseBurst(count, urgent, takesCommands(to)) }));
  }

  function announce(c: CaseRow, kind: 'new' | 'reannounce' | 'release', at: number): OutgoingMessage[] {
    store.recordAnnouncement(c.id, kind, at);
    const out = flushBurst(at);
    while (recent.length && at - recent[0] >= 60_000) recent.shift();
    recent.push(at);
    if (recent.length > burstLimit || burst) {
      burst ??= { since: at, count: 0, urgent: 0 };
      burst.count++;
      if (c.urgent) burst.urgent++;
      return out;
    }
    const report = reportText(c);
    return [
      ...out,
      ...officerTargets().map((to) => ({ to, kind: 'officer' as const, text: announcement(c, report, kind, takesCommands(to)), caseId: c.id, buttons: BUTTONS.claim(c.id) })),
    ];
  }

  const summary = (c: CaseRow): CaseSummary => ({
    id: c.id, number: c.number, label: c.label, urgent: c.urgent, status: c.status, channel: c.channel,
    createdAt: c.createdAt, updatedAt: c.updatedAt,
    ...(c.claimedByName || c.claimedBy ? { claimedBy: c.claimedByName ?? c.claimedBy } : {}),
    preview: truncate(reportText(c), 120),
  });

  const notHeld = (a: Actor, action: string, c: CaseRow): never => {
    audit(a, action, 'conflict', c.id);
    if (c.status === 'closed') throw new CaseError('conflict', vi.alreadyClosed(c.number));
    throw new CaseError('conflict', vi.notHolder(c.number, takesCommands(a)));
  };

  return {
    identify: identity.resolve,
    keyOf: identity.keyOf,
    isOfficer,
    isOfficerActor,
    officerTargets,
    announce,
    flushBurst,
    refuse,

    async queue(a, opts) {
      guard(a, 'queue');
      audit(a, 'queue', 'ok');
      return store.listCases(opts).map(summary);
    },

    async read(a, caseId) {
      guard(a, 'read', caseId);
      const c = load(a, 'read', caseId);
      audit(a, 'read', 'ok', c.id);
      return {
        ...summary(c),
        messages: store.messages(c.id),
        ...(c.citizenName ? { citizenName: c.citizenName } : {}),
        ...(c.resolution ? { resolution: c.resolution } : {}),
      } satisfies CaseDetail;
    },

    async claim(a, caseId) {
      const id = guard(a, 'claim', caseId);
      const c = load(a, 'claim', caseId);
      const key = id.key;
      if (c.status === 'closed') notHeld(a, 'claim', c);
      const at = now();
      const who = nameOf(id, a);
      const ref = { key, name: who, channel: a.channel, chatId: a.chatId };
      if (!store.claim(c.id, ref, at)) {
        const cur = store.getCase(c.id)!;
        if (cur.status === 'claimed' && isHolder(id, a.name, cur)) return [toActor(a, vi.claimedOfficer(cur.number, takesCommands(a)), cur.id)];
        // A supervisor may take over a case another officer holds; the move is audited as such.
        if (cur.status === 'claimed' && id.role === 'supervisor' && store.reassign(c.id, ref, at)) {
          audit(a, 'reassign', 'ok', c.id);
          logger.info({ caseId: c.id, action: 'reassign' }, 'case reassigned');
          return [toActor(a, `${vi.claimedOfficer(cur.number, takesCommands(a))}\n\n${detailText(store.getCase(c.id)!, store.messages(c.id))}`, c.id)];
        }
        audit(a, 'claim', 'conflict', c.id);
        if (cur.status === 'closed') throw new CaseError('conflict', vi.alreadyClosed(cur.number));
        throw new CaseError('conflict', vi.takenBy(cur.number, cur.claimedByName ?? 'một cán bộ khác'));
      }
      audit(a, 'claim', 'ok', c.id);
      logger.info({ caseId: c.id, action: 'claim' }, 'case claimed');
      const held = store.getCase(c.id)!;
      const others = officerTargets()
        .filter((t) => !(t.channel === a.channel && t.chatId === a.chatId))
        .map((to) => ({ to, kind: 'officer' as const, text: vi.claimedOthers(c.number, who ?? 'một cán bộ'), caseId: c.id }));
      return [
        toActor(a, `${vi.claimedOfficer(c.number, takesCommands(a))}\n\n${detailText(held, store.messages(c.id))}`, c.id),
        toCitizen(held, 'notice', vi.claimedCitizen(c.number)),
        ...others,
      ];
    },

    async reply(a, caseId, text) {
      const id = guard(a, 'reply', caseId);
      const c = load(a, 'reply', caseId);
      if (!text.trim()) throw new CaseError('invalid', vi.emptyText());
      mustHold(id, a, 'reply', c);
      store.addMessage(c.id, { direction: 'officer', author: nameOf(id, a), text, at: now() });
      audit(a, 'reply', 'ok', c.id);
      return [toCitizen(c, 'relay', vi.officerPrefix(text)), toActor(a, vi.replied(c.number), c.id)];
    },

    async note(a, caseId, text) {
      const id = guard(a, 'note', caseId);
      const c = load(a, 'note', caseId);
      if (!text.trim()) throw new CaseError('invalid', vi.emptyText());
      mustHold(id, a, 'note', c);
      store.addMessage(c.id, { direction: 'note', author: nameOf(id, a), text, at: now() });
      audit(a, 'note', 'ok', c.id);
      return [toActor(a, vi.noted(c.number), c.id)];
    },

    async release(a, caseId) {
      const id = guard(a, 'release', caseId);
      const c = load(a, 'release', caseId);
      const at = now();
      // A supervisor may hand back a case someone else holds (e.g. an officer who is away).
      const asHolder = c.status === 'claimed' && (isHolder(id, a.name, c) || id.role === 'supervisor');
      if (!asHolder || !store.release(c.id, c.claimedBy!, at)) notHeld(a, 'release', c);
      audit(a, 'release', 'ok', c.id);
      return [toActor(a, vi.released(c.number), c.id), ...announce(store.getCase(c.id)!, 'release', at)];
    },

    async close(a, caseId, resolution) {
      const id = guard(a, 'close', caseId);
      const c = load(a, 'close', caseId);
      if (!resolution.trim()) {
        audit(a, 'close', 'invalid', c.id);
        throw new CaseError('invalid', vi.closeNeedsNote());
      }
      if (c.status === 'claimed' && !isHolder(id, a.name, c)) {
        audit(a, 'close', 'conflict', c.id);
        throw new CaseError('conflict', vi.takenBy(c.number, c.claimedByName ?? 'một cán bộ khác'));
      }
      mustHold(id, a, 'close', c);
      if (!store.closeCase(c.id, id.key, nameOf(id, a), resolution.trim(), now())) notHeld(a, 'close', store.getCase(c.id)!);
      audit(a, 'close', 'ok', c.id);
      logger.info({ caseId: c.id, action: 'close' }, 'case closed');
      // The resolution note stays with officers: the citizen only learns that the case is closed.
      return [toCitizen(c, 'notice', vi.closedCitizen(c.number, hotlinesText(deps, c.province))), toActor(a, vi.closedOfficer(c.number), c.id)];
    },

    async stats(a) {
      guard(a, 'stats');
      audit(a, 'stats', 'ok');
      return statsText(store.stats());
    },
  };
}
