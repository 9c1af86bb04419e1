// The command table is the one place a command is declared: a toy officer command added as one entry
// with its handler is routed, refused for non-officers, and shows up in the help, the Telegram menus,
// the officer console and the README's list.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import { telegramMenus } from '../../bot/telegram/commands.js';
import { createWebServer, type WebServer } from '../../bot/web/server.js';
import { openCaseStore } from '../../handlers/cases/store.js';
import { createConversation } from '../../handlers/conversation.js';
import { COMMANDS, type CommandSpec } from '../../handlers/conversation/commands.js';
import { README, withCommands } from '../../tools/docs/commands.js';
import { appTraits, fakeTriage, setup, officersFrom } from '../conversation/helpers.js';
import { consoleSession } from '../web/console-client.js';

const TOY: CommandSpec = {
  name: 'demo',
  audience: 'officer',
  caseNumber: true,
  args: '<số>',
  help: 'Lệnh thử nghiệm',
  run: ({ ctx, caseId, say }) => say(`Vụ việc #${ctx.deps.store.getCase(caseId)?.number ?? '?'} đã được thử.`),
};
const WITH_TOY = [...COMMANDS, TOY];
const REPORT = 'Em gái tôi bị đưa sang biên giới, mất liên lạc';

describe('a new officer command is one table entry and one handler', () => {
  it('is routed for officers, refused and audited for anyone else, and listed in the officers help only', async () => {
    const t = setup({ labels: { [REPORT]: 'report' }, deps: { commands: WITH_TOY } });
    await t.conv.handle(t.citizen(REPORT));
    const ran = await t.conv.handle(t.officerMsg('100', '/demo 1'));
    expect(ran.map((m) => m.text)).toEqual(['Vụ việc #1 đã được thử.']);
    const refused = await t.conv.handle(t.citizen('/demo 1'));
    expect(refused[0].kind).toBe('error');
    expect(t.store.auditEntries().some((e) => e.action === 'demo' && e.outcome === 'denied')).toBe(true);
    const officerHelp = (await t.conv.handle(t.officerMsg('100', '/trogiup')))[0].text;
    expect(officerHelp).toContain('/demo <số>: lệnh thử nghiệm');
    expect((await t.conv.handle(t.citizen('/trogiup')))[0].text).not.toContain('/demo');
  });

  it('appears in the Telegram officer menu, not in the citizens menu', () => {
    const menus = telegramMenus(WITH_TOY);
    expect(menus.officer.find((c) => c.command === 'demo')?.description).toBe('Lệnh thử nghiệm: /demo <số>');
    expect(menus.citizen.map((c) => c.command)).not.toContain('demo');
  });

  it('lists every built-in command in both Telegram menus as the table says', () => {
    const menus = telegramMenus();
    expect(menus.citizen.map((c) => c.command)).toEqual(COMMANDS.filter((c) => c.audience === 'everyone').map((c) => c.name));
    expect(menus.officer.map((c) => c.command)).toEqual(COMMANDS.map((c) => c.name));
  });

  it('keeps the README command list generated from the table', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme, 'run npm run docs:commands').toBe(withCommands(readme));
    expect(withCommands(readme, WITH_TOY)).toContain('| `/demo <số>` | cán bộ | Lệnh thử nghiệm |');
  });
});

describe('the officer console shows and runs table commands', () => {
  const PASSWORD = 'mat-khau-bang-lenh-1';
  const logger = createLogger({ level: 'silent' });
  const store = openCaseStore(':memory:');
  const conversation = createConversation({
    store,
    triage: fakeTriage({ [REPORT]: 'report' }),
    answer: async () => ({ kind: 'abstain', text: 'Không có.', citations: [] }),
    officers: officersFrom({ telegram: [], zalo: [], web: ['console'] }),
    reannounceMinutes: 15,
    logger,
    commands: WITH_TOY,
    traits: appTraits,
  });
  let server: WebServer;
  let base: string;

  beforeAll(async () => {
    server = createWebServer({
      host: '127.0.0.1',
      port: 0,
      conversation,
      consolePassword: PASSWORD,
      logger,
      onMessage: async () => undefined,
      deliver: async () => undefined,
    });
    base = await server.listen();
    await conversation.handle({
      channel: 'web',
      chatId: 'citizen-chat',
      userId: 'citizen-chat',
      kind: 'text',
      text: REPORT,
      receivedAt: Date.now(),
    });
  });
  afterAll(async () => {
    await server.close();
    store.close();
  });

  it('lists the officer commands, and every built-in one has a control on the page or becomes a command button', async () => {
    const c = await consoleSession(base, 'Chị Hoa', PASSWORD);
    const { commands } = await (await c.get('/console/api/commands')).json();
    expect(commands.map((x: { name: string }) => x.name)).toEqual(WITH_TOY.filter((x) => x.audience === 'officer').map((x) => x.name));
    const page = readFileSync(new URL('../../bot/web/public/console.html', import.meta.url), 'utf8');
    const covered = [...page.matchAll(/data-command="([a-z_]+)"/g)].map((m) => m[1]);
    // The dedicated controls name only real commands; the others (and the toy) are rendered as buttons by console.js.
    for (const name of covered) expect(COMMANDS.map((x) => x.name)).toContain(name);
    expect(covered).not.toContain('demo');
  });

  it('runs the toy command on the chosen case and returns its reply', async () => {
    const c = await consoleSession(base, 'Chị Hoa', PASSWORD);
    const res = await c.post('/console/api/commands/demo', { number: 1 });
    expect(res.status).toBe(200);
    expect((await res.json()).replies).toEqual(['Vụ việc #1 đã được thử.']);
    expect((await c.post('/console/api/commands/khong_co', {})).status).toBe(404);
  });
});
