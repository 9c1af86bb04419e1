import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCaseStore } from '../../handlers/cases/store.js';
import { CaseError, type OutgoingMessage } from '../../handlers/types.js';
import { setup, officersFrom } from './helpers.js';

const REPORT = 'Con gái tôi tên Lan đi làm ở Campuchia, mất liên lạc ba tuần nay';
const DANGER = 'Tôi đang bị nhốt trong một căn nhà, họ lấy điện thoại của tôi';
const labels = { [REPORT]: 'report', [DANGER]: 'emergency', 'chào bot': 'smalltalk' } as const;

const dir = mkdtempSync(join(tmpdir(), 'conv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const toChat = (out: OutgoingMessage[], chatId: string) => out.filter((m) => m.to.chatId === chatId);
const citizenOut = (out: OutgoingMessage[]) => toChat(out, 'chat-citizen');

describe('citizen reports and emergencies', () => {
  it('gives 113, 111 and the Quảng Nam hotline in the first emergency reply and alerts officers as urgent', async () => {
    const t = setup({ labels, deps: { defaultProvince: 'quang-nam' } });
    const out = await t.conv.handle(t.citizen(DANGER));
    const first = citizenOut(out)[0];
    expect(first.kind).toBe('emergency');
    expect(first.text).toContain('113');
    expect(first.text).toContain('111');
    expect(first.text).toContain('1800 1581');
    expect(first.text).toMatch(/cán bộ/);
    expect(first.text).not.toContain('nhốt');
    const announcements = out.filter((m) => m.kind === 'officer');
    expect(announcements.map((m) => `${m.to.channel}:${m.to.chatId}`).sort()).toEqual([
      'telegram:100',
      'telegram:200',
      'web:officers',
      'zalo:z-officer',
    ]);
    expect(announcements[0].text).toContain('🔴 KHẨN');
    expect(announcements[0].text).toContain('#1');
    expect(announcements[0].text).toContain(DANGER);
    expect(announcements[0].buttons?.[0][0]).toEqual({ label: 'Nhận xử lý', data: 'claim:1' });
    expect(announcements[0].text).not.toContain('Bí Mật');
  });

  it('uses the province chosen with /tinh', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen('/tinh Quảng Nam'));
    const out = await t.conv.handle(t.citizen(REPORT));
    const r = citizenOut(out)[0];
    expect(r.kind).toBe('case');
    expect(r.text).toContain('#1');
    expect(r.text).toContain('1800 1581');
    expect(r.text).toMatch(/bí mật/);
    expect(r.text).not.toContain('Campuchia');
    expect(r.text).not.toContain('Lan');
  });

  it('stores the case before replying and keeps long reports whole, truncating only the announcement', async () => {
    const t = setup({ labels: { ['x'.repeat(3000)]: 'report' } });
    const out = await t.conv.handle(t.citizen('x'.repeat(3000)));
    const c = t.store.getCase(1)!;
    expect(t.store.messages(c.id)[0].text).toHaveLength(3000);
    const ann = out.find((m) => m.kind === 'officer')!;
    expect(ann.text).not.toContain('x'.repeat(501));
    expect(ann.text).toContain('x'.repeat(500) + '…');
  });

  it('answers questions through the answerer with the province and history, and smalltalk with usage help', async () => {
    const t = setup({ labels, deps: { defaultProvince: 'dong-nai' } });
    await t.conv.handle(t.citizen('Nạn nhân được hỗ trợ gì?'));
    const out = await t.conv.handle(t.citizen('Còn trẻ em thì sao?'));
    expect(out[0].text).toBe('Trả lời: Còn trẻ em thì sao?');
    expect(t.questions[1]).toEqual({ q: 'Còn trẻ em thì sao?', province: 'dong-nai', history: ['Nạn nhân được hỗ trợ gì?'] });
    const hi = await t.conv.handle(t.citizen('chào bot'));
    expect(hi[0].text).toContain('Cứ nhắn câu hỏi');
    expect(t.store.listCases({ includeClosed: true })).toHaveLength(0);
  });

  it('normalises text: zero-width characters and NFD input still match', async () => {
    const t = setup({ labels });
    const out = await t.conv.handle(t.citizen(`\u200B${REPORT.normalize('NFD')}\uFEFF`));
    expect(citizenOut(out)[0].kind).toBe('case');
  });

  it('processes a duplicate delivery once', async () => {
    const t = setup({ labels });
    const msg = t.citizen(REPORT);
    expect((await t.conv.handle(msg)).length).toBeGreaterThan(0);
    expect(await t.conv.handle({ ...msg })).toEqual([]);
    expect(t.store.listCases()).toHaveLength(1);
    expect(t.store.messages(1).filter((m) => m.direction === 'citizen')).toHaveLength(1);
  });

  it('answers stickers, images and empty messages with a clear Vietnamese message', async () => {
    const t = setup({ labels });
    const out = await t.conv.handle(t.citizen('', { kind: 'sticker', text: undefined }));
    expect(out[0].text).toContain('chỉ đọc được tin nhắn chữ');
    const empty = await t.conv.handle(t.citizen('\u200B  '));
    expect(empty[0].text).toContain('trống');
  });

  it('gives the hotlines when the database fails, and still alerts officers', async () => {
    const store = openCaseStore(':memory:');
    const broken = {
      ...store,
      createCase: () => {
        throw new Error('SQLITE_FULL: database or disk is full');
      },
    };
    const t = setup({ labels, store: broken, deps: { defaultProvince: 'quang-nam' } });
    const out = await t.conv.handle(t.citizen(REPORT));
    const r = citizenOut(out)[0];
    expect(r.kind).toBe('error');
    expect(r.text).toContain('113');
    expect(r.text).toContain('111');
    expect(r.text).toContain('1800 1581');
    expect(out.some((m) => m.kind === 'officer' && m.to.chatId === '100')).toBe(true);
  });

  it('gives the hotlines when every store call fails', async () => {
    const store = openCaseStore(':memory:');
    const t = setup({ labels, store });
    store.close();
    const out = await t.conv.handle(t.citizen(REPORT));
    expect(out).toHaveLength(1);
    expect(out[0].text).toContain('113');
    expect(out[0].text).toContain('111');
  });

  it('never writes report text or identities into the logs', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen(REPORT));
    await t.conv.handle(t.citizen('Họ giữ hộ chiếu của cháu'));
    await t.conv.officers.claim(t.officerActor('100'), 1);
    await t.conv.handle(t.officerMsg('100', 'Chị cho tôi xin địa chỉ'));
    await t.conv.officers.close(t.officerActor('100'), 1, 'Đã chuyển công an huyện xác minh');
    const logs = t.logs();
    expect(logs).toContain('case opened');
    for (const secret of ['Campuchia', 'hộ chiếu', 'địa chỉ', 'công an huyện', 'citizen-1', 'chat-citizen', 'Bí Mật']) {
      expect(logs).not.toContain(secret);
    }
  });
});

describe('handoff', () => {
  it('survives a restart: the reopened store still routes the citizen to the case', async () => {
    const file = join(dir, 'restart.db');
    const s1 = openCaseStore(file);
    const t1 = setup({ labels, store: s1 });
    await t1.conv.handle(t1.citizen(REPORT));
    s1.close();
    const s2 = openCaseStore(file);
    const t2 = setup({ labels, store: s2 });
    const out = await t2.conv.handle(t2.citizen('Tôi nhớ thêm một chi tiết', { messageId: 'after-restart' }));
    expect(out[0].text).toContain('#1');
    // The acknowledgement is kept with the case, so officers see what the citizen was told.
    expect(s2.messages(1).map((m) => m.direction)).toEqual(['citizen', 'bot', 'citizen', 'bot']);
    s2.close();
  });

  it('lets exactly one of two simultaneous claims win and tells the loser who has it', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen(REPORT));
    const results = await Promise.allSettled([
      t.conv.officers.claim(t.officerActor('100'), 1),
      t.conv.officers.claim(t.officerActor('200'), 1),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(CaseError);
    expect(lost.reason.code).toBe('conflict');
    expect(lost.reason.message).toContain('Cán bộ 100');
    // Via the button as well: the second press gets a Vietnamese message.
    const out = await t.conv.handle(t.officerMsg('200', '', { kind: 'callback', callbackData: 'claim:1', text: undefined }));
    expect(out[0].text).toContain('đã được Cán bộ 100 nhận');
  });

  it('relays both ways after a claim, with the officer prefix; the bot stops answering and acknowledges once', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen(REPORT));
    const claimed = await t.conv.handle(t.officerMsg('100', '/nhan 1'));
    expect(citizenOut(claimed)[0].text).toContain('đã tiếp nhận');
    expect(toChat(claimed, '200')[0].text).toContain('Cán bộ 100');
    const fromCitizen = await t.conv.handle(t.citizen('Nạn nhân được hỗ trợ gì?'));
    expect(t.questions).toHaveLength(0);
    const relayed = toChat(fromCitizen, '100');
    expect(relayed).toHaveLength(1);
    expect(relayed[0].text).toContain('Nạn nhân được hỗ trợ gì?');
    expect(citizenOut(fromCitizen).map((m) => m.text)).toEqual(['Đã chuyển tới cán bộ đang xử lý vụ việc #1.']);
    // A second message before the officer answers is relayed without saying the same thing again.
    const more = await t.conv.handle(t.citizen('Cô ấy đi từ tháng Ba'));
    expect(citizenOut(more)).toEqual([]);
    expect(toChat(more, '100')).toHaveLength(1);
    const plain = await t.conv.handle(t.officerMsg('100', 'Chị đang ở đâu?'));
    expect(citizenOut(plain)[0].text).toBe('Cán bộ tiếp nhận: Chị đang ở đâu?');
    const cmd = await t.conv.handle(t.officerMsg('100', '/tl 1 Chị giữ bình tĩnh nhé'));
    expect(citizenOut(cmd)[0].text).toBe('Cán bộ tiếp nhận: Chị giữ bình tĩnh nhé');
    expect(t.store.messages(1).filter((m) => m.direction === 'officer')).toHaveLength(2);
  });

  it('asks an officer holding several cases to use /tl', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen(REPORT));
    await t.conv.handle(t.citizen(REPORT, { userId: 'citizen-2', chatId: 'chat-2' }));
    await t.conv.handle(t.officerMsg('100', '/nhan 1'));
    await t.conv.handle(t.officerMsg('100', '/nhan 2'));
    const out = await t.conv.handle(t.officerMsg('100', 'Xin chào'));
    expect(out).toHaveLength(1);
    expect(out[0].text).toContain('/tl');
  });

  it('closes with a note the citizen never sees, and the bot resumes answering', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen(REPORT));
    await t.conv.handle(t.officerMsg('100', '/nhan 1'));
    const noNote = await t.conv.handle(t.officerMsg('100', '/dong 1'));
    expect(noNote[0].text).toContain('ghi chú');
    const out = await t.conv.handle(t.officerMsg('100', '/dong 1 Gia đình đã liên lạc lại được, chuyển công an xã'));
    const toCitizen = citizenOut(out);
    expect(toCitizen).toHaveLength(1);
    expect(toCitizen[0].text).toContain('#1');
    expect(toCitizen[0].text).toContain('khép lại');
    expect(toCitizen[0].text).not.toContain('công an xã');
    expect(t.store.getCase(1)!.resolution).toContain('công an xã');
    const after = await t.conv.handle(t.citizen('Nạn nhân được hỗ trợ gì?'));
    expect(after[0].text).toBe('Trả lời: Nạn nhân được hỗ trợ gì?');
  });

  it('refuses replies to a case the officer no longer holds', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen(REPORT));
    await t.conv.handle(t.officerMsg('100', '/nhan 1'));
    await t.conv.handle(t.officerMsg('100', '/tra 1'));
    const out = await t.conv.handle(t.officerMsg('100', '/tl 1 Còn đó không?'));
    expect(out).toHaveLength(1);
    expect(out[0].kind).toBe('error');
    expect(out[0].text).toContain('không còn giữ vụ việc #1');
    await expect(t.conv.officers.reply(t.officerActor('200'), 1, 'x')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('treats a message after the case was closed as a new conversation', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen(REPORT));
    await t.conv.officers.claim(t.officerActor('200'), 1);
    await t.conv.officers.close(t.officerActor('200'), 1, 'Không đủ thông tin');
    const out = await t.conv.handle(t.citizen(DANGER));
    expect(citizenOut(out)[0].kind).toBe('emergency');
    expect(citizenOut(out)[0].text).toContain('#2');
  });

  it('re-announces unclaimed cases on tick and tells the citizen once, honestly, about 111', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen(REPORT));
    expect(await t.conv.tick(t.advance(14 * 60_000))).toEqual([]);
    const out = await t.conv.tick(t.advance(60_000));
    expect(out.filter((m) => m.kind === 'officer' && m.text.includes('Nhắc lại'))).toHaveLength(4);
    const notice = citizenOut(out);
    expect(notice).toHaveLength(1);
    expect(notice[0].text).toContain('111');
    // No hours or cost the documents do not state.
    expect(notice[0].text).not.toContain('24/7');
    expect(notice[0].text).not.toContain('miễn phí');
    expect(await t.conv.tick(t.advance(60_000))).toEqual([]);
    const again = await t.conv.tick(t.advance(15 * 60_000));
    expect(again.length).toBe(4);
    expect(citizenOut(again)).toHaveLength(0);
  });

  it('says when to expect contact outside working hours', async () => {
    const t = setup({ labels, deps: { workingHours: { start: 7, end: 17, days: [1, 2, 3, 4, 5] } } });
    t.advance(12 * 3600_000); // Monday 22:00 in Vietnam
    const out = await t.conv.handle(t.citizen(REPORT));
    expect(citizenOut(out)[0].text).toContain('ngoài giờ làm việc');
    expect(citizenOut(out)[0].text).toContain('từ 7 giờ ngày mai (thứ Ba)');
  });

  it('release puts the case back in the queue and re-announces it', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen(REPORT));
    await t.conv.officers.claim(t.officerActor('100'), 1);
    const out = await t.conv.officers.release(t.officerActor('100'), 1);
    expect(out.filter((m) => m.text.includes('trả lại hàng đợi') && m.buttons)).toHaveLength(4);
    expect(t.store.getCase(1)!.status).toBe('open');
    await t.conv.officers.claim(t.officerActor('200'), 1);
  });

  it('a citizen can ask for an officer with /canbo and the button', async () => {
    const t = setup({ labels });
    const start = await t.conv.handle(t.citizen('/start'));
    expect(start[0].buttons?.flat().map((b) => b.data)).toEqual(['province', 'officer']);
    const out = await t.conv.handle(t.citizen('', { kind: 'callback', callbackData: 'officer', text: undefined }));
    expect(citizenOut(out)[0].text).toContain('#1');
    const c = t.store.getCase(1)!;
    expect([c.label, c.urgent]).toEqual(['report', false]);
    const again = await t.conv.handle(t.citizen('/canbo'));
    expect(again).toHaveLength(1);
    expect(again[0].text).toContain('đang có vụ việc #1');
  });

  it('shows the citizen name to officers only after /dongy', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen('/dongy'));
    const out = await t.conv.handle(t.citizen(REPORT));
    expect(out.find((m) => m.kind === 'officer')!.text).toContain('Nguyễn Văn Bí Mật');
    expect((await t.conv.officers.read(t.officerActor('100'), 1)).citizenName).toBe('Nguyễn Văn Bí Mật');
  });
});

describe('safety and access control', () => {
  it('/xoa returns the recorded bot message ids of the chat and tells how to delete own messages', async () => {
    const t = setup({ labels });
    const out = await t.conv.handle(t.citizen(REPORT));
    let pid = 500;
    const inCitizenChat: string[] = [];
    const deliver = async (msgs: OutgoingMessage[]) => {
      for (const m of msgs) {
        const id = String(pid++);
        if (m.to.chatId === 'chat-citizen') inCitizenChat.push(id);
        await t.conv.recordDelivery(m, id);
      }
    };
    await deliver(out);
    await deliver(await t.conv.officers.claim(t.officerActor('100'), 1));
    await deliver(await t.conv.officers.reply(t.officerActor('100'), 1, 'Chị an toàn chứ?'));
    expect(inCitizenChat).toHaveLength(3);
    const erase = await t.conv.handle(t.citizen('/xoa'));
    expect(erase[0].deleteMessageIds).toEqual(inCitizenChat);
    expect(erase[0].to).toEqual({ channel: 'zalo', chatId: 'chat-citizen' });
    expect(erase[1].text).toContain('Xoá');
    const button = await t.conv.handle(t.citizen('', { kind: 'callback', callbackData: 'erase', text: undefined }));
    expect(button.some((m) => m.deleteMessageIds)).toBe(false);
  });

  it('refuses non-officers politely in chat and in the API, and audits every attempt', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen(REPORT));
    const intruder = { channel: 'zalo' as const, userId: 'citizen-9', chatId: 'chat-9' };
    await expect(t.conv.officers.read(intruder, 1)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.conv.officers.claim(intruder, 1)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.conv.officers.close(intruder, 1, 'x')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.conv.officers.queue(intruder)).rejects.toMatchObject({ code: 'forbidden' });
    for (const cmd of ['/xem 1', '/nhan 1', '/dong 1 xong', '/hangdoi', '/thongke']) {
      const out = await t.conv.handle(t.citizen(cmd, { userId: 'citizen-9', chatId: 'chat-9' }));
      expect(out).toHaveLength(1);
      expect(out[0].text).toContain('chỉ dành cho cán bộ');
      expect(out[0].text).not.toContain('Campuchia');
    }
    const denied = t.store.auditEntries().filter((e) => e.outcome === 'denied');
    expect(denied.map((e) => e.action)).toEqual(['read', 'claim', 'close', 'queue', 'xem', 'nhan', 'dong', 'queue', 'stats']);
    expect(denied.every((e) => e.actor === t.store.actorRef('zalo', 'citizen-9'))).toBe(true);
    expect(t.store.getCase(1)!.status).toBe('open');
    await t.conv.officers.read(t.officerActor('100'), 1);
    expect(
      t.store.auditEntries(1).some((e) => e.action === 'read' && e.outcome === 'ok' && e.actor === t.store.actorRef('telegram', '100')),
    ).toBe(true);
  });

  it('lists the queue urgent first for officers', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen(REPORT));
    await t.conv.handle(t.citizen(DANGER, { userId: 'citizen-2', chatId: 'chat-2' }));
    const q = await t.conv.officers.queue(t.officerActor('200'));
    expect(q.map((c) => [c.number, c.urgent])).toEqual([
      [2, true],
      [1, false],
    ]);
    const out = await t.conv.handle(t.officerMsg('200', '/hangdoi'));
    expect(out[0].text.indexOf('#2')).toBeLessThan(out[0].text.indexOf('#1'));
    const view = await t.conv.handle(t.officerMsg('200', '/xem 1'));
    expect(view[0].text).toContain(REPORT);
  });

  it('prints statistics without personal data', async () => {
    const t = setup({ labels });
    await t.conv.handle(t.citizen('/dongy'));
    await t.conv.handle(t.citizen(REPORT));
    await t.conv.handle(t.citizen(DANGER, { userId: 'citizen-2', chatId: 'chat-2' }));
    t.advance(10 * 60_000);
    await t.conv.handle(t.officerMsg('100', '/nhan 1'));
    await t.conv.handle(t.officerMsg('100', '/ghichu 1 Ghi chú riêng về gia đình'));
    t.advance(50 * 60_000);
    await t.conv.handle(t.officerMsg('100', '/dong 1 Đã xác minh với gia đình'));
    const out = await t.conv.handle(t.officerMsg('200', '/thongke'));
    const text = out[0].text;
    expect(text).toContain('tổng 2');
    expect(text).toContain('tin báo: 1');
    expect(text).toContain('khẩn cấp: 1');
    expect(text).toContain('Zalo: 2');
    expect(text).toContain('2026-03: 2');
    expect(text).toContain('10 phút');
    expect(text).toContain('1 giờ 0 phút');
    for (const secret of ['Campuchia', 'nhốt', 'Bí Mật', 'citizen', 'chat-', 'gia đình', 'Cán bộ 100', '#1'])
      expect(text).not.toContain(secret);
  });
});

describe('more routes', () => {
  it('gives hotlines at once and raises the case when danger appears inside an open case', async () => {
    const t = setup({ labels, deps: { defaultProvince: 'quang-nam' } });
    await t.conv.handle(t.citizen(REPORT));
    const out = await t.conv.handle(t.citizen(DANGER));
    const r = citizenOut(out)[0];
    expect(r.kind).toBe('emergency');
    expect(r.text).toContain('113');
    expect(r.text).toContain('1800 1581');
    expect(t.store.getCase(1)!.urgent).toBe(true);
    expect(out.filter((m) => m.kind === 'officer' && m.text.includes('🔴 KHẨN #1'))).toHaveLength(4);
    expect(t.store.listCases()).toHaveLength(1);
  });

  it('offers the four provinces as buttons and rejects unknown ones', async () => {
    const t = setup({ labels });
    const out = await t.conv.handle(t.citizen('', { kind: 'callback', callbackData: 'province', text: undefined }));
    expect(out[0].buttons?.flat().map((b) => b.data)).toEqual([
      'province:quang-nam',
      'province:binh-dinh',
      'province:soc-trang',
      'province:dong-nai',
    ]);
    const set = await t.conv.handle(t.citizen('', { kind: 'callback', callbackData: 'province:soc-trang', text: undefined }));
    expect(set[0].text).toContain('Sóc Trăng');
    const bad = await t.conv.handle(t.citizen('/tinh ha-noi'));
    expect(bad[0].text).toContain('chưa có dữ liệu');
    await t.conv.handle(t.citizen('Hỏi gì đó?'));
    expect(t.questions[0].province).toBe('soc-trang');
    const unknown = await t.conv.handle(t.citizen('/abc'));
    expect(unknown[0].text).toContain('chưa hiểu lệnh');
  });

  it('passes "Xem toàn văn" buttons to fullSection', async () => {
    const seen: string[] = [];
    const t = setup({
      labels,
      deps: {
        fullSection: (data) => (seen.push(data), data === 'full:k1' ? { kind: 'answer', text: 'Toàn văn mục', citations: [] } : undefined),
      },
    });
    const out = await t.conv.handle(t.citizen('', { kind: 'callback', callbackData: 'full:k1', text: undefined }));
    expect(out[0].text).toBe('Toàn văn mục');
    const missing = await t.conv.handle(t.citizen('', { kind: 'callback', callbackData: 'full:gone', text: undefined }));
    expect(missing[0].text).toContain('Không tìm thấy');
    expect(seen).toEqual(['full:k1', 'full:gone']);
  });

  it('announces to the officers group, accepts claims from it and ignores its chatter', async () => {
    const t = setup({ labels, deps: { officers: officersFrom({ telegram: ['100'], zalo: [], web: [], telegramGroupChatId: '-500' }) } });
    const out = await t.conv.handle(t.citizen(REPORT));
    expect(
      out
        .filter((m) => m.kind === 'officer')
        .map((m) => m.to.chatId)
        .sort(),
    ).toEqual(['-500', '100']);
    const chatter = await t.conv.handle(t.officerMsg('777', 'ai trực hôm nay?', { chatId: '-500' }));
    expect(chatter).toEqual([]);
    const claim = await t.conv.handle(t.officerMsg('777', '/nhan 1', { chatId: '-500' }));
    expect(citizenOut(claim)[0].text).toContain('đã tiếp nhận');
    expect(t.store.getCase(1)!.claimedBy).toBe(t.store.actorRef('telegram', '777'));
  });
});
