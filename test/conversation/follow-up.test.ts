// The first reply fits who is writing and what they face; follow-ups in an open case are answered for what
// they ask, never with the same words twice in a row, and the citizen always learns where the message went.
import { describe, expect, it } from 'vitest';
import type { OutgoingMessage, TriageLabel } from '../../handlers/types.js';
import { setup } from './helpers.js';

const citizenOut = (out: OutgoingMessage[]) => out.filter((m) => m.to.chatId === 'chat-citizen');
const HOUR = 3_600_000;
const ANY_HOUR = 'Kể cả ngoài giờ làm việc, khi nguy hiểm hãy gọi ngay 113';

const RANSOM = 'Anh trai tôi làm ở bên kia biên giới, có người gọi về bắt gia đình chuyển 80 triệu thì mới thả anh ấy';
const SELF = 'Cứu em, em đang bị nhốt ở tầng hai một quán, không ra được';
const RELATIVE = 'Bạn tôi được một người lạ hứa việc nhẹ lương cao ở nước ngoài, tôi thấy rất đáng ngờ';
const MISSING = 'Con gái tôi đi làm xa hai tháng nay, giờ mất liên lạc hoàn toàn';

async function firstReply(text: string, label: TriageLabel, deps = {}): Promise<string> {
  const t = setup({ labels: { [text]: label }, deps });
  return citizenOut(await t.conv.handle(t.citizen(text)))[0].text;
}

describe('the first reply fits the situation', () => {
  it('a ransom demand: do not transfer, keep the messages and numbers, call 113', async () => {
    const text = await firstReply(RANSOM, 'emergency');
    expect(text).toMatch(/^Đừng chuyển tiền/);
    expect(text).toContain('Giữ lại mọi tin nhắn, ghi âm, số điện thoại và số tài khoản');
    expect(text).toContain('Gọi 113');
    expect(text).toContain('• 111');
    expect(text).not.toContain('người giữ hoặc ép bạn');
    // Never repeats what was reported: someone else may read the phone.
    expect(text).not.toContain('80 triệu');
    expect(text).toContain('#1');
  });

  it('the person in danger themself: get to safety, keep the phone hidden', async () => {
    const text = await firstReply(SELF, 'emergency');
    expect(text).toMatch(/^Nếu bạn đang gặp nguy hiểm, hãy GỌI NGAY:\n• 113/);
    expect(text).toContain('đừng một mình đối đầu với người giữ hoặc ép bạn');
    expect(text).toContain('Giữ điện thoại kín đáo');
    expect(text).not.toContain('nhốt');
  });

  it('a relative or witness: do not confront anyone, write down what you know', async () => {
    const text = await firstReply(RELATIVE, 'report');
    expect(text).toContain('Đừng tự mình tìm đến hay đối đầu');
    expect(text).toContain('Ghi lại những gì bạn biết');
    expect(text).not.toContain('Giữ điện thoại kín đáo');
    expect(text).not.toContain('chuyển tiền');
  });

  it('a missing person: the last contact, their numbers and accounts, 113 when they call', async () => {
    const text = await firstReply(MISSING, 'report');
    expect(text).toContain('Ghi lại lần cuối liên lạc được');
    expect(text).toContain('tài khoản mạng xã hội');
    expect(text).not.toContain('chuyển tiền');
  });
});

describe('what the citizen can expect', () => {
  const HOURS = { workingHours: { start: 7, end: 17, days: [1, 2, 3, 4, 5] } };

  it('without working hours: honest words, and 113 at any hour without hours the documents do not state', async () => {
    const text = await firstReply(RELATIVE, 'report');
    expect(text).toContain('mình chưa thể hứa chính xác là bao lâu');
    expect(text).toContain(ANY_HOUR);
    expect(text).not.toContain('24/7');
  });

  it("the lines a deployer's directory marks 24/7 are named as answering around the clock", async () => {
    const directory = {
      national: [{ name: 'Tổng đài quốc gia bảo vệ trẻ em', phone: '111', role: 'Tiếp nhận tin báo.', hours: '24/7' }],
      provinces: {},
    };
    const text = await firstReply(RELATIVE, 'report', { contacts: () => directory });
    expect(text).toContain('Các số 111 nghe máy 24/7');
  });

  it('within working hours: the hours and days officers work', async () => {
    // The helper's clock is a Monday, 10:00 in Vietnam.
    const text = await firstReply(RELATIVE, 'report', HOURS);
    expect(text).toContain('Cán bộ làm việc 7–17 giờ, thứ Hai đến thứ Sáu');
    expect(text).toContain(ANY_HOUR);
  });

  it('outside working hours: when officers are next at work', async () => {
    const t = setup({ labels: { [RELATIVE]: 'report' }, deps: HOURS });
    t.advance(9 * HOUR); // Monday 19:00
    const text = citizenOut(await t.conv.handle(t.citizen(RELATIVE)))[0].text;
    expect(text).toContain('ngoài giờ làm việc');
    expect(text).toContain('từ 7 giờ ngày mai (thứ Ba)');
    expect(text).toContain(ANY_HOUR);
  });
});

describe('follow-ups in an open case', () => {
  const MONEY = 'tôi có nên chuyển tiền cho họ không? tôi sợ lắm';

  it('a money question is answered about money (and the fear), then in other words when asked again', async () => {
    const t = setup({ labels: { [RANSOM]: 'report' } });
    const first = citizenOut(await t.conv.handle(t.citizen(RANSOM)))[0].text;
    const answer = citizenOut(await t.conv.handle(t.citizen(MONEY)))[0].text;
    expect(answer).not.toBe(first);
    expect(answer).toMatch(/^Mình hiểu bạn đang rất lo sợ/);
    expect(answer).toContain('Bạn đừng chuyển tiền cho họ');
    expect(answer).toContain('Gọi 113');
    expect(answer).toContain('Tin nhắn đã được ghi vào vụ việc #1');
    const again = citizenOut(await t.conv.handle(t.citizen(MONEY)))[0].text;
    expect(again).not.toBe(answer);
    expect(again).toContain('đừng chuyển tiền cho họ');
    expect(again).toContain('113');
    // What the citizen was told is kept with the case for the officer.
    expect(
      t.store
        .messages(1)
        .filter((m) => m.direction === 'bot')
        .map((m) => m.text),
    ).toEqual([first, answer, again]);
  });

  it('a safety question: what to do if threatened, 113', async () => {
    const t = setup({ labels: { [MISSING]: 'report' } });
    await t.conv.handle(t.citizen(MISSING));
    const text = citizenOut(await t.conv.handle(t.citizen('nhà tôi có an toàn không, tối qua có người lạ đứng trước cổng')))[0].text;
    expect(text).toContain('bị đe dọa ngay lúc này, hãy gọi 113');
    expect(text).toContain('đừng gặp hay trả lời những người đe dọa');
    expect(text).not.toContain('chuyển tiền');
  });

  it('what happens next: waiting for an officer, then the officer who holds the case', async () => {
    const t = setup({ labels: { [RELATIVE]: 'report' } });
    await t.conv.handle(t.citizen(RELATIVE));
    const waiting = citizenOut(await t.conv.handle(t.citizen('Bao giờ thì có cán bộ trả lời ạ?')))[0].text;
    expect(waiting).toContain('Khi một cán bộ nhận, bạn sẽ thấy thông báo tại đây');
    expect(waiting).toContain(ANY_HOUR);
    await t.conv.handle(t.officerMsg('100', '/nhan 1'));
    const held = citizenOut(await t.conv.handle(t.citizen('Giờ tôi phải làm gì tiếp theo?')))[0].text;
    expect(held).toContain('Cán bộ đang xử lý vụ việc #1 đã nhận được tin nhắn của bạn');
  });

  it('danger in a case gives the hotlines every time, never the same words twice in a row', async () => {
    const danger = 'Họ đang đến, tôi bị đe dọa';
    const t = setup({ labels: { [RELATIVE]: 'report', [danger]: 'emergency' } });
    await t.conv.handle(t.citizen(RELATIVE));
    const one = citizenOut(await t.conv.handle(t.citizen(danger)))[0];
    const two = citizenOut(await t.conv.handle(t.citizen(danger)))[0];
    for (const m of [one, two]) {
      expect(m.kind).toBe('emergency');
      expect(m.text).toContain('• 113');
    }
    expect(two.text).not.toBe(one.text);
  });

  it('a detail for the officer is acknowledged, in other words the second time', async () => {
    const t = setup({ labels: { [RELATIVE]: 'report' } });
    await t.conv.handle(t.citizen(RELATIVE));
    const replies: string[] = [];
    for (const detail of ['Cô ấy cao khoảng 1m55', 'Tóc ngắn, hay mặc áo xanh', 'Đi cùng hai người đàn ông']) {
      replies.push(citizenOut(await t.conv.handle(t.citizen(detail)))[0].text);
    }
    for (const r of replies) expect(r).toContain('vụ việc #1');
    expect(replies[1]).not.toBe(replies[0]);
    expect(replies[2]).not.toBe(replies[1]);
  });

  it('with an officer holding the case: acknowledged once, and again after the officer writes', async () => {
    const t = setup({ labels: { [RELATIVE]: 'report' } });
    await t.conv.handle(t.citizen(RELATIVE));
    await t.conv.handle(t.officerMsg('100', '/nhan 1'));
    const ack = 'Đã chuyển tới cán bộ đang xử lý vụ việc #1.';
    expect(citizenOut(await t.conv.handle(t.citizen('Cô ấy cao khoảng 1m55'))).map((m) => m.text)).toEqual([ack]);
    expect(citizenOut(await t.conv.handle(t.citizen('Tóc ngắn')))).toEqual([]);
    await t.conv.handle(t.officerMsg('100', 'Chị gửi giúp ảnh của cô ấy nhé'));
    expect(citizenOut(await t.conv.handle(t.citizen('Tôi không có ảnh'))).map((m) => m.text)).toEqual([ack]);
  });
});
