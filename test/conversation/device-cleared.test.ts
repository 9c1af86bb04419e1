// A citizen who clears the web chat from their device has ended that session: the officer holding the case is
// told at once, a later reply is refused with the reason (nothing is silently dropped), and the close notice
// is not sent into the void. Logs carry the case id, never the texts.
import { describe, expect, it } from 'vitest';
import { encodePayload } from '../../handlers/payload.js';
import type { OutgoingMessage } from '../../handlers/types.js';
import { setup } from './helpers.js';

const REPORT = 'Em gái tôi đi làm ở biên giới, giờ có người gọi về đòi tiền mới thả em ra';
const REPLY = 'Chị cho em xin số điện thoại đã gọi tới nhé';
const toOfficer = (out: OutgoingMessage[]) => out.filter((m) => m.to.chatId === '100');

function webCase() {
  const t = setup({ labels: { [REPORT]: 'emergency' } });
  const web = { channel: 'web', chatId: 'web-session-1', userId: 'web-session-1' } as const;
  const clear = () =>
    t.conv.handle(t.citizen('', { ...web, kind: 'callback', text: undefined, callbackData: encodePayload({ kind: 'erase' }) }));
  return { t, web, clear };
}

describe('an officer reply to a web chat the citizen cleared', () => {
  it('tells the holder at once, then refuses the reply with the reason and stores nothing', async () => {
    const { t, web, clear } = webCase();
    await t.conv.handle(t.citizen(REPORT, web));
    await t.conv.handle(t.officerMsg('100', '/nhan 1'));
    const cleared = await clear();
    expect(cleared.find((m) => m.to.chatId === web.chatId)?.endSession).toBe(true);
    expect(toOfficer(cleared).map((m) => m.text)).toEqual([expect.stringContaining('đã xoá cuộc trò chuyện khỏi thiết bị (trang web)')]);

    const out = await t.conv.handle(t.officerMsg('100', `/tl 1 ${REPLY}`));
    expect(out.filter((m) => m.to.chatId === web.chatId)).toEqual([]);
    expect(toOfficer(out)[0].text).toContain('Không gửi được tới người dân (vụ việc #1)');
    // Plain text from the holder and the console's API say the same.
    expect(toOfficer(await t.conv.handle(t.officerMsg('100', REPLY)))[0].text).toContain('Không gửi được');
    await expect(t.conv.officers.reply(t.officerActor('100'), 1, REPLY)).rejects.toMatchObject({ code: 'conflict' });
    expect(t.store.messages(1).filter((m) => m.direction === 'officer')).toEqual([]);
    expect(
      t.store
        .auditEntries(1)
        .filter((e) => e.action === 'reply')
        .map((e) => e.outcome),
    ).toEqual(['conflict', 'conflict', 'conflict']);
    expect(t.logs()).toContain('reply not delivered');
    expect(t.logs()).not.toContain(REPLY);
    expect(t.logs()).not.toContain('biên giới');
  });

  it('a case still waiting in the queue: the claiming officer is refused on the first reply; closing says the citizen was not told', async () => {
    const { t, web, clear } = webCase();
    await t.conv.handle(t.citizen(REPORT, web));
    expect(toOfficer(await clear())).toEqual([]);
    await t.conv.handle(t.officerMsg('100', '/nhan 1'));
    await expect(t.conv.officers.reply(t.officerActor('100'), 1, REPLY)).rejects.toMatchObject({ code: 'conflict' });
    const closed = await t.conv.handle(t.officerMsg('100', '/dong 1 Đã chuyển công an xã'));
    expect(closed.filter((m) => m.to.chatId === web.chatId)).toEqual([]);
    expect(toOfficer(closed)[0].text).toContain('không nhận được thông báo đóng');
  });

  it('a web citizen who did not clear still gets replies', async () => {
    const { t, web } = webCase();
    await t.conv.handle(t.citizen(REPORT, web));
    await t.conv.handle(t.officerMsg('100', '/nhan 1'));
    const out = await t.conv.handle(t.officerMsg('100', `/tl 1 ${REPLY}`));
    expect(out.find((m) => m.to.chatId === web.chatId)?.text).toBe(`Cán bộ tiếp nhận: ${REPLY}`);
  });
});

describe('the web page named in what it says', () => {
  it('points the citizen to the page’s province list and ☰ menu, and says the browser keeps a history', async () => {
    const { t, web, clear } = webCase();
    const [help] = await t.conv.handle(t.citizen('/trogiup', web));
    expect(help.text).toContain('Chọn tỉnh ở đầu trang');
    expect(help.text).toContain('«Xoá khỏi máy này» (trong menu ☰ hoặc dưới tin báo)');
    const [cleared] = await clear();
    expect(cleared.text).toContain('lịch sử trình duyệt');
  });

  it('names the web chat "Web" in officers’ case lines and statistics', async () => {
    const { t, web } = webCase();
    await t.conv.handle(t.citizen(REPORT, web));
    expect((await t.conv.handle(t.officerMsg('100', '/xem 1')))[0].text).toContain(' · Web');
    expect((await t.conv.handle(t.officerMsg('100', '/thongke')))[0].text).toContain('• Web: 1');
  });
});

describe('the close notice', () => {
  it('says what the citizen can do next and offers the way back to an officer', async () => {
    const t = setup({ labels: { [REPORT]: 'report' } });
    await t.conv.handle(t.citizen(REPORT));
    await t.conv.handle(t.officerMsg('100', '/nhan 1'));
    const out = await t.conv.handle(t.officerMsg('100', '/dong 1 Đã xác minh, gia đình đã liên lạc được'));
    const notice = out.find((m) => m.to.chatId === 'chat-citizen')!;
    expect(notice.text).toContain('Bạn có thể:');
    expect(notice.text).toContain('hãy nhắc số #1');
    expect(notice.text).toContain('• 113');
    expect(notice.text).not.toContain('xác minh');
    expect(notice.buttons?.flat().map((b) => b.label)).toEqual(['Gặp cán bộ']);
  });
});
