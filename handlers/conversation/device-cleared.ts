// A citizen who clears the conversation from their device (on a channel that holds it, see
// ChannelTraits.clearsConversation) ends that session for good: nothing sent to it can be read any more. The case keeps the fact in its audit trail, so the officer is told instead of writing into
// a session nobody will open again.
import type { CaseRow, CaseStore } from '../cases/store.js';
import { vi } from '../replies/vi.js';
import type { OutgoingMessage } from '../types.js';

/** The audit action recorded on the case when its citizen clears the conversation from their device. */
export const DEVICE_CLEARED = 'device_cleared';

/** True when the citizen of this case cleared the chat it answers to. */
export function citizenLeft(store: CaseStore, c: CaseRow): boolean {
  return store.auditEntries(c.id).some((e) => e.action === DEVICE_CLEARED && e.outcome === 'ok');
}

/** The notice to the officer holding the case, if any, that replies no longer reach the citizen (`where`: vi.ts clearedWhere). */
export function holderToldCitizenLeft(c: CaseRow, where: string): OutgoingMessage[] {
  if (c.status !== 'claimed' || !c.claimedByChannel || !c.claimedByChat) return [];
  const to = { channel: c.claimedByChannel, chatId: c.claimedByChat };
  return [{ to, kind: 'officer', text: vi.citizenLeft(c.number, where), caseId: c.id }];
}
