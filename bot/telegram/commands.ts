// The Vietnamese command menus shown by Telegram (setMyCommands), taken from the conversation's command table.
import type { BotCommand } from 'grammy/types';
import { COMMANDS, commandMenu } from '../../handlers/conversation/commands.js';
import type { CommandInfo } from '../../handlers/types.js';

/** Telegram caps a menu description at 256 characters. */
const DESCRIPTION_MAX = 256;

export function telegramMenus(commands: readonly CommandInfo[] = COMMANDS): { citizen: BotCommand[]; officer: BotCommand[] } {
  const shortened = (items: BotCommand[]) =>
    items.map((c) => ({ command: c.command, description: c.description.slice(0, DESCRIPTION_MAX) }));
  return { citizen: shortened(commandMenu(commands, 'everyone')), officer: shortened(commandMenu(commands, 'officer')) };
}
