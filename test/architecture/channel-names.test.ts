// Channel names are opaque below bot/: the conversation, the replies and the case store choose by what a
// channel's adapter declares (ChannelTraits), never by comparing with, keying by or matching a registered channel's name.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../bot/channels.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built-in web chat and every platform registered in bot/channels.ts. */
const REGISTERED = ['web', ...CHANNELS.map((c) => c.name)];

/** Lines that may name a channel, and why. */
const ALLOWED = [
  {
    file: 'handlers/cases/migrations.ts',
    line: "channel TEXT NOT NULL CHECK (channel IN ('telegram','zalo','web')),",
    why: 'the first schema as it shipped; schema version 4 drops the check (test/cases/encryption.test.ts stores a new channel)',
  },
];

/** The code of a TypeScript source with its comments blanked out (line numbers kept). */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\s\/\/.*$/gm, '');
}

/** The code with the text inside string and template literals blanked, so that words in messages are not code. */
const withoutStringText = (code: string) => code.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");

/** Ways code can name a channel: a string literal, an object key or member, a word of a regular expression literal. */
function channelPatterns(names: string[]) {
  const name = `(?:${names.join('|')})`;
  return {
    literal: new RegExp(`(['"\`])${name}\\1`),
    key: new RegExp(`(?:^|[{,(])\\s*${name}\\s*\\??:`),
    member: new RegExp(`\\.\\s*${name}\\b`),
    regex: new RegExp(`(?:^|[=(,:!&|?{};]|return)\\s*/(?:[^/\\\\]|\\\\.)*\\b${name}\\b(?:[^/\\\\]|\\\\.)*/[a-z]*`),
  };
}

/** `file:line: text` of each line whose code names a channel (comments and words inside messages aside). */
function channelLiterals(file: string, source: string, names: string[]): string[] {
  const p = channelPatterns(names);
  const namesChannel = (code: string) => {
    const bare = withoutStringText(code);
    return p.literal.test(code) || p.key.test(bare) || p.member.test(bare) || p.regex.test(bare);
  };
  return withoutComments(source)
    .split('\n')
    .map((code, i) => ({ code: code.trim(), n: i + 1 }))
    .filter(({ code }) => namesChannel(code) && !ALLOWED.some((a) => a.file === file && a.line === code))
    .map(({ code, n }) => `${file}:${n}: ${code}`);
}

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

describe('channel names below bot/', () => {
  it('finds a compared or typed channel name, not one in a comment or inside other words', () => {
    const src = [
      "if (msg.channel === 'web') return;",
      'type Linked = Exclude<Channel, "zalo">;',
      'const label = `telegram`;',
      "// the 'web' chat clears the device",
      '/** Only on `telegram`. */',
      "const text = 'Xoá khỏi trang web';",
      "const url = 'https://example.org/web'; // 'zalo'",
    ].join('\n');
    expect(channelLiterals('x.ts', src, ['telegram', 'zalo', 'web'])).toEqual([
      "x.ts:1: if (msg.channel === 'web') return;",
      'x.ts:2: type Linked = Exclude<Channel, "zalo">;',
      'x.ts:3: const label = `telegram`;',
    ]);
  });

  it('finds a channel name used as an object key or member or in a regular expression, not in a message or another word', () => {
    const src = [
      "const NAMES = { telegram: 'Telegram', zalo: 'Zalo' };",
      "  web: 'trang web',",
      'const limit = LIMITS.zalo;',
      'if (/^(web|zalo)$/.test(msg.channel)) return;',
      'const paged = msg.channel.match(/web/i);',
      "const text = 'Mở trang web: bấm vào /web/ nhé';",
      'const hook = { webhook: true, path: /webhooks/ };',
      'const half = total / web.length / 2;',
      '// { telegram: 1 } and /web/ in a comment',
    ].join('\n');
    expect(channelLiterals('x.ts', src, ['telegram', 'zalo', 'web'])).toEqual([
      "x.ts:1: const NAMES = { telegram: 'Telegram', zalo: 'Zalo' };",
      "x.ts:2: web: 'trang web',",
      'x.ts:3: const limit = LIMITS.zalo;',
      'x.ts:4: if (/^(web|zalo)$/.test(msg.channel)) return;',
      'x.ts:5: const paged = msg.channel.match(/web/i);',
    ]);
  });

  it('lists the built-in web chat and the registered platforms', () => {
    expect(REGISTERED).toEqual(expect.arrayContaining(['web', 'telegram', 'zalo']));
  });

  it('handlers/ (the conversation, replies and case store) never name a registered channel', () => {
    const found = tsFiles('handlers').flatMap((f) => channelLiterals(f, readFileSync(join(ROOT, f), 'utf8'), REGISTERED));
    expect(found).toEqual([]);
  });

  it('every allowed line still exists, so an allowance never outlives its reason', () => {
    for (const a of ALLOWED) expect(withoutComments(readFileSync(join(ROOT, a.file), 'utf8'))).toContain(a.line);
  });
});
