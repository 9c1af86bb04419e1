import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.js';

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
