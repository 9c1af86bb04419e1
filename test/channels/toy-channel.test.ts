// Adding a channel is one folder (./toy) and one registration line: through it a citizen asks a
// question, reports, an officer on the same channel claims the case and both talk through the bot.
// What the conversation offers follows the capabilities a channel declares, not its name.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app.js';
import { runOfficerCommand } from '../../bot/cli/officer.js';
import { openCaseStore } from '../../handlers/cases/store.js';
import { CHANNELS } from '../../bot/channels.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { encodePayload } from '../../handlers/payload.js';
import { createToyChannel, type ToyChannel } from './toy/channel.js';

const toy = createToyChannel(['officer-1']);
// Like a web page: its own buttons stand for commands, and it keeps the whole conversation on the device
// (but it is no web page: no province list at its top, no ☰ menu).
const page = createToyChannel(['page-officer'], {
  name: 'toy-page',
  capabilities: { label: 'Trang thử', typedCommands: false, clearsConversation: true },
});
const REPORT = 'Em gái tôi đi làm ở Campuchia theo lời một người quen, giờ mất liên lạc hai tuần rồi, tôi nghi bị lừa bán';
let app: App;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'toy-'));
  // The suite opens cases faster than any real day: each is announced on its own (bursts: test/conversation/burst.test.ts).
  const config = loadConfig({
    DATA_DIR: dir,
    PORT: '0',
    OFFICER_WEB_PASSWORD: 'mat-khau-thu-nghiem',
    DEFAULT_PROVINCE: 'quang-nam',
    CASE_BURST_PER_MINUTE: '1000',
  });
  app = await createApp(config, createLogger({ level: 'silent' }), { tickMs: 3_600_000, channels: [...CHANNELS, toy, page] });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const to = (chatId: string) => toy.sent.filter((m) => m.chatId === chatId);
const onPage = (chatId: string) => page.sent.filter((m) => m.chatId === chatId);
const ERASE = encodePayload({ kind: 'erase' });

/** The citizen reports in `chatId` and then taps the erase button under the case reply; returns the replies in that chat. */
async function reportThenErase(channel: ToyChannel, chatId: string) {
  await channel.push({ chatId, text: REPORT });
  await app.idle();
  const caseReply = channel.sent.filter((m) => m.chatId === chatId).find((m) => m.choices.includes(ERASE))!;
  await channel.push({ chatId, callbackData: ERASE });
  await app.idle();
  return { caseReply, last: channel.sent.filter((m) => m.chatId === chatId).at(-1)! };
}

describe('a toy channel registered with one line', () => {
  it('is started with the others', () => {
    expect(app.channels).toContain('toy');
  });

  it('answers a citizen question with its sources', async () => {
    await toy.push({ chatId: 'citizen-q', text: 'Nạn nhân bị mua bán được hỗ trợ những gì?' });
    await app.idle();
    const [answer] = to('citizen-q');
    expect(answer.text).toMatch(/Nguồn:|›/);
  });

  it('opens a case for a report, announces it to the officer, who claims it, and relays both ways', async () => {
    await toy.push({ chatId: 'citizen-r', text: REPORT });
    await app.idle();
    expect(to('citizen-r')[0].text).toMatch(/#\d+/);
    const announcement = to('officer-1').find((m) => m.choices.some((c) => c.startsWith('claim:')))!;
    expect(announcement.text).toContain('Campuchia');

    await toy.push({ chatId: 'officer-1', callbackData: announcement.choices.find((c) => c.startsWith('claim:'))! });
    await app.idle();
    expect(to('citizen-r').at(-1)!.text).toMatch(/cán bộ đã tiếp nhận/i);

    await toy.push({ chatId: 'officer-1', text: 'Chào bạn, bạn có biết địa chỉ nơi em gái làm việc không?' });
    await app.idle();
    expect(to('citizen-r').at(-1)!.text).toContain('bạn có biết địa chỉ');

    await toy.push({ chatId: 'citizen-r', text: 'Ở một công ty tại Sihanoukville' });
    await app.idle();
    expect(to('officer-1').at(-1)!.text).toContain('Sihanoukville');
  });
});

describe('a channel gets what its declared capabilities allow, whatever its name', () => {
  it('a chat app lists the commands to type in its help and when asking for the province', async () => {
    await toy.push({ chatId: 'citizen-h', text: '/trogiup' });
    await toy.push({ chatId: 'citizen-h', text: '/tinh' });
    await app.idle();
    const [help, province] = to('citizen-h');
    expect(help.text).toContain('/tinh');
    expect(province.text).toContain('/tinh Đà Nẵng');
  });

  it('a channel without typed commands explains its own buttons instead', async () => {
    await page.push({ chatId: 'citizen-h', text: '/trogiup' });
    await page.push({ chatId: 'citizen-h', callbackData: encodePayload({ kind: 'province' }) });
    await app.idle();
    const [help, province] = onPage('citizen-h');
    expect(help.text).toContain('Bấm «Gặp cán bộ»');
    expect(help.text).toContain('Bấm «Chọn tỉnh»');
    expect(help.text).toContain('«Xoá khỏi máy này» (dưới tin báo)');
    expect(help.text).not.toMatch(/☰|đầu trang/);
    expect(help.text).not.toContain('/');
    expect(province.text).not.toContain('/tinh');
    expect(province.choices.length).toBeGreaterThan(1);
  });

  it('a chat app can only delete the bot’s own messages', async () => {
    const { caseReply, last } = await reportThenErase(toy, 'citizen-e');
    expect(caseReply.labels).toEqual(['Xoá tin nhắn của bot']);
    expect(last.endSession).toBe(false);
    expect(last.text).toContain('đã xoá các tin nhắn của bot');
  });

  it('a channel that holds the conversation clears it from the device and starts afresh', async () => {
    const { caseReply, last } = await reportThenErase(page, 'citizen-e');
    expect(caseReply.labels).toEqual(['Xoá khỏi máy này']);
    expect(last.endSession).toBe(true);
    expect(last.text).toContain(`Số vụ việc của bạn là ${caseReply.text.match(/#\d+/)![0]}`);
  });

  it('officers see each channel by the label its adapter declares', async () => {
    await toy.push({ chatId: 'citizen-l', text: REPORT });
    await app.idle();
    const number = to('citizen-l')[0].text.match(/#(\d+)/)![1];
    expect(to('officer-1').some((m) => m.text.includes(`#${number} · tin báo · Kênh thử`))).toBe(true);
    await toy.push({ chatId: 'officer-1', text: `/xem ${number}` });
    await toy.push({ chatId: 'officer-1', text: '/thongke' });
    await app.idle();
    const [detail, stats] = to('officer-1').slice(-2);
    expect(detail.text).toContain('· Kênh thử');
    expect(stats.text).toContain('• Kênh thử:');
  });

  it('a holder is told the citizen cleared the conversation there, named by its label, not a web page', async () => {
    await page.push({ chatId: 'citizen-c', text: REPORT });
    await app.idle();
    const number = onPage('citizen-c')[0].text.match(/#(\d+)/)![1];
    const announced = onPage('page-officer').find((m) => m.text.includes(`#${number} ·`))!;
    const claim = announced.choices.find((c) => c.startsWith('claim:'))!;
    await page.push({ chatId: 'page-officer', callbackData: claim });
    await app.idle();
    await page.push({ chatId: 'citizen-c', callbackData: ERASE });
    await app.idle();
    expect(onPage('citizen-c').at(-1)!.text).not.toContain('trình duyệt');
    const notice = onPage('page-officer').at(-1)!.text;
    expect(notice).toContain('khỏi thiết bị (Trang thử)');
    expect(notice).not.toContain('trang web');
  });

  it('officers are told to type a command only where they can', async () => {
    await toy.push({ chatId: 'citizen-o', text: REPORT });
    await app.idle();
    const number = to('citizen-o')[0].text.match(/#(\d+)/)![1];
    // The case's own line reads "#<number> · …" (an officer's key in a case view may hold "#<digit>" too).
    const about = (sent: { text: string }[]) => sent.find((m) => m.text.includes(`#${number} ·`))!.text;
    expect(about(to('officer-1'))).toContain(`gõ /nhan ${number}`);
    expect(about(onPage('page-officer'))).not.toContain('/nhan');
  });
});

describe('officer accounts on a new channel', () => {
  it('links an account to any registered chat platform, not to the web chat', () => {
    const store = openCaseStore(':memory:');
    const registered = [...CHANNELS, toy];
    runOfficerCommand(store.accounts, ['add', 'an.toy', '--name', 'Cán bộ An']);
    expect(runOfficerCommand(store.accounts, ['link', 'an.toy', 'toy', '42'], registered)).toContain('liên kết: toy');
    expect(() => runOfficerCommand(store.accounts, ['link', 'an.toy', 'web', '42'], registered)).toThrow(
      /link <login> telegram\|zalo\|toy /,
    );
    expect(store.accounts.linkedChats()).toEqual([{ channel: 'toy', chatId: '42' }]);
    store.close();
  });
});
