import { describe, expect, it } from 'vitest';
import { createTriage } from '../../handlers/triage/index.js';
import { setup } from './helpers.js';

describe('conversation with the real offline triage', () => {
  it('plugs in and always answers a citizen', async () => {
    const t = setup({ deps: { triage: createTriage(), defaultProvince: 'quang-nam' } });
    for (const text of ['Xin chào', 'Nạn nhân mua bán người được hỗ trợ những gì?', 'Cứu tôi với, tôi đang bị nhốt, họ không cho tôi về']) {
      const out = await t.conv.handle(t.citizen(text, { userId: text, chatId: 'chat-citizen' }));
      expect(out.filter((m) => m.to.chatId === 'chat-citizen').length).toBeGreaterThan(0);
    }
  });
});
