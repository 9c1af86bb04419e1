// Input clean-up and command parsing shared by the citizen and officer paths.
import { stripInvisible } from '../../knowledge/text.js';

/** NFC, no zero-width or control characters, trimmed. Line breaks are kept: reports are stored whole. */
export function normalizeInput(s: string | undefined): string {
  return stripInvisible(s ?? '').trim();
}

export interface Command {
  name: string;
  args: string;
}

/** `/nhan@MyBot 12 abc` → { name: 'nhan', args: '12 abc' }. */
export function parseCommand(text: string): Command | undefined {
  const m = /^\/([A-Za-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/.exec(text);
  if (!m) return undefined;
  return { name: m[1].toLowerCase(), args: (m[2] ?? '').trim() };
}

/** `12 rest of text` or `#12 rest` → [12, 'rest of text']. */
export function splitNumber(args: string): [number | undefined, string] {
  const m = /^#?(\d{1,9})(?:\s+([\s\S]*))?$/.exec(args.trim());
  if (!m) return [undefined, args.trim()];
  return [Number(m[1]), (m[2] ?? '').trim()];
}

export function truncate(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max).join('')}…`;
}
