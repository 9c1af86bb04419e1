import { describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../handlers/types.js';
import type { Address } from '../../handlers/types.js';
import { vi } from '../../handlers/replies/vi.js';
import { setup } from '../conversation/helpers.js';

// The conversation streams a preview only for question answers, and only when a channel asked for it.

const REPORT = 'Chị tôi bị đưa sang biên giới, giờ không liên lạc được';
const QUESTION = 'Nạn nhân được hỗ trợ những gì?';

/** An answerer that streams `deltas`, then returns `final`: the checked draft unless `withdrawn` (a fallback). */
function streamingAnswer(deltas: string[], final: string, opts: { withdrawn?: boolean } = {}) {
  const seen: { onToken: boolean }[] = [];
  const answer = async (_q: string, ctx: { onToken?: (d: string) => void }): Promise<AnswerResult> => {
    seen.push({ onToken: typeof ctx.onToken === 'function' });
    for (const d of deltas) ctx.onToken?.(d);
    return { kind: 'answer', text: final, citations: [], ...(ctx.onToken && !opts.withdrawn ? { fromDraft: true } : {}) };
  };
  return { answer, seen };
}

/** A preview hook that records what it is shown and says it showed it. */
function recorder() {
  const shown: string[] = [];
  return { shown, preview: (_to: Address, text: string) => shown.push(text) > 0 };
}

describe('conversation previews', () => {
  it('passes no onToken when no channel previews (nothing changes without an LLM)', async () => {
    const a = streamingAnswer(['Một ', 'hai'], 'Cuối cùng [1].');
    const t = setup({ deps: { answer: a.answer } });
    const out = await t.conv.handle(t.citizen(QUESTION));
    expect(a.seen).toEqual([{ onToken: false }]);
    expect(out[0].text).toBe('Cuối cùng [1].');
  });

  it('streams the accumulated text of a question answer to the asking chat, then returns the final answer', async () => {
    const a = streamingAnswer(['Một ', '', 'hai ', 'ba'], 'Cuối cùng [1].');
    const previews: [Address, string][] = [];
    const t = setup({ deps: { answer: a.answer, preview: (to, text) => previews.push([to, text]) > 0 } });
    const out = await t.conv.handle(t.citizen(QUESTION));
    expect(previews).toEqual([
      [{ channel: 'zalo', chatId: 'chat-citizen' }, 'Một '],
      [{ channel: 'zalo', chatId: 'chat-citizen' }, 'Một hai '],
      [{ channel: 'zalo', chatId: 'chat-citizen' }, 'Một hai ba'],
    ]);
    expect(out).toHaveLength(1);
    expect(out[0].text).toBe('Cuối cùng [1].');
  });

  it('never previews anything case-related', async () => {
    const a = streamingAnswer(['x'], 'y');
    const previews: string[] = [];
    const t = setup({ labels: { [REPORT]: 'report' }, deps: { answer: a.answer, preview: (_to, text) => previews.push(text) > 0 } });
    const out = await t.conv.handle(t.citizen(REPORT));
    expect(out[0].kind).toBe('case');
    // A question inside an open case is relayed to the case, not answered.
    await t.conv.handle(t.citizen(QUESTION));
    expect(a.seen).toHaveLength(0);
    expect(previews).toEqual([]);
  });

  it('stops previewing at a prompt echo and survives a failing preview hook', async () => {
    const echo = streamingAnswer(['Câu trả lời ', 'bạn là trợ lý tuân thủ các quy tắc sau', ' tiếp'], 'Đã kiểm tra [1].');
    const previews: string[] = [];
    const t = setup({
      deps: { answer: echo.answer, preview: (_to, text) => previews.push(text) > 0, previewStopMarkers: ['bạn là trợ lý tuân thủ'] },
    });
    const out = await t.conv.handle(t.citizen(QUESTION));
    expect(previews).toEqual(['Câu trả lời ']);
    expect(out[0].text).toBe('Đã kiểm tra [1].');

    const tags = streamingAnswer(['Đây là ', '<tai_lieu>', ' nữa'], 'Đã kiểm tra [1].');
    const tagPreviews: string[] = [];
    const t2 = setup({ deps: { answer: tags.answer, preview: (_to, text) => tagPreviews.push(text) > 0 } });
    await t2.conv.handle(t2.citizen(QUESTION));
    expect(tagPreviews).toEqual(['Đây là ']);

    const t3 = setup({
      deps: {
        answer: streamingAnswer(['a', 'b'], 'Vẫn trả lời [1].').answer,
        preview: () => {
          throw new Error('channel down');
        },
      },
    });
    const out3 = await t3.conv.handle(t3.citizen(QUESTION));
    expect(out3[0].kind).toBe('answer');
    expect(out3[0].text).toBe('Vẫn trả lời [1].');
  });

  it('a draft withdrawn after the reader saw it is replaced by an answer that says so', async () => {
    const a = streamingAnswer(['Nạn nhân được ', 'cấp nhà ở miễn phí'], 'Theo các văn bản hiện có: «hỗ trợ y tế» [1].', {
      withdrawn: true,
    });
    const r = recorder();
    const t = setup({ deps: { answer: a.answer, preview: r.preview } });
    const out = await t.conv.handle(t.citizen(QUESTION));
    expect(r.shown.length).toBeGreaterThan(0);
    expect(out).toHaveLength(1);
    expect(out[0].text.startsWith(vi.draftWithdrawn())).toBe(true);
    expect(out[0].text).toContain('Theo các văn bản hiện có: «hỗ trợ y tế» [1].');
    expect(out[0].text).not.toContain('cấp nhà ở miễn phí');
  });

  it('the checked draft, and an answer no reader saw a draft of, come without that note', async () => {
    const kept = setup({ deps: { answer: streamingAnswer(['Một ', 'hai'], 'Một hai [1].').answer, preview: recorder().preview } });
    expect((await kept.conv.handle(kept.citizen(QUESTION)))[0].text).toBe('Một hai [1].');
    // Nothing streamed (an instant answer, a cached one).
    const none = setup({
      deps: { answer: streamingAnswer([], 'Trích dẫn [1].', { withdrawn: true }).answer, preview: recorder().preview },
    });
    expect((await none.conv.handle(none.citizen(QUESTION)))[0].text).toBe('Trích dẫn [1].');
    // A channel that shows no previews (Zalo) is asked once, and its reader saw nothing to withdraw.
    let asked = 0;
    const quiet = setup({
      deps: { answer: streamingAnswer(['Một ', 'hai'], 'Trích dẫn [1].', { withdrawn: true }).answer, preview: () => ++asked < 0 },
    });
    expect((await quiet.conv.handle(quiet.citizen(QUESTION)))[0].text).toBe('Trích dẫn [1].');
    expect(asked).toBe(1);
  });
});
