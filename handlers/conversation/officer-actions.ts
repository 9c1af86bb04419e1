// What an officer does with a case: list, read, claim, reply, note, hand back, close and statistics.
// Every action checks the actor first and leaves an audit record, whatever its outcome.
import { isHolder, type OfficerIdentity } from '../accounts/identity.js';
import type { CaseRow, OfficerRef } from '../cases/store.js';
import { hotlinesText } from '../contacts-answer.js';
import { detailText, statsText } from '../replies/officer.js';
import { BUTTONS, clearedWhere, vi } from '../replies/vi.js';
import { type Actor, type CaseDetail, CaseError, type CaseSummary, type OutgoingMessage } from '../types.js';
import type { Announcer } from './announcements.js';
import { channelLabel, traitsOf, type ConversationDeps } from './deps.js';
import { citizenLeft } from './device-cleared.js';
import type { OfficerAccess } from './officer-access.js';
import { caseSummary, takesCommands, toActor, toCitizen } from './officer-messages.js';

/** What the actions share: the dependencies, the access checks and the announcer (a released case is announced again). */
export interface OfficerActionEnv {
  deps: ConversationDeps;
  access: OfficerAccess;
  announcer: Announcer;
  now(): number;
}

const nameOf = (id: OfficerIdentity, a: Actor) => id.name ?? a.name;

export function queueCases(env: OfficerActionEnv, a: Actor, opts?: { includeClosed?: boolean }): CaseSummary[] {
  env.access.guard(a, 'queue');
  env.access.audit(a, 'queue', 'ok');
  return env.deps.store.listCases(opts).map((c) => caseSummary(env.deps, c));
}

export function readCase(env: OfficerActionEnv, a: Actor, caseId: number): CaseDetail {
  const { access, deps } = env;
  access.guard(a, 'read', caseId);
  const c = access.load(a, 'read', caseId);
  access.audit(a, 'read', 'ok', c.id);
  return {
    ...caseSummary(deps, c),
    messages: deps.store.messages(c.id),
    ...(c.citizenName ? { citizenName: c.citizenName } : {}),
    ...(c.resolution ? { resolution: c.resolution } : {}),
  };
}

/** The officer's confirmation with the case's full text (as now held), which they now need. */
function claimedWithDetail(env: OfficerActionEnv, a: Actor, held: CaseRow): OutgoingMessage {
  const text = `${vi.claimedOfficer(held.number, takesCommands(env.deps, a))}\n\n${detailText(held, env.deps.store.messages(held.id), channelLabel(env.deps, held.channel))}`;
  return toActor(a, text, held.id);
}

/** A claim that lost the race: already this officer's, a supervisor's takeover, or a conflict. */
function claimTaken(env: OfficerActionEnv, a: Actor, id: OfficerIdentity, ref: OfficerRef, at: number, c: CaseRow): OutgoingMessage[] {
  const { deps, access } = env;
  const cur = deps.store.getCase(c.id)!;
  if (cur.status === 'claimed' && isHolder(id, a.name, cur))
    return [toActor(a, vi.claimedOfficer(cur.number, takesCommands(deps, a)), cur.id)];
  // A supervisor may take over a case another officer holds; the move is audited as such.
  if (cur.status === 'claimed' && id.role === 'supervisor' && deps.store.reassign(c.id, ref, at)) {
    access.audit(a, 'reassign', 'ok', c.id);
    deps.logger.info({ caseId: c.id, action: 'reassign' }, 'case reassigned');
    return [claimedWithDetail(env, a, deps.store.getCase(c.id)!)];
  }
  access.audit(a, 'claim', 'conflict', c.id);
  if (cur.status === 'closed') throw new CaseError('conflict', vi.alreadyClosed(cur.number));
  throw new CaseError('conflict', vi.takenBy(cur.number, cur.claimedByName ?? 'một cán bộ khác'));
}

/** The claiming officer gets the case, the citizen is told, every other officer destination learns who took it. */
export function claimCase(env: OfficerActionEnv, a: Actor, caseId: number): OutgoingMessage[] {
  const { deps, access, announcer } = env;
  const id = access.guard(a, 'claim', caseId);
  const c = access.load(a, 'claim', caseId);
  if (c.status === 'closed') access.notHeld(a, 'claim', c);
  const at = env.now();
  const who = nameOf(id, a);
  const ref = { key: id.key, name: who, channel: a.channel, chatId: a.chatId };
  if (!deps.store.claim(c.id, ref, at)) return claimTaken(env, a, id, ref, at, c);
  access.audit(a, 'claim', 'ok', c.id);
  deps.logger.info({ caseId: c.id, action: 'claim' }, 'case claimed');
  const others = announcer
    .officerTargets()
    .filter((t) => !(t.channel === a.channel && t.chatId === a.chatId))
    .map((to) => ({ to, kind: 'officer' as const, text: vi.claimedOthers(c.number, who ?? 'một cán bộ'), caseId: c.id }));
  const held = deps.store.getCase(c.id)!;
  return [claimedWithDetail(env, a, held), toCitizen(held, 'notice', vi.claimedCitizen(c.number)), ...others];
}

/** A relay to the citizen or a private note: text from the officer holding the case, stored with the case. */
function addOfficerText(env: OfficerActionEnv, a: Actor, caseId: number, text: string, direction: 'officer' | 'note'): CaseRow {
  const { access, deps } = env;
  const action = direction === 'officer' ? 'reply' : 'note';
  const id = access.guard(a, action, caseId);
  const c = access.load(a, action, caseId);
  if (!text.trim()) throw new CaseError('invalid', vi.emptyText());
  access.mustHold(id, a, action, c);
  if (direction === 'officer' && citizenLeft(deps.store, c)) {
    access.audit(a, action, 'conflict', c.id);
    deps.logger.info({ caseId: c.id, action }, 'reply not delivered: the citizen cleared the conversation');
    throw new CaseError('conflict', vi.replyNotDelivered(c.number, clearedWhere(traitsOf(deps, c.channel)), takesCommands(deps, a)));
  }
  deps.store.addMessage(c.id, { direction, author: nameOf(id, a), text, at: env.now() });
  access.audit(a, action, 'ok', c.id);
  return c;
}

export function replyToCitizen(env: OfficerActionEnv, a: Actor, caseId: number, text: string): OutgoingMessage[] {
  const c = addOfficerText(env, a, caseId, text, 'officer');
  return [toCitizen(c, 'relay', vi.officerPrefix(text)), toActor(a, vi.replied(c.number), c.id)];
}

export function addNote(env: OfficerActionEnv, a: Actor, caseId: number, text: string): OutgoingMessage[] {
  const c = addOfficerText(env, a, caseId, text, 'note');
  return [toActor(a, vi.noted(c.number), c.id)];
}

/** Hands a case back to the queue, where it is announced again. */
export function releaseCase(env: OfficerActionEnv, a: Actor, caseId: number): OutgoingMessage[] {
  const { deps, access } = env;
  const id = access.guard(a, 'release', caseId);
  const c = access.load(a, 'release', caseId);
  const at = env.now();
  // A supervisor may hand back a case someone else holds (e.g. an officer who is away).
  const asHolder = c.status === 'claimed' && (isHolder(id, a.name, c) || id.role === 'supervisor');
  if (!asHolder || !deps.store.release(c.id, c.claimedBy!, at)) access.notHeld(a, 'release', c);
  access.audit(a, 'release', 'ok', c.id);
  return [toActor(a, vi.released(c.number), c.id), ...env.announcer.announce(deps.store.getCase(c.id)!, 'release', at)];
}

export function closeCase(env: OfficerActionEnv, a: Actor, caseId: number, resolution: string): OutgoingMessage[] {
  const { deps, access } = env;
  const id = access.guard(a, 'close', caseId);
  const c = access.load(a, 'close', caseId);
  if (!resolution.trim()) {
    access.audit(a, 'close', 'invalid', c.id);
    throw new CaseError('invalid', vi.closeNeedsNote(c.number, takesCommands(deps, a)));
  }
  if (c.status === 'claimed' && !isHolder(id, a.name, c)) {
    access.audit(a, 'close', 'conflict', c.id);
    throw new CaseError('conflict', vi.takenBy(c.number, c.claimedByName ?? 'một cán bộ khác'));
  }
  access.mustHold(id, a, 'close', c);
  if (!deps.store.closeCase(c.id, id.key, nameOf(id, a), resolution.trim(), env.now()))
    access.notHeld(a, 'close', deps.store.getCase(c.id)!);
  access.audit(a, 'close', 'ok', c.id);
  deps.logger.info({ caseId: c.id, action: 'close' }, 'case closed');
  // The resolution note stays with officers: the citizen only learns that the case is closed.
  if (citizenLeft(deps.store, c)) return [toActor(a, vi.closedOfficerUnreached(c.number), c.id)];
  const notice = { ...toCitizen(c, 'notice', vi.closedCitizen(c.number, hotlinesText(deps, c.province))), buttons: BUTTONS.askOfficer };
  return [notice, toActor(a, vi.closedOfficer(c.number), c.id)];
}

/** Aggregated statistics text (no personal data). */
export function statsFor(env: OfficerActionEnv, a: Actor): string {
  env.access.guard(a, 'stats');
  env.access.audit(a, 'stats', 'ok');
  return statsText(env.deps.store.stats(), (channel) => channelLabel(env.deps, channel));
}
