import { describe, expect, it } from 'vitest';
import { renderCitations } from '../../bot/render.js';
import { stripBotMention, toIncoming } from '../../bot/telegram/mapping.js';

describe('telegram mapping', () => {
  it('strips only our own @botname', () => {
    expect(stripBotMention('/tinh@Pcmbn_Bot quang-nam', 'pcmbn_bot')).toBe('/tinh quang-nam');
    expect(stripBotMention('/tinh@other_bot', 'pcmbn_bot')).toBeUndefined();
    expect(stripBotMention('email a@b.vn', 'pcmbn_bot')).toBe('email a@b.vn');
    expect(stripBotMention('/hangdoi', 'pcmbn_bot')).toBe('/hangdoi');
  });

  it('leaves text alone without citations or when every label is present', () => {
    expect(renderCitations('Chào bạn.', undefined)).toBe('Chào bạn.');
    const c = [{ n: 1, label: 'Luật 2024 › Điều 3', sectionId: 's', docId: 'd' }];
    expect(renderCitations('Xem [1].\n\nNguồn:\n[1] Luật 2024 › Điều 3', c)).toBe('Xem [1].\n\nNguồn:\n[1] Luật 2024 › Điều 3');
    expect(renderCitations('Xem [1].', c)).toBe('Xem [1].\n\nNguồn:\n[1] Luật 2024 › Điều 3');
  });

  it('ignores updates that are not messages or callbacks', () => {
    expect(
      toIncoming(
        {
          update_id: 1,
          edited_message: { message_id: 1, date: 0, chat: { id: 1, type: 'private', first_name: 'a' }, text: 'x', edit_date: 0 },
        } as never,
        'b',
        0,
      ),
    ).toBeUndefined();
    const cb = toIncoming(
      {
        update_id: 2,
        callback_query: { id: 'q', from: { id: 9, is_bot: false, first_name: 'An' }, chat_instance: 'c', data: 'erase' },
      } as never,
      'b',
      5,
    );
    expect(cb).toEqual({
      channel: 'telegram',
      messageId: '2',
      receivedAt: 5,
      chatId: '9',
      userId: '9',
      kind: 'callback',
      callbackData: 'erase',
      displayName: 'An',
    });
  });
});
