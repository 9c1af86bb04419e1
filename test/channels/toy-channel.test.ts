// Adding a channel is one folder (./toy) and one registration line: through it a citizen asks a
// question, reports, an officer on the same channel claims the case and both talk through the bot.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app.js';
import { CHANNELS } from '../../bot/channels.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { createToyChannel } from './toy/channel.js';

const toy = createToyChannel(['officer-1']);
const REPORT = 'Em gái tôi đi làm ở Campuchia theo lời một người quen, giờ mất liên lạc hai tuần rồi, tôi nghi bị lừa bán';
let app: App;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'toy-'));
  const config = loadConfig({ DATA_DIR: dir, PORT: '0', OFFICER_WEB_PASSWORD: 'mat-khau-thu-nghiem', DEFAULT_PROVINCE: 'quang-nam' });
  app = await createApp(config, createLogger({ level: 'silent' }), { tickMs: 3_600_000, channels: [...CHANNELS, toy] });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const to = (chatId: string) => toy.sent.filter((m) => m.chatId === chatId);

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
