// A flood of reports: every case is stored and queued, officers get the first few cases one by one, then
// one alert at once and one summary a minute with the counts; urgent cases are never hidden by it.
import { describe, expect, it } from 'vitest';
import { setup } from './helpers.js';

const REPORT = 'Tôi nghi có người bị lừa bán sang biên giới';
const DANGER = 'Cứu tôi, tôi đang bị nhốt';
const OFFICER_CHAT = '100';

type Setup = ReturnType<typeof setup>;

/** A report from a new citizen each time; returns what the officer chat received for it. */
async function reportFrom(t: Setup, i: number, text = REPORT) {
  const out = await t.conv.handle({ ...t.citizen(text), chatId: `c${i}`, userId: `c${i}`, messageId: `m${i}` });
  expect(out.find((m) => m.to.chatId === `c${i}`)?.text).toMatch(/#\d+/);
  return out.filter((m) => m.kind === 'officer' && m.to.chatId === OFFICER_CHAT);
}

const tickToOfficer = async (t: Setup) => (await t.conv.tick(t.now())).filter((m) => m.kind === 'officer' && m.to.chatId === OFFICER_CHAT);

describe('case bursts', () => {
  it('turns 100 reports in 10 s into 3 announcements, 1 alert and 1 summary per officer chat, with every case queued', async () => {
    const t = setup({ labels: { [REPORT]: 'report' } });
    const received = [];
    for (let i = 0; i < 100; i++) {
      received.push(...(await reportFrom(t, i)));
      t.advance(100);
    }
    expect(received.slice(0, 3).map((m) => m.caseId)).toEqual([1, 2, 3]);
    expect(received.slice(0, 3).every((m) => m.buttons?.length)).toBe(true);
    expect(received).toHaveLength(4);
    expect(received[3].text).toContain('Số vụ việc mới tăng bất thường: 4 vụ trong một phút qua');
    expect(received[3].caseId).toBeUndefined();
    // Nothing more until the summary is due, a minute after the alert.
    t.advance(40_000);
    expect(await tickToOfficer(t)).toEqual([]);
    t.advance(20_000);
    const summary = await tickToOfficer(t);
    expect(summary).toHaveLength(1);
    expect(summary[0].text).toContain('Thêm 96 vụ việc mới kể từ thông báo trước');
    expect(summary[0].text).not.toContain('khẩn cấp:');
    expect(t.store.listCases()).toHaveLength(100);
    // The flood is over: the next minute brings nothing, and the next case is announced on its own again.
    t.advance(60_000);
    expect(await tickToOfficer(t)).toEqual([]);
    const next = await reportFrom(t, 100);
    expect(next.map((m) => m.caseId)).toEqual([101]);
  });

  it('announces every case on its own at a normal rate', async () => {
    const t = setup({ labels: { [REPORT]: 'report', [DANGER]: 'emergency' } });
    for (let i = 0; i < 30; i++) {
      const got = await reportFrom(t, i, i % 5 === 0 ? DANGER : REPORT);
      expect(got.map((m) => m.caseId)).toEqual([i + 1]);
      expect(got[0].text.includes('KHẨN')).toBe(i % 5 === 0);
      t.advance(25_000);
    }
    expect((await tickToOfficer(t)).filter((m) => !m.caseId)).toEqual([]);
  });

  it('still announces urgent cases one by one during a flood, and names the urgent ones beyond that in a sooner summary', async () => {
    const t = setup({ labels: { [REPORT]: 'report', [DANGER]: 'emergency' } });
    for (let i = 0; i < 10; i++) await reportFrom(t, i); // 3 announced, the alert, 6 batched
    const urgent = [];
    for (let i = 10; i < 15; i++) urgent.push(...(await reportFrom(t, i, DANGER)));
    // The first three emergencies (the urgent allowance) reach officers at once, with text and claim button.
    expect(urgent.map((m) => m.caseId)).toEqual([11, 12, 13]);
    expect(urgent.every((m) => m.text.includes('KHẨN') && m.buttons?.length)).toBe(true);
    t.advance(14_000);
    expect(await tickToOfficer(t)).toEqual([]);
    t.advance(1_000);
    const summary = await tickToOfficer(t);
    expect(summary).toHaveLength(1);
    expect(summary[0].text).toContain('Thêm 8 vụ việc mới kể từ thông báo trước, trong đó 2 vụ khẩn cấp: #14, #15');
    // The queue lists the urgent cases first.
    const queue = t.store.listCases();
    expect(queue).toHaveLength(15);
    expect(queue.slice(0, 5).every((c) => c.urgent)).toBe(true);
  });

  it('reminds officers of many waiting cases with one summary instead of one message per case', async () => {
    const t = setup({ labels: { [REPORT]: 'report', [DANGER]: 'emergency' } });
    for (let i = 0; i < 6; i++) {
      await reportFrom(t, i, i === 2 ? DANGER : REPORT);
      t.advance(30_000); // a normal pace: each one announced
    }
    t.advance(15 * 60_000);
    const reminders = await tickToOfficer(t);
    expect(reminders).toHaveLength(1);
    expect(reminders[0].text).toContain('6 vụ việc vẫn đang chờ cán bộ nhận xử lý, trong đó 1 vụ khẩn cấp: #3');
    // Recorded as re-announced: nothing again at the next tick.
    t.advance(30_000);
    expect(await tickToOfficer(t)).toEqual([]);
  });
});
