// Whether a platform id is an officer is asked for every incoming message, so the store remembers it; an account
// changed meanwhile, in this process or by `npm run officer` in another one, must count at the next message.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCaseStore } from '../../handlers/cases/store.js';

const dir = mkdtempSync(join(tmpdir(), 'officer-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('officer looked up by platform id', () => {
  it('sees links, disabling and removal made by this store or by another connection at the next lookup', () => {
    const file = join(dir, 'cases.db');
    const bot = openCaseStore(file);
    const cli = openCaseStore(file);
    const tg = '7001234567';
    expect(bot.accounts.byPlatform('telegram', tg)).toBeUndefined();

    cli.accounts.add({ login: 'le.h', name: 'Lê Thị Hoa' });
    cli.accounts.link('le.h', 'telegram', tg);
    expect(bot.accounts.byPlatform('telegram', tg)).toMatchObject({ login: 'le.h', disabled: false });

    cli.accounts.setDisabled('le.h', true);
    expect(bot.accounts.byPlatform('telegram', tg)?.disabled).toBe(true);

    bot.accounts.setDisabled('le.h', false);
    expect(bot.accounts.byPlatform('telegram', tg)?.disabled).toBe(false);

    cli.accounts.remove('le.h');
    expect(bot.accounts.byPlatform('telegram', tg)).toBeUndefined();
    expect(bot.accounts.byPlatform('telegram', '7009999999')).toBeUndefined();
    cli.close();
    bot.close();
  });
});
