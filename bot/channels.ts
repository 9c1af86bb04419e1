// The chat platforms the app can start besides the built-in web chat. Adding one: a folder under bot/
// with a ChannelModule (see bot/types.ts) and one line here.
import { telegramChannel } from './telegram/channel.js';
import type { ChannelModule } from './types.js';
import { zaloChannel } from './zalo/channel.js';

export const CHANNELS: readonly ChannelModule[] = [telegramChannel, zaloChannel];
