// With no officer channel at all, a report is still stored, but the person is told honestly that no
// officer will answer here, and given the hotlines, instead of a promise nobody keeps.
import { describe, expect, it } from 'vitest';
import { officerDirectory } from '../../handlers/conversation/deps.js';
import { setup } from './helpers.js';

const REPORT = 'Tôi nghi có người bị lừa bán sang biên giới';

describe('no officer channel configured', () => {
  it('stores the case and refuses to promise officer contact', async () => {
    const t = setup({ labels: { [REPORT]: 'report' }, deps: { officers: officerDirectory([]) } });
    const out = await t.conv.handle(t.citizen(REPORT));
    expect(t.store.listCases()).toHaveLength(1);
    const text = out.map((m) => m.text).join('\n');
    expect(text).toContain('chưa kết nối với cán bộ tiếp nhận nào');
    expect(text).toContain('111');
    expect(text).not.toMatch(/Cán bộ sẽ (liên hệ|trả lời)/);
    expect(out.every((m) => m.kind !== 'officer')).toBe(true);
  });
});
