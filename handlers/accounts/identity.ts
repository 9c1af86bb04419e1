// Who an officer is, whatever channel they act from: a named account (console login, or a Telegram/Zalo
// id linked to it) is one actor `officer:<id>` everywhere; the zero-setup lists (OFFICER_TELEGRAM_IDS,
// OFFICER_ZALO_IDS, the officers' group, the shared console password) still work, keyed by a hash of
// the platform id. A linked but disabled or removed account is nobody, whatever the lists say.
import type { CaseStore } from '../cases/store.js';
import { isOfficerGroup, type OfficerDirectory } from '../conversation/deps.js';
import type { Actor } from '../types.js';
import type { OfficerRole } from './store.js';

export interface OfficerIdentity {
  /** What claims and the audit trail record: `officer:<id>`, `local:console` or a keyed hash. */
  key: string;
  role: OfficerRole;
  officerId?: number;
  /** The account's name (authoritative over a platform display name). */
  name?: string;
}

/** Console sessions of named accounts act as `officer:<id>` on the console's channel; the shared password as a listed user there. */
export const accountUserId = (id: number) => `officer:${id}`;
export const LOCAL_CONSOLE_KEY = 'local:console';

export function createIdentity(store: Pick<CaseStore, 'accounts' | 'actorRef'>, officers: OfficerDirectory) {
  // With the database down, configured officers must still be recognised (to get the officers' error text).
  function attempt<T>(fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch {
      return fallback;
    }
  }
  const refOf = (a: Actor) => attempt(() => store.actorRef(a.channel, String(a.userId)), `${a.channel}#unavailable`);

  function resolve(a: Actor): OfficerIdentity | undefined {
    const listed = officers.users[a.channel]?.includes(String(a.userId)) ?? false;
    if (a.channel === officers.console?.channel) {
      const m = /^officer:(\d+)$/.exec(a.userId);
      if (m) {
        const acc = attempt(() => store.accounts.byId(Number(m[1])), undefined);
        return acc && !acc.disabled ? { key: accountUserId(acc.id), role: acc.role, officerId: acc.id, name: acc.name } : undefined;
      }
      return listed ? { key: LOCAL_CONSOLE_KEY, role: 'officer' } : undefined;
    }
    const acc = attempt(() => store.accounts.byPlatform(a.channel, String(a.userId)), undefined);
    if (acc) return acc.disabled ? undefined : { key: accountUserId(acc.id), role: acc.role, officerId: acc.id, name: acc.name };
    return listed || isOfficerGroup(officers, a) ? { key: refOf(a), role: 'officer' } : undefined;
  }

  return {
    resolve,
    /** The key recorded for any actor, officer or not (a refused attempt is audited under it too). */
    keyOf: (a: Actor) => resolve(a)?.key ?? refOf(a),
  };
}

/**
 * True when the case was claimed (and is still held, or was closed) by this officer. Console sessions of
 * the shared password all act as one key, so there the name given at login must match as well.
 */
export function isHolder(id: OfficerIdentity, actorName: string | undefined, c: { claimedBy?: string; claimedByName?: string }): boolean {
  if (!c.claimedBy || c.claimedBy !== id.key) return false;
  return id.key !== LOCAL_CONSOLE_KEY || (!!actorName && actorName === c.claimedByName);
}
