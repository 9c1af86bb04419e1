// `npm run officer -- <command>`: named officer accounts for the console, kept in the case database.
//   add <login> --name "…" [--province <slug>] [--role officer|supervisor]   prints a one-time code
//   list | disable <login> | enable <login> | remove <login> | reset <login> (new one-time code)
//   link <login> <channel> <user id>   the same person on a chat platform (telegram, zalo…; ask /maso in the chat)
// A running bot sees every change at once (the console checks accounts on each request and every few seconds).
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHANNELS } from '../channels.js';
import { loadConfigOrExit } from '../config.js';
import type { ChannelModule } from '../types.js';
import { loadOrCreateKey } from '../../handlers/cases/crypto.js';
import { openCaseStore } from '../../handlers/cases/store.js';
import { AccountError, SETUP_CODE_HOURS, type AccountStore, type OfficerAccount } from '../../handlers/accounts/store.js';

const usage = (channels: readonly ChannelModule[]) => `Cách dùng / usage:
  npm run officer -- add <login> --name "Họ tên" [--province quang-nam] [--role officer|supervisor]
  npm run officer -- list
  npm run officer -- disable|enable|remove|reset <login>
  npm run officer -- link <login> ${channels.map((c) => c.name).join('|')} <mã người dùng>`;

function describe(a: OfficerAccount): string {
  const state = a.disabled ? 'đã khóa' : a.hasPassword ? 'đang dùng' : 'chờ đặt mật khẩu';
  const links = a.linked.length ? ` · liên kết: ${a.linked.join(', ')}` : '';
  return `${a.login}\t${a.name}\t${a.role === 'supervisor' ? 'giám sát' : 'cán bộ'}\t${a.province ?? '-'}\t${state}${links}`;
}

const codeLine = (login: string, code: string) =>
  `Mã dùng một lần cho ${login} (hết hạn sau ${SETUP_CODE_HOURS} giờ, chỉ hiện một lần): ${code}\n` +
  `Cán bộ mở /console/setup, nhập tên đăng nhập, mã này và mật khẩu mới của mình.`;

/**
 * Runs one command; returns the text to print. Exported for tests. An account links to any registered chat
 * platform, where officers have a private chat with the bot; the web console signs them in by login instead.
 */
export function runOfficerCommand(accounts: AccountStore, argv: string[], channels: readonly ChannelModule[] = CHANNELS): string {
  const usageText = usage(channels);
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, province: { type: 'string' }, role: { type: 'string' } },
  });
  const [command, login, ...rest] = positionals;
  const need = () => {
    if (!login) throw new AccountError(usageText);
    return login;
  };
  switch (command) {
    case 'add': {
      const role = values.role ?? 'officer';
      if (role !== 'officer' && role !== 'supervisor') throw new AccountError('--role là officer hoặc supervisor.');
      if (!values.name) throw new AccountError('Cần --name "Họ tên cán bộ".');
      const { account, code } = accounts.add({
        login: need(),
        name: values.name,
        role,
        ...(values.province ? { province: values.province } : {}),
      });
      return `Đã tạo tài khoản: ${describe(account)}\n${codeLine(account.login, code)}`;
    }
    case 'list': {
      const all = accounts.list();
      return all.length ? all.map(describe).join('\n') : 'Chưa có tài khoản cán bộ nào (bảng điều khiển dùng OFFICER_WEB_PASSWORD).';
    }
    case 'disable':
      return `Đã khóa và kết thúc mọi phiên: ${describe(accounts.setDisabled(need(), true))}`;
    case 'enable':
      return `Đã mở khóa: ${describe(accounts.setDisabled(need(), false))}`;
    case 'remove':
      return `Đã xóa tài khoản ${accounts.remove(need()).login}; mọi phiên của tài khoản đã kết thúc.`;
    case 'reset':
      return `Đã xóa mật khẩu cũ và kết thúc mọi phiên.\n${codeLine(need(), accounts.reset(need()))}`;
    case 'link': {
      const [channel, userId] = rest;
      if (!channels.some((c) => c.name === channel) || !userId) throw new AccountError(usageText);
      return `Đã liên kết: ${describe(accounts.link(need(), channel, userId))}`;
    }
    default:
      throw new AccountError(usageText);
  }
}

function main(): void {
  const config = loadConfigOrExit();
  const dataDir = resolve(config.DATA_DIR);
  const { key } = loadOrCreateKey({ envKey: config.DATA_ENCRYPTION_KEY, file: join(dataDir, 'encryption.key') });
  const store = openCaseStore(join(dataDir, 'cases.db'), { key });
  try {
    console.log(runOfficerCommand(store.accounts, process.argv.slice(2)));
  } catch (err) {
    if (err instanceof AccountError || (err instanceof Error && err.name === 'TypeError' && /option|argument/i.test(err.message))) {
      console.error(err.message);
      process.exitCode = 2;
    } else throw err;
  } finally {
    store.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
