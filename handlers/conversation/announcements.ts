// Telling officers about a case: every destination an announcement goes to, one message per case while
// the rate is normal, and an alert then one summary a minute during a burst (./burst.ts).
import type { CaseRow } from '../cases/store.js';
import { announcement } from '../replies/officer.js';
import { BUTTONS, vi } from '../replies/vi.js';
import type { Address, OutgoingMessage } from '../types.js';
import { createBurstGate, DEFAULT_BURST_PER_MINUTE } from './burst.js';
import { channelLabel, type ConversationDeps } from './deps.js';
import type { OfficerAccess } from './officer-access.js';
import { reportText, takesCommands } from './officer-messages.js';

export type AnnouncementKind = 'new' | 'reannounce' | 'release';

export interface Announcer {
  /** Every place an announcement goes. */
  officerTargets(): Address[];
  /** Announcement messages to every officer destination; records the announcement. */
  announce(c: CaseRow, kind: AnnouncementKind, at: number): OutgoingMessage[];
  /**
   * Reminders of unclaimed cases due at the same time: one announcement each, or one summary when there are
   * more than the burst limit (e.g. a night's queue after a flood). Records the re-announcements.
   */
  remind(cases: CaseRow[], at: number): OutgoingMessage[];
  /** The summary of a burst of new cases once it is due (also called by the scheduler's tick). */
  flushBurst(at: number): OutgoingMessage[];
}

/** The same chat listed twice (e.g. in the directory and as a linked account) is announced to once. */
function uniqueAddresses(all: Address[]): Address[] {
  const seen = new Set<string>();
  return all.filter((t) => !seen.has(`${t.channel}:${t.chatId}`) && Boolean(seen.add(`${t.channel}:${t.chatId}`)));
}

// The account tables may be unavailable (database down): announcements still reach the configured chats.
function orFallback<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/**
 * The directory's chats (a listed officer's private chat only while their linked account, if any, is
 * enabled), linked accounts' chats, and the console's room once accounts exist.
 */
function listOfficerTargets(deps: ConversationDeps, access: Pick<OfficerAccess, 'isOfficer'>): Address[] {
  const { store, officers } = deps;
  const listedUser = (t: Address) => officers.users[t.channel]?.includes(t.chatId) ?? false;
  const consoleRoom = officers.console?.room && orFallback(() => store.accounts.enabledCount() > 0, false) ? [officers.console.room] : [];
  return uniqueAddresses([
    ...officers.announceTo.filter((t) => !listedUser(t) || access.isOfficer({ channel: t.channel, userId: t.chatId })),
    ...orFallback(() => store.accounts.linkedChats(), []),
    ...consoleRoom,
  ]);
}

export function createAnnouncer(deps: ConversationDeps, access: Pick<OfficerAccess, 'isOfficer'>): Announcer {
  const { store, logger } = deps;
  const limit = deps.burstPerMinute ?? DEFAULT_BURST_PER_MINUTE;
  const gate = createBurstGate(limit);
  // Read once per turn of the event loop: opening a case asks several times in one go (the reply, the waiting
  // words, the announcement); a change of accounts, also from another process, counts from the next message.
  let targets: Address[] | undefined;
  const officerTargets = () => {
    if (!targets) {
      targets = listOfficerTargets(deps, access);
      queueMicrotask(() => (targets = undefined));
    }
    return targets;
  };
  /** One notice (no report text, no button) to every officer destination. */
  const notice = (text: (commands: boolean) => string): OutgoingMessage[] =>
    officerTargets().map((to) => ({ to, kind: 'officer' as const, text: text(takesCommands(deps, to)) }));

  function flushBurst(at: number): OutgoingMessage[] {
    const due = gate.takeDue(at);
    if (!due) return [];
    logger.warn({ cases: due.cases, urgent: due.urgent.length }, 'case announcements batched');
    return notice((commands) => vi.burstSummary(due, commands));
  }

  function announceOne(c: CaseRow, kind: AnnouncementKind): OutgoingMessage[] {
    const report = reportText(store, c);
    return officerTargets().map((to) => ({
      to,
      kind: 'officer' as const,
      text: announcement(c, report, kind, takesCommands(deps, to), channelLabel(deps, c.channel)),
      caseId: c.id,
      buttons: BUTTONS.claim(c.id),
    }));
  }

  function announce(c: CaseRow, kind: AnnouncementKind, at: number): OutgoingMessage[] {
    store.recordAnnouncement(c.id, kind, at);
    const flushed = flushBurst(at);
    // Only the rate of new cases can flood officers; a case handed back is announced as it happens.
    const admission = kind === 'new' ? gate.admit(at, c) : { announce: true as const };
    if (admission.announce) return [...flushed, ...announceOne(c, kind)];
    if (!admission.alert) return flushed;
    const alert = admission.alert;
    logger.warn({ cases: alert.cases, urgent: alert.urgent.length }, 'case burst started');
    return [...flushed, ...notice((commands) => vi.burstAlert(alert, commands))];
  }

  function remind(cases: CaseRow[], at: number): OutgoingMessage[] {
    if (cases.length <= limit) return cases.flatMap((c) => announce(c, 'reannounce', at));
    for (const c of cases) store.recordAnnouncement(c.id, 'reannounce', at);
    const waiting = { cases: cases.length, urgent: cases.filter((c) => c.urgent).map((c) => c.number) };
    return [...flushBurst(at), ...notice((commands) => vi.stillWaitingSummary(waiting, commands))];
  }

  return { officerTargets, announce, remind, flushBurst };
}
