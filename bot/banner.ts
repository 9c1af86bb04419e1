// What an operator must see once at start: where the chat and the officer console are and, for a run
// without a configured password, the generated one. Printed as a block of its own, apart from the log lines;
// the password only where a person reads it (a terminal), never into a stream a log collector keeps.
export interface StartupInfo {
  url: string;
  oneTimePassword?: string;
}

interface Out {
  isTTY?: boolean;
  write(s: string): unknown;
}

const RULE = '─'.repeat(64);

/** The block's text; `showSecret` false replaces the password by how to get a lasting one. */
export function startupBanner(info: StartupInfo, showSecret: boolean): string {
  const lines = [
    'Trợ lý PCMBN đang chạy / running',
    `  Trò chuyện / web chat:          ${info.url}`,
    `  Bảng điều khiển / console:      ${info.url}/console`,
  ];
  if (info.oneTimePassword && showSecret) {
    lines.push(`  Mật khẩu chung của bảng điều khiển (cho lần chạy này) / console password for this run: ${info.oneTimePassword}`);
  } else if (info.oneTimePassword) {
    lines.push(
      '  Mật khẩu tạm chỉ hiện trong terminal / the generated password is shown on a terminal only.',
      '  Đặt OFFICER_WEB_PASSWORD hoặc tạo tài khoản: npm run officer -- add <tên đăng nhập>',
    );
  }
  return `\n${RULE}\n${lines.join('\n')}\n${RULE}\n\n`;
}

/**
 * Prints the block where a person will see it: stdout when it is a terminal (its logs are readable lines
 * there), else stderr, so the JSON log stream on stdout stays parseable and never carries the password.
 */
export function printStartup(info: StartupInfo, stdout: Out, stderr: Out): void {
  const target = stdout.isTTY ? stdout : stderr;
  target.write(startupBanner(info, Boolean(target.isTTY)));
}
