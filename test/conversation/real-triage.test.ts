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

describe('a question that speaks of someone in danger now', () => {
  const t = () => setup({ deps: { triage: createTriage(), defaultProvince: 'quang-nam' } });

  it('gives the emergency numbers before the answer', async () => {
    const conv = t();
    const text = 'Mấy chị bị bán trở về đang bị bọn buôn người đe dọa, phải làm sao?';
    const out = await conv.conv.handle(conv.citizen(text, { userId: 'u-danger', chatId: 'chat-danger' }));
    const mine = out.filter((m) => m.to.chatId === 'chat-danger');
    expect(mine.length).toBeGreaterThan(1);
    expect(mine[0].kind).toBe('emergency');
    expect(mine[0].text).toContain('113');
    expect(mine[0].text).toContain('đang gặp nguy hiểm');
  });

  it('leaves questions about the rules, and hypotheticals, with the answer alone', async () => {
    const conv = t();
    for (const text of [
      'Nạn nhân mua bán người được hỗ trợ những gì?',
      'Nếu người lao động đang bị giữ ở nước ngoài thì ai có trách nhiệm giải cứu?',
    ]) {
      const out = await conv.conv.handle(conv.citizen(text, { userId: text, chatId: 'chat-rules' }));
      expect(out.filter((m) => m.to.chatId === 'chat-rules').map((m) => m.kind)).not.toContain('emergency');
    }
  });
});
