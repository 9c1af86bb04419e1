import { describe, expect, it } from 'vitest';
import { measureBackup, formatBackup } from '../../tools/bench/backup-run.js';

describe('backup bench', () => {
  it('writes the cases, backs them up, verifies and restores, and reports consistent figures', async () => {
    const b = await measureBackup({ cases: 30 });
    expect([b.cases, b.messages, b.auditRows]).toEqual([30, 120, 30 * 2 + 21]);
    expect(b.backupBytes).toBe(b.dataBytes);
    expect(b.bytesPer1000Cases).toBe(Math.round((b.dataBytes / 30) * 1000));
    expect(formatBackup(b)).toContain('Backup of 30 cases');
  });
});
