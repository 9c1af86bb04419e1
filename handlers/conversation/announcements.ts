// Telling officers about a case: every destination an announcement goes to, one message per case while
// the rate is normal, and one batched notice a minute during a burst.
import type { CaseRow } from '../cases/store.js';
import { announcement } from '../replies/officer.js';
import { BUTTONS, vi } from '../replies/vi.js';
import type { Address, OutgoingMessage } from '../types.js';
import { channelLabel, type ConversationDeps } from './deps.js';
import type { OfficerAccess } from './officer-access.js';
import { reportText, takesCommands } from './officer-messages.js';

export type AnnouncementKind = 'new' | 'reannounce' | 'release';

export interface Announcer {
  /** Every place an announcement goes. */
  officerTargets(): Address[];
  /** Announcement messages to every officer destination; records the announcement. */
  announce(c: CaseRow, kind: AnnouncementKind, at: number): OutgoingMessage[];
  /** The batched notice of a burst of cases, once its minute is over (also called by the scheduler's tick). */
  flushBurst(at: number): OutgoingMessage[];
}

const MINUTE = 60_000;

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

interface Burst {
  since: number;
  count: number;
  urgent: number;
}

/**
 * Announcements in the last minute. Above the limit (a flood, or a real surge) cases are still stored and
 * queued, but officers get one batched notice a minute instead of one message per case.
 */
function createBurstGate(limit: number) {
  const recent: number[] = [];
  let burst: Burst | undefined;
  return {
    /** Counts an announcement; true when it joins a burst instead of being sent on its own. */
    batches(at: number, urgent: boolean): boolean {
      while (recent.length && at - recent[0] >= MINUTE) recent.shift();
      recent.push(at);
      if (recent.length <= limit && !burst) return false;
      burst ??= { since: at, count: 0, urgent: 0 };
      burst.count++;
      if (urgent) burst.urgent++;
      return true;
    },
    /** The burst whose minute is over, if any; it is then forgotten. */
    takeFinished(at: number): Burst | undefined {
      if (!burst || at - burst.since < MINUTE) return undefined;
      const done = burst;
      burst = undefined;
      return done;
    },
  };
}

export function createAnnouncer(deps: ConversationDeps, access: Pick<OfficerAccess, 'isOfficer'>): Announcer {
  const { store, logger } = deps;
  const gate = createBurstGate(deps.burstPerMinute ?? 20);
  const officerTargets = () => listOfficerTargets(deps, access);

  function flushBurst(at: number): OutgoingMessage[] {
    const done = gate.takeFinished(at);
    if (!done) return [];
    logger.warn({ cases: done.count, urgent: done.urgent }, 'case announcements batched');
    return officerTargets().map((to) => ({
      to,
      kind: 'officer' as const,
      text: vi.caseBurst(done.count, done.urgent, takesCommands(deps, to)),
    }));
  }

  function announce(c: CaseRow, kind: AnnouncementKind, at: number): OutgoingMessage[] {
    store.recordAnnouncement(c.id, kind, at);
    const flushed = flushBurst(at);
    if (gate.batches(at, c.urgent)) return flushed;
    const report = reportText(store, c);
    const messages = officerTargets().map((to) => ({
      to,
      kind: 'officer' as const,
      text: announcement(c, report, kind, takesCommands(deps, to), channelLabel(deps, c.channel)),
      caseId: c.id,
      buttons: BUTTONS.claim(c.id),
    }));
    return [...flushed, ...messages];
  }

  return { officerTargets, announce, flushBurst };
}
