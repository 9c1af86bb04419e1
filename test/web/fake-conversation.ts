// A small in-memory Conversation for web tests: answers questions with a citation, opens a case for
// reports or the "officer" button, relays both ways once claimed. Officer actions check the actor.
import {
  CaseError,
  type Actor,
  type CaseDetail,
  type CaseMessage,
  type Conversation,
  type IncomingMessage,
  type OfficerApi,
  type OutgoingMessage,
} from '../../handlers/types.js';
import { WEB_CAPABILITIES, type WebServer } from '../../bot/web/server.js';

interface FakeCase extends CaseDetail {
  citizen: { chatId: string };
}

export interface FakeConversation extends Conversation {
  handled: IncomingMessage[];
  cases: FakeCase[];
  deliveries: Array<{ msg: OutgoingMessage; messageId: string }>;
}

const OFFICERS = { channel: 'web', userId: 'console' } as const;

export function createFakeConversation(): FakeConversation {
  const cases: FakeCase[] = [];
  const handled: IncomingMessage[] = [];
  const deliveries: Array<{ msg: OutgoingMessage; messageId: string }> = [];
  const toOfficers = { channel: 'web' as const, chatId: 'officers' };

  function check(actor: Actor): void {
    if (actor.channel !== OFFICERS.channel || actor.userId !== OFFICERS.userId)
      throw new CaseError('forbidden', 'Bạn không phải cán bộ tiếp nhận.');
  }
  function find(id: number): FakeCase {
    const c = cases.find((x) => x.id === id);
    if (!c) throw new CaseError('not_found', `Không tìm thấy hồ sơ #${id}.`);
    return c;
  }
  function push(c: FakeCase, m: Omit<CaseMessage, 'at'>): void {
    c.messages.push({ ...m, at: Date.now() });
    c.updatedAt = Date.now();
  }
  function openCase(msg: IncomingMessage, text: string): OutgoingMessage[] {
    const n = cases.length + 1;
    const urgent = /nguy hiểm|cứu/i.test(text);
    const c: FakeCase = {
      id: n,
      number: n,
      label: urgent ? 'emergency' : 'report',
      urgent,
      status: 'open',
      channel: msg.channel,
      channelLabel: WEB_CAPABILITIES.label,
      createdAt: Date.now() + n,
      updatedAt: Date.now(),
      preview: text.slice(0, 80),
      messages: [],
      citizen: { chatId: msg.chatId },
    };
    push(c, { direction: 'citizen', text });
    cases.push(c);
    return [
      {
        to: { channel: msg.channel, chatId: msg.chatId },
        kind: 'case',
        caseId: c.id,
        text: `Đã tiếp nhận tin báo của bạn (hồ sơ #${n}). Cán bộ sẽ liên hệ sớm. Nếu khẩn cấp, gọi 113.`,
      },
      {
        to: toOfficers,
        kind: 'officer',
        caseId: c.id,
        text: `Hồ sơ mới #${n}: ${c.preview}`,
        buttons: [[{ label: 'Nhận xử lý', data: `claim:${c.id}` }]],
      },
    ];
  }

  const officers: OfficerApi = {
    isOfficer: (a) => a.channel === OFFICERS.channel && a.userId === OFFICERS.userId,
    async queue(actor, opts) {
      check(actor);
      return cases.filter((c) => opts?.includeClosed || c.status !== 'closed').map(({ messages: _m, citizen: _c, ...s }) => s);
    },
    async read(actor, id) {
      check(actor);
      const { citizen: _c, ...detail } = find(id);
      return structuredClone(detail);
    },
    async claim(actor, id) {
      check(actor);
      const c = find(id);
      if (c.status === 'closed') throw new CaseError('invalid', `Hồ sơ #${c.number} đã đóng.`);
      if (c.claimedBy && c.claimedBy !== actor.name)
        throw new CaseError('conflict', `Hồ sơ #${c.number} đã được ${c.claimedBy} nhận xử lý.`);
      c.status = 'claimed';
      c.claimedBy = actor.name;
      return [
        {
          to: { channel: c.channel, chatId: c.citizen.chatId },
          kind: 'notice',
          caseId: c.id,
          text: 'Một cán bộ đã nhận hồ sơ của bạn và sẽ trao đổi ngay tại đây.',
        },
        { to: toOfficers, kind: 'officer', caseId: c.id, text: `Hồ sơ #${c.number} đã được ${actor.name} nhận.` },
      ];
    },
    async reply(actor, id, text) {
      check(actor);
      const c = find(id);
      if (c.claimedBy !== actor.name) throw new CaseError('conflict', 'Bạn cần nhận xử lý hồ sơ trước khi trả lời.');
      push(c, { direction: 'officer', author: actor.name, text });
      return [{ to: { channel: c.channel, chatId: c.citizen.chatId }, kind: 'relay', caseId: c.id, text }];
    },
    async note(actor, id, text) {
      check(actor);
      push(find(id), { direction: 'note', author: actor.name, text });
      return [];
    },
    async release(actor, id) {
      check(actor);
      const c = find(id);
      if (c.claimedBy !== actor.name) throw new CaseError('conflict', 'Bạn không giữ hồ sơ này.');
      c.status = 'open';
      delete c.claimedBy;
      return [];
    },
    async close(actor, id, resolution) {
      check(actor);
      const c = find(id);
      if (c.claimedBy !== actor.name) throw new CaseError('conflict', 'Bạn cần nhận xử lý hồ sơ trước khi đóng.');
      c.status = 'closed';
      c.resolution = resolution;
      return [
        {
          to: { channel: c.channel, chatId: c.citizen.chatId },
          kind: 'notice',
          caseId: c.id,
          text: 'Hồ sơ của bạn đã được xử lý xong. Cảm ơn bạn đã báo tin.',
        },
      ];
    },
  };

  return {
    handled,
    cases,
    deliveries,
    officers,
    async handle(msg) {
      handled.push(msg);
      const open = cases.find((c) => c.citizen.chatId === msg.chatId && c.status !== 'closed');
      if (msg.kind === 'callback') {
        if (msg.callbackData === 'officer') return openCase(msg, 'Người dân yêu cầu gặp cán bộ.');
        if (msg.callbackData?.startsWith('province:')) {
          return [
            { to: { channel: msg.channel, chatId: msg.chatId }, kind: 'notice', text: `Đã chọn tỉnh: ${msg.callbackData.slice(9)}.` },
          ];
        }
        return [{ to: { channel: msg.channel, chatId: msg.chatId }, kind: 'answer', text: 'Toàn văn mục: Điều 1. Phạm vi điều chỉnh.' }];
      }
      const text = msg.text ?? '';
      if (open) {
        push(open, { direction: 'citizen', text });
        return open.status === 'claimed' ? [{ to: toOfficers, kind: 'relay', caseId: open.id, text: `#${open.number}: ${text}` }] : [];
      }
      if (/tố giác|báo tin|nghi ngờ|nguy hiểm/i.test(text)) return openCase(msg, text);
      return [
        {
          to: { channel: msg.channel, chatId: msg.chatId },
          kind: 'answer',
          text: `Trả lời: ${text} [1]`,
          citations: [{ n: 1, label: 'KH Quảng Nam 2024 › V. Tổ chức thực hiện', sectionId: 's1', docId: 'kh-quang-nam-2024' }],
          buttons: [[{ label: 'Xem toàn văn', data: 'full:s1' }], [{ label: 'Gặp cán bộ', data: 'officer' }]],
        },
      ];
    },
    async tick() {
      return [];
    },
    async recordDelivery(msg, messageId) {
      deliveries.push({ msg, messageId });
    },
  };
}

/** What the composition root does: handle, then deliver each result through the adapter. */
export function wire(conv: Conversation, get: () => WebServer) {
  const deliver = async (msgs: OutgoingMessage[]) => {
    for (const m of msgs) {
      const r = await get().adapter.send(m);
      if (r.messageId) await conv.recordDelivery(m, r.messageId);
    }
  };
  return {
    deliver,
    onMessage: async (msg: IncomingMessage) => deliver(await conv.handle(msg)),
  };
}
