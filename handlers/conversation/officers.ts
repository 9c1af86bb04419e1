// The officer side of a case, assembled: who may act (./officer-access.ts), where announcements go
// (./announcements.ts) and the audited case actions (./officer-actions.ts).
import type { OfficerIdentity } from '../accounts/identity.js';
import type { CaseRow } from '../cases/store.js';
import type { Actor, Address, OfficerApi, OutgoingMessage } from '../types.js';
import { type AnnouncementKind, createAnnouncer } from './announcements.js';
import type { ConversationDeps } from './deps.js';
import { createOfficerAccess } from './officer-access.js';
import {
  addNote,
  claimCase,
  closeCase,
  type OfficerActionEnv,
  queueCases,
  readCase,
  releaseCase,
  replyToCitizen,
  statsFor,
} from './officer-actions.js';

export interface OfficerCore extends OfficerApi {
  /** isOfficer plus anyone writing from an officers' group. */
  isOfficerActor(actor: Actor): boolean;
  /** Aggregated statistics text (no personal data). */
  stats(actor: Actor): Promise<string>;
  /** Announcement messages to every officer destination; records the announcement. */
  announce(c: CaseRow, kind: AnnouncementKind, at: number): OutgoingMessage[];
  officerTargets(): Address[];
  /** Reminders of unclaimed cases: one each, or one summary when many are due at once. */
  remind(cases: CaseRow[], at: number): OutgoingMessage[];
  /** The summary of a burst of new cases, once due. */
  flushBurst(at: number): OutgoingMessage[];
  /** Audits a refused attempt and throws CaseError('forbidden'). */
  refuse(actor: Actor, action: string, caseId?: number): never;
  /** The officer behind an actor (account, linked platform id or configured list), if any. */
  identify(actor: Actor): OfficerIdentity | undefined;
  /** The key claims and the audit trail record for an actor. */
  keyOf(actor: Actor): string;
}

export function createOfficerCore(deps: ConversationDeps): OfficerCore {
  const access = createOfficerAccess(deps);
  const announcer = createAnnouncer(deps, access);
  const env: OfficerActionEnv = { deps, access, announcer, now: () => (deps.now ?? Date.now)() };
  return {
    identify: access.identify,
    keyOf: access.keyOf,
    isOfficer: access.isOfficer,
    isOfficerActor: access.isOfficerActor,
    refuse: access.refuse,
    officerTargets: announcer.officerTargets,
    announce: announcer.announce,
    remind: announcer.remind,
    flushBurst: announcer.flushBurst,
    queue: async (a, opts) => queueCases(env, a, opts),
    read: async (a, caseId) => readCase(env, a, caseId),
    claim: async (a, caseId) => claimCase(env, a, caseId),
    reply: async (a, caseId, text) => replyToCitizen(env, a, caseId, text),
    note: async (a, caseId, text) => addNote(env, a, caseId, text),
    release: async (a, caseId) => releaseCase(env, a, caseId),
    close: async (a, caseId, resolution) => closeCase(env, a, caseId, resolution),
    stats: async (a) => statsFor(env, a),
  };
}
