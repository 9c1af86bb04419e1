// A flood of reports: every case is stored and queued, but above the configured rate officers get one
// batched notice a minute ("N vụ việc mới trong một phút qua") instead of one message per case.
import { describe, expect, it } from 'vitest';
import { setup } from './helpers.js';

const REPORT = 'Tôi nghi có người bị lừa bán sang biên giới';

describe('case bursts', () => {
  it('stores every case, announces the first ones and batches the rest into one notice per officer chat', async () => {
    const t = setup({ labels: { [REPORT]: 'report' }, deps: { burstPerMinute: 3 } });
    const officerMsgs: { text: string; caseId?: number }[] = [];
    for (let i = 0; i < 10; i++) {
      const out = await t.conv.handle({ ...t.citizen(REPORT), chatId: `c${i}`, userId: `c${i}`, messageId: `m${i}` });
      expect(out.find((m) => m.to.chatId === `c${i}`)?.text).toMatch(/#\d+/);
      officerMsgs.push(...out.filter((m) => m.kind === 'officer' && m.to.chatId === '100'));
      t.advance(1000);
    }
    expect(t.store.listCases()).toHaveLength(10);
    expect(officerMsgs).toHaveLength(3); // the first three, one each
    t.advance(60_000);
    const tick = await t.conv.tick(t.now());
    const batch = tick.filter((m) => m.kind === 'officer' && m.to.chatId === '100');
    expect(batch).toHaveLength(1);
    expect(batch[0].text).toContain('7 vụ việc mới trong một phút qua');
    // Nothing more once the minute's notice went out.
    expect((await t.conv.tick(t.now())).filter((m) => m.to.chatId === '100' && m.text.includes('vụ việc mới'))).toHaveLength(0);
  });
});
