// Data protection through the composed app (createApp + fake Telegram): a citizen consents, reports,
// an officer claims, both talk, the officer exports and closes, retention purges. The database files
// never hold the planted texts in clear, the captured logs never hold texts, names, ids, tokens or the key.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { openCaseStore } from '../../handlers/cases/store.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-server.js';

const OFFICER = { id: 9001, firstName: 'Lan' };
const CITIZEN = { id: 7351902468, firstName: 'Sương', lastName: 'Lò Thị' };
const CITIZEN_NAME = 'Sương Lò Thị';
const REPORT = 'Em gái tôi đi làm ở Myawaddy theo lời một người quen tên Quàng Văn Pảo, giờ mất liên lạc hai tuần rồi, tôi nghi bị lừa bán';
const OFFICER_REPLY = 'Chào bạn, bạn có biết người quen đó hẹn gặp ở bến xe Nước Ngầm không?';
const CITIZEN_REPLY = 'Có, họ hẹn ở quán nước cạnh nhà nghỉ Hoàng Yến Bảy';
const RESOLUTION = 'Đã chuyển Đồn Biên phòng Tây Trang xác minh';
const PLANTED = ['Myawaddy', 'Quàng Văn Pảo', 'Nước Ngầm', 'Hoàng Yến Bảy', 'Tây Trang', CITIZEN_NAME, String(CITIZEN.id)];
const PASSWORD = 'mat-khau-bao-ve-du-lieu';
const DAY = 24 * 3600_000;

const key = randomBytes(32);
let tg: FakeTelegram;
let app: App | undefined;
let dir: string;
const logLines: string[] = [];

function sink(lines: string[]) {
  return new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
}

function config(dataDir: string, extra: Record<string, string> = {}) {
  return loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    OFFICER_TELEGRAM_IDS: String(OFFICER.id),
    OFFICER_WEB_PASSWORD: PASSWORD,
    DEFAULT_PROVINCE: 'quang-nam',
    DATA_ENCRYPTION_KEY: key.toString('hex'),
    RETENTION_DAYS: '30',
    ...extra,
  });
}

/** Raw bytes of every database file in the data directory (main files and WALs), decoded two ways. */
function rawData(): string {
  return ['cases.db', 'cases.db-wal', 'outbox.db', 'outbox.db-wal']
    .map((f) => join(dir, f))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f))
    .map((b) => b.toString('utf8') + b.toString('latin1'))
    .join('');
}

const textOf = (c: { payload: Record<string, any> }) => String(c.payload.text ?? '');
const toOfficer = (pred: (t: string) => boolean) => (c: { payload: Record<string, any> }) =>
  String(c.payload.chat_id) === String(OFFICER.id) && pred(textOf(c));
const toCitizen = (pred: (t: string) => boolean) => (c: { payload: Record<string, any> }) =>
  String(c.payload.chat_id) === String(CITIZEN.id) && pred(textOf(c));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'protect-'));
  tg = await startFakeTelegram();
  app = await createApp(config(dir), createLogger({ level: 'trace', destination: sink(logLines) }), { tickMs: 3_600_000 });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await tg?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('data protection in a full scenario', () => {
  let number = '';

  it('runs consent, report, claim and relays with nothing readable on disk', async () => {
    tg.pushText({ chatId: CITIZEN.id, from: CITIZEN, text: '/dongy' });
    await tg.waitForCalls(
      'sendMessage',
      toCitizen((t) => t.includes('Cảm ơn bạn')),
    );

    tg.pushText({ chatId: CITIZEN.id, from: CITIZEN, text: REPORT });
    const [ack] = await tg.waitForCalls(
      'sendMessage',
      toCitizen((t) => /#\d+/.test(t)),
    );
    number = /#(\d+)/.exec(textOf(ack))![1];

    const [card] = await tg.waitForCalls(
      'sendMessage',
      toOfficer((t) => t.includes(`#${number}`) && t.includes('Myawaddy')),
    );
    expect(textOf(card)).toContain(CITIZEN_NAME); // consent given: the officer sees the name
    const claim = JSON.stringify(card.payload.reply_markup ?? '').match(/claim:\d+/)![0];
    tg.pushCallback({ chatId: OFFICER.id, from: OFFICER, data: claim });
    await tg.waitForCalls(
      'sendMessage',
      toOfficer((t) => /nhận/i.test(t) && t.includes(`#${number}`)),
    );

    tg.pushText({ chatId: OFFICER.id, from: OFFICER, text: OFFICER_REPLY });
    await tg.waitForCalls(
      'sendMessage',
      toCitizen((t) => t.includes('Nước Ngầm')),
    );
    tg.pushText({ chatId: CITIZEN.id, from: CITIZEN, text: CITIZEN_REPLY });
    await tg.waitForCalls(
      'sendMessage',
      toOfficer((t) => t.includes('Hoàng Yến Bảy')),
    );

    const raw = rawData();
    expect(raw.length).toBeGreaterThan(0);
    for (const p of PLANTED) expect(raw, p).not.toContain(p);
  });

  it('exports the case to the holder in chat', async () => {
    tg.pushText({ chatId: OFFICER.id, from: OFFICER, text: `/xuat ${number}` });
    const [doc] = await tg.waitForCalls(
      'sendMessage',
      toOfficer((t) => t.includes(`HỒ SƠ VỤ VIỆC #${number}`)),
    );
    expect(textOf(doc)).toContain('Quàng Văn Pảo');
    expect(textOf(doc)).toContain('Hoàng Yến Bảy');
  });

  it('closes, then the retention purge empties the case but /thongke still counts it', async () => {
    tg.pushText({ chatId: OFFICER.id, from: OFFICER, text: `/dong ${number} ${RESOLUTION}` });
    await tg.waitForCalls(
      'sendMessage',
      toCitizen((t) => /đóng|kết thúc|khép lại/i.test(t)),
    );

    await app!.tick(Date.now() + 31 * DAY);
    const peek = openCaseStore(join(dir, 'cases.db'), { key });
    const c = peek.getCaseByNumber(Number(number))!;
    expect(c.purgedAt).toBeDefined();
    expect(peek.messages(c.id)).toEqual([]);
    expect(c.citizenName).toBeUndefined();
    expect(peek.auditEntries(c.id).some((e) => e.action === 'purge')).toBe(true);
    peek.close();

    tg.pushText({ chatId: OFFICER.id, from: OFFICER, text: '/thongke' });
    const [stats] = await tg.waitForCalls(
      'sendMessage',
      toOfficer((t) => t.startsWith('Thống kê vụ việc')),
    );
    expect(textOf(stats)).toContain('tổng 1');
    for (const p of PLANTED) expect(rawData(), p).not.toContain(p);
  });

  it('never writes texts, names, citizen ids, tokens or the key into the logs', async () => {
    await app!.stop();
    app = undefined;
    const all = logLines.join('');
    expect(all).toContain('case opened');
    expect(all).toContain('retention purge');
    const secrets = [
      ...PLANTED,
      OFFICER_REPLY,
      CITIZEN_REPLY,
      RESOLUTION,
      tg.token,
      tg.token.split(':')[1],
      PASSWORD,
      key.toString('hex'),
      key.toString('base64'),
      key.toString('base64url'),
    ];
    for (const s of secrets) expect(all, s).not.toContain(s);
  });

  it('refuses to start with a different key instead of reading garbage', async () => {
    const other = randomBytes(32).toString('base64');
    await expect(
      createApp(config(dir, { DATA_ENCRYPTION_KEY: other }), createLogger({ level: 'silent' }), { tickMs: 3_600_000 }),
    ).rejects.toThrow(/Khóa mã hóa không khớp/);
  }, 60_000);

  it('generates encryption.key (0600) with a warning that does not contain the key when none is configured', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'protect-key-'));
    const lines: string[] = [];
    const second = await createApp(
      config(fresh, { DATA_ENCRYPTION_KEY: '', TELEGRAM_BOT_TOKEN: '' }),
      createLogger({ level: 'info', destination: sink(lines) }),
      { tickMs: 3_600_000 },
    );
    try {
      const file = join(fresh, 'encryption.key');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const stored = readFileSync(file, 'utf8').trim();
      const all = lines.join('');
      expect(all).toMatch(/"level":40[^\n]*DATA_ENCRYPTION_KEY is not set/);
      expect(all).not.toContain(stored);
      expect(all).not.toContain(Buffer.from(stored, 'base64').toString('hex'));
    } finally {
      await second.stop();
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 60_000);
});
