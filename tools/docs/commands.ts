// The README's command list, generated from the conversation's command table:
// `npm run docs:commands` rewrites the block between the markers; test/commands/table.test.ts checks it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMANDS, usageOf, type CommandSpec } from '../../handlers/conversation/commands.js';

export const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const START = '<!-- commands:start (npm run docs:commands) -->';
const END = '<!-- commands:end -->';

export function commandsMarkdown(commands: readonly CommandSpec[] = COMMANDS): string {
  const row = (c: CommandSpec) =>
    `| \`${usageOf(c)}\`${c.aliases?.length ? ` (${c.aliases.map((a) => `\`/${a}\``).join(', ')})` : ''} | ${c.audience === 'officer' ? 'cán bộ' : 'mọi người'} | ${c.help} |`;
  return ['| lệnh | ai dùng | việc |', '| --- | --- | --- |', ...commands.map(row)].join('\n');
}

/** The README text with its command block replaced by the generated one. */
export function withCommands(readme: string, commands: readonly CommandSpec[] = COMMANDS): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md needs the markers ${START} … ${END}`);
  return `${readme.slice(0, a + START.length)}\n${commandsMarkdown(commands)}\n${readme.slice(b)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(README, withCommands(readFileSync(README, 'utf8')));
}
