import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { printStartup } from '../../bot/banner.js';
import { createLogger, logFormatFor } from '../../bot/logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { log: createLogger({ level: 'debug', destination: stream }), output: () => lines.join('') };
}

describe('logger redaction', () => {
  it('censors message text, identities and secrets wherever they are logged', () => {
    const { log, output } = capture();
    log.info({ text: 'PLANTED-REPORT-TEXT', userId: 'PLANTED-USER', chatId: 'PLANTED-CHAT' }, 'incoming');
    log.info({ msg: { text: 'PLANTED-NESTED', displayName: 'PLANTED-NAME' } }, 'nested');
    log.warn({ token: 'PLANTED-TOKEN', password: 'PLANTED-PASS', apiKey: 'PLANTED-KEY' }, 'secrets');
    log.info({ req: { headers: { authorization: 'Bearer PLANTED-AUTH', cookie: 'sid=PLANTED-COOKIE' } } }, 'req');
    const out = output();
    expect(out).not.toMatch(/PLANTED/);
    expect(out).toContain('[redacted]');
    expect(out).toContain('incoming');
  });

  it('keeps the fields that are safe to log', () => {
    const { log, output } = capture();
    log.info({ caseId: 42, label: 'report', channel: 'zalo' }, 'case opened');
    expect(output()).toContain('"caseId":42');
    expect(output()).toContain('"label":"report"');
  });
});

describe('log output format', () => {
  it('is readable on a terminal and JSON on a pipe or file', () => {
    expect(logFormatFor({ isTTY: true })).toBe('pretty');
    expect(logFormatFor({ isTTY: false })).toBe('json');
    expect(logFormatFor({})).toBe('json');
  });

  it('pretty lines are for people and still censor secrets and report text', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const log = createLogger({ level: 'info', destination, format: 'pretty' });
    log.info({ caseId: 7, text: 'PLANTED-REPORT', password: 'PLANTED-PASS' }, 'case opened');
    const out = lines.join('');
    expect(out).toMatch(/INFO.*case opened/);
    expect(out).toContain('caseId: 7');
    expect(out.trim().startsWith('{')).toBe(false);
    expect(out).not.toMatch(/PLANTED/);
  });

  it('JSON lines parse one by one', () => {
    const { log, output } = capture();
    log.info({ caseId: 1 }, 'one');
    log.warn('two');
    const parsed = output()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string });
    expect(parsed.map((p) => p.msg)).toEqual(['one', 'two']);
  });
});

describe('startup block', () => {
  const info = { url: 'http://127.0.0.1:3000', oneTimePassword: 'PLANTED-PASSWORD' };
  const stream = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { isTTY, write: (s: string) => chunks.push(s), text: () => chunks.join('') };
  };

  it('on a terminal: the addresses and the password, set apart by rules', () => {
    const out = stream(true);
    const err = stream(false);
    printStartup(info, out, err);
    expect(out.text()).toContain('http://127.0.0.1:3000/console');
    expect(out.text()).toContain('PLANTED-PASSWORD');
    expect(out.text()).toMatch(/^\n─{64}\n[\s\S]*\n─{64}\n\n$/);
    expect(err.text()).toBe('');
  });

  it('with JSON logs on stdout: the block goes to stderr, and the password only if stderr is a terminal', () => {
    const out = stream(false);
    const err = stream(false);
    printStartup(info, out, err);
    expect(out.text()).toBe('');
    expect(err.text()).toContain('http://127.0.0.1:3000/console');
    expect(err.text()).not.toContain('PLANTED-PASSWORD');
    expect(err.text()).toContain('OFFICER_WEB_PASSWORD');
    const ttyErr = stream(true);
    printStartup(info, stream(false), ttyErr);
    expect(ttyErr.text()).toContain('PLANTED-PASSWORD');
  });
});
