// Officer accounts: password policy, scrypt hashes, first login from a one-time code, and what the
// database file holds at rest (no platform id, no officer name, no salt in clear).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { createWebServer } from '../../bot/web/server.js';
import { hashPassword, passwordProblem, verifyPassword } from '../../handlers/accounts/password.js';
import { isEncrypted } from '../../handlers/cases/crypto.js';
import { openCaseStore } from '../../handlers/cases/store.js';
import { consoleForm, cookieSet, postConsoleForm, postLogin } from '../web/console-client.js';
import { createFakeConversation } from '../web/fake-conversation.js';

const dir = mkdtempSync(join(tmpdir(), 'accounts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('password policy and hashes', () => {
  it('refuses short, common and repetitive passwords; accepts 12 characters or a four-word passphrase', () => {
    for (const bad of ['12345678', 'short-pass', 'matkhau12345', 'Password1234', 'aaaaaaaaaaaaaa', 'abcabcabcabc'])
      expect(passwordProblem(bad)).toBeDefined();
    for (const good of ['Song-Hong-chay-1975', 'ngựa ăn cỏ xanh', 'k7#Lp2!vQz9m']) expect(passwordProblem(good)).toBeUndefined();
    expect(() => loadConfig({ OFFICER_WEB_PASSWORD: '12345678' })).toThrow(ConfigError);
  });

  it('hashes with scrypt and a salt of its own per password', async () => {
    const [h1, h2] = await Promise.all([hashPassword('ngựa ăn cỏ xanh'), hashPassword('ngựa ăn cỏ xanh')]);
    expect(h1).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(h1).not.toBe(h2);
    expect(await verifyPassword('ngựa ăn cỏ xanh', h1)).toBe(true);
    expect(await verifyPassword('ngựa ăn cỏ xanh ', h1)).toBe(false);
    expect(await verifyPassword('anything', undefined)).toBe(false);
  });
});

describe('first login from a one-time code', () => {
  it('sets the officer’s own password (policy checked) and logs them in; the code works once', async () => {
    const store = openCaseStore(':memory:');
    const { code } = store.accounts.add({ login: 'pham.c', name: 'Phạm Văn C' });
    const server = createWebServer({
      host: '127.0.0.1',
      port: 0,
      conversation: createFakeConversation(),
      onMessage: async () => undefined,
      consolePassword: 'mat-khau-chung-cu',
      logger: createLogger({ level: 'silent' }),
      accounts: store.accounts,
    });
    const base = await server.listen();
    try {
      const submit = (fields: Record<string, string>) => postConsoleForm(base, '/console/setup', fields);
      const weak = await submit({ login: 'pham.c', code, password: '12345678', password2: '12345678' });
      expect(weak.status).toBe(400);
      expect(await weak.text()).toContain('ít nhất 12 ký tự');
      const ok = await submit({ login: 'pham.c', code, password: 'Song-Hong-chay-1975', password2: 'Song-Hong-chay-1975' });
      expect(ok.status).toBe(303);
      const cookie = cookieSet(ok, 'pcmbn_console');
      expect(await (await fetch(`${base}/console/api/session`, { headers: { cookie } })).json()).toMatchObject({
        login: 'pham.c',
        name: 'Phạm Văn C',
      });
      const again = await submit({ login: 'pham.c', code, password: 'Mot-mat-khau-khac-2026', password2: 'Mot-mat-khau-khac-2026' });
      expect(again.status).toBe(401);
      // With an account enabled, the shared password no longer opens the console.
      const { html: loginHtml } = await consoleForm(base);
      // The form now asks for the login name and the officer's own password, and links the first login.
      expect(loginHtml).toContain('<label for="name">Tên đăng nhập</label>');
      expect(loginHtml).toContain('<label for="password">Mật khẩu</label>');
      expect(loginHtml).toContain('href="/console/setup"');
      const shared = await postLogin(base, 'Ai đó', 'mat-khau-chung-cu');
      expect(shared.status).toBe(401);
    } finally {
      await server.close();
      store.close();
    }
  });
});

describe('identities at rest', () => {
  it('the database files hold no platform id, officer name or salt in clear', () => {
    const file = join(dir, 'cases.db');
    const store = openCaseStore(file);
    const tgOfficer = '7777123456789';
    const tgCitizen = '8888123456789';
    store.accounts.add({ login: 'do.d', name: 'Đỗ Thị Dung' });
    store.accounts.link('do.d', 'telegram', tgOfficer);
    const c = store.createCase({
      channel: 'telegram',
      citizenRef: store.citizenRef('telegram', tgCitizen),
      chatId: tgCitizen,
      label: 'report',
      urgent: false,
      text: 'tin báo',
      at: 1,
    });
    store.claim(c.id, { key: `telegram:${tgOfficer}`, name: 'Hoàng Văn Em', channel: 'telegram', chatId: tgOfficer }, 2);
    store.addMessage(c.id, { direction: 'officer', author: 'Hoàng Văn Em', text: 'xin chào', at: 3 });
    store.audit({ at: 4, actor: `telegram:${tgCitizen}`, action: 'read', caseId: c.id, outcome: 'denied' });
    store.audit({ at: 5, actor: 'web:AbCdEfGhIjKlMnOpQrStUvWxYz012345', action: 'queue', outcome: 'denied' });
    // A channel the store has never heard of is hidden the same way: channel names are opaque to it.
    store.audit({ at: 6, actor: 'messenger:5550001112223', action: 'queue', outcome: 'denied' });
    expect(store.getCase(c.id)!.claimedByName).toBe('Hoàng Văn Em');
    store.close();

    const bytes = readdirSync(dir)
      .filter((f) => f.startsWith('cases.db'))
      .map((f) => readFileSync(join(dir, f)).toString('latin1'))
      .join('');
    for (const secret of [tgOfficer, tgCitizen, 'AbCdEfGhIjKlMnOpQrStUvWxYz012345', '5550001112223']) expect(bytes).not.toContain(secret);
    for (const name of ['Đỗ Thị Dung', 'Hoàng Văn Em']) expect(bytes).not.toContain(Buffer.from(name).toString('latin1'));
    const db = new Database(file, { readonly: true });
    expect(isEncrypted((db.prepare("SELECT value FROM meta WHERE key = 'salt'").get() as { value: string }).value)).toBe(true);
    db.close();
  });
});
