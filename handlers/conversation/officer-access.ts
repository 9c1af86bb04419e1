// Who may act on a case, and the audit record of every attempt: identity, the officer guard, loading a
// case by id and the holder check shared by claim, reply, note, release and close.
import { createIdentity, isHolder, type OfficerIdentity } from '../accounts/identity.js';
import type { CaseRow } from '../cases/store.js';
import { vi } from '../replies/vi.js';
import { CaseError, type Actor } from '../types.js';
import type { ConversationDeps } from './deps.js';
import { takesCommands } from './officer-messages.js';

export type AuditOutcome = 'ok' | 'denied' | 'conflict' | 'invalid' | 'not_found';

export interface OfficerAccess {
  /** The officer behind an actor (account, linked platform id or configured list), if any. */
  identify(actor: Actor): OfficerIdentity | undefined;
  /** The key claims and the audit trail record for an actor. */
  keyOf(actor: Actor): string;
  isOfficer(actor: Pick<Actor, 'channel' | 'userId'>): boolean;
  /** isOfficer plus anyone writing from an officers' group. */
  isOfficerActor(actor: Actor): boolean;
  audit(actor: Actor, action: string, outcome: AuditOutcome, caseId?: number): void;
  /** Audits a refused attempt and throws CaseError('forbidden'). */
  refuse(actor: Actor, action: string, caseId?: number): never;
  /** The actor's officer identity; anyone else is refused. */
  guard(actor: Actor, action: string, caseId?: number): OfficerIdentity;
  /** The case by id; a missing one is audited and throws CaseError('not_found'). */
  load(actor: Actor, action: string, caseId: number): CaseRow;
  /** Audits the conflict and throws: the case is closed, or held by someone else. */
  notHeld(actor: Actor, action: string, c: CaseRow): never;
  /** Reply, note and close: only the officer holding the case. */
  mustHold(id: OfficerIdentity, actor: Actor, action: string, c: CaseRow): void;
}

export function createOfficerAccess(deps: ConversationDeps): OfficerAccess {
  const { store, logger, officers } = deps;
  const now = () => (deps.now ?? Date.now)();
  const identity = createIdentity(store, officers);

  const audit: OfficerAccess['audit'] = (a, action, outcome, caseId) =>
    store.audit({ at: now(), actor: identity.keyOf(a), action, outcome, ...(caseId !== undefined ? { caseId } : {}) });

  function refuse(a: Actor, action: string, caseId?: number): never {
    audit(a, action, 'denied', caseId);
    logger.warn({ action, caseId, channel: a.channel }, 'officer action refused');
    throw new CaseError('forbidden', vi.forbidden());
  }

  function notHeld(a: Actor, action: string, c: CaseRow): never {
    audit(a, action, 'conflict', c.id);
    if (c.status === 'closed') throw new CaseError('conflict', vi.alreadyClosed(c.number));
    throw new CaseError('conflict', vi.notHolder(c.number, takesCommands(deps, a)));
  }

  return {
    identify: identity.resolve,
    keyOf: identity.keyOf,
    isOfficer: (a) => identity.resolve({ ...a, chatId: '' }) !== undefined,
    isOfficerActor: (a) => identity.resolve(a) !== undefined,
    audit,
    refuse,
    notHeld,
    guard(a, action, caseId) {
      const id = identity.resolve(a);
      if (!id) refuse(a, action, caseId);
      return id;
    },
    load(a, action, caseId) {
      const c = store.getCase(caseId);
      if (!c) {
        audit(a, action, 'not_found', caseId);
        throw new CaseError('not_found', vi.notFound(caseId));
      }
      return c;
    },
    mustHold(id, a, action, c) {
      if (c.status !== 'claimed' || !isHolder(id, a.name, c)) notHeld(a, action, c);
    },
  };
}
