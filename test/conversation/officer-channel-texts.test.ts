// Officers work from Telegram, Zalo and the web console. What an officer reads in a chat app names that app's
// own commands, never a console control; what the console shows names its own controls, never a typed command.
import { describe, expect, it } from 'vitest';
import { CaseError, type Actor, type OutgoingMessage } from '../../handlers/types.js';
import { setup } from './helpers.js';

const REPORTS = ['Em gái tôi bị đưa sang biên giới', 'Bạn tôi bị giữ ở công trường bên kia', 'Hàng xóm tôi mất liên lạc ở Campuchia'];
const labels = Object.fromEntries(REPORTS.map((r) => [r, 'report' as const]));
const CONSOLE: Actor = { channel: 'web', userId: 'console', chatId: 'officers', name: 'Cán bộ trực' };
const ZALO: Actor = { channel: 'zalo', userId: 'z-officer', chatId: 'z-officer', name: 'Cán bộ Zalo' };

/** Wording that only the web console can act on. */
const CONSOLE_ONLY = /bảng điều khiển|trong hồ sơ|Bấm/;
const TYPED_COMMAND = /\/[a-z]+/;

const inChatApp = (m: OutgoingMessage) => m.kind === 'officer' && m.to.channel !== 'web';
const inConsole = (m: OutgoingMessage) => m.kind === 'officer' && m.to.channel === 'web';

async function caseError(p: Promise<unknown>): Promise<string> {
  const err = await p.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(CaseError);
  return (err as CaseError).message;
}

describe('officer texts in each channel', () => {
  it('a new case: chat apps get the claim command, the console its button', async () => {
    const t = setup({ labels });
    const out = await t.conv.handle(t.citizen(REPORTS[0]));
    const n = t.store.getCase(out.find((m) => m.caseId)!.caseId!)!.number;
    const chats = out.filter(inChatApp);
    expect(chats.map((m) => m.to.channel).sort()).toEqual(['telegram', 'telegram', 'zalo']);
    for (const m of chats) {
      expect(m.text).toContain(`gõ /nhan ${n}`);
      expect(m.text).not.toMatch(CONSOLE_ONLY);
    }
    const room = out.filter(inConsole);
    expect(room).toHaveLength(1);
    expect(room[0].text).not.toMatch(TYPED_COMMAND);
  });

  it('a burst of cases: chat apps are pointed to /hangdoi, the console to its list', async () => {
    const t = setup({ labels, deps: { burstPerMinute: 1 } });
    const out: OutgoingMessage[] = [];
    for (const [i, r] of REPORTS.entries()) out.push(...(await t.conv.handle(t.citizen(r, { userId: `c${i}`, chatId: `chat-${i}` }))));
    const alerts = out.filter((m) => m.kind === 'officer' && m.text.includes('tăng bất thường'));
    expect(alerts.filter(inChatApp).length).toBe(3);
    for (const m of alerts.filter(inChatApp)) {
      expect(m.text).toContain('/hangdoi');
      expect(m.text).not.toMatch(CONSOLE_ONLY);
    }
    expect(alerts.filter(inConsole).map((m) => m.text)).toEqual([expect.stringContaining('trong bảng điều khiển')]);
    expect(alerts.filter(inConsole)[0].text).not.toMatch(TYPED_COMMAND);
  });

  it('refusals and failures say how to go on in the channel the officer acts from', async () => {
    const t = setup({ labels });
    const out = await t.conv.handle(t.citizen(REPORTS[0]));
    const id = out.find((m) => m.caseId)!.caseId!;
    const n = t.store.getCase(id)!.number;

    // Export before holding the case.
    expect(await caseError(t.conv.officers.exportCase(ZALO, id))).toContain(`/nhan ${n}`);
    expect(await caseError(t.conv.officers.exportCase(CONSOLE, id))).not.toMatch(TYPED_COMMAND);

    // Closing without a note.
    await t.conv.officers.claim(ZALO, id);
    expect(await caseError(t.conv.officers.close(ZALO, id, ' '))).toContain(`/dong ${n} <ghi chú>`);
    await t.conv.officers.release(ZALO, id);
    await t.conv.officers.claim(CONSOLE, id);
    const inConsoleClose = await caseError(t.conv.officers.close(CONSOLE, id, ''));
    expect(inConsoleClose).toContain('cần ghi chú kết quả');
    expect(inConsoleClose).not.toMatch(TYPED_COMMAND);
  });
});
