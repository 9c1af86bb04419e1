import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { createLlmClient } from '../../handlers/generate/llm.js';
import { findProvince, isFollowUp, rewriteQuestion, rewriteRule } from '../../handlers/generate/rewrite.js';
import { REWRITE_SYSTEM } from '../../handlers/generate/prompts.js';

describe('rule-based follow-up rewrite', () => {
  const prev = ['Quảng Nam hỗ trợ nạn nhân những gì?'];

  it('swaps the province of the previous question for the new one', () => {
    expect(rewriteRule('còn ở Sóc Trăng thì sao?', prev)).toEqual({ query: 'Sóc Trăng hỗ trợ nạn nhân những gì', province: 'soc-trang' });
  });

  it('works without diacritics and with "thế còn"', () => {
    expect(rewriteRule('the con o soc trang?', prev).province).toBe('soc-trang');
    expect(rewriteRule('Thế còn Bình Định?', prev).query).toBe('Bình Định hỗ trợ nạn nhân những gì');
  });

  it('appends the province when the previous question named none', () => {
    expect(rewriteRule('còn ở Đồng Nai thì sao?', ['Nạn nhân được hỗ trợ những gì?'])).toEqual({
      query: 'Nạn nhân được hỗ trợ những gì ở Đồng Nai',
      province: 'dong-nai',
    });
  });

  it('adds the new entity to the previous content and keeps its province', () => {
    const r = rewriteRule('vậy còn trẻ em thì sao?', prev);
    expect(r.query).toBe('Quảng Nam hỗ trợ nạn nhân những gì trẻ em');
    expect(r.province).toBe('quang-nam');
  });

  it('leaves standalone questions and first questions alone', () => {
    const q = 'Thủ tục xác định nạn nhân bị mua bán gồm những bước nào?';
    expect(isFollowUp(q)).toBe(false);
    expect(rewriteRule(q, prev)).toEqual({ query: q });
    expect(rewriteRule('còn ở Sóc Trăng thì sao?', [])).toEqual({ query: 'còn ở Sóc Trăng thì sao?', province: 'soc-trang' });
  });

  it('treats short pronoun references as follow-ups', () => {
    expect(isFollowUp('Cơ quan đó làm gì?')).toBe(true);
    expect(isFollowUp('Hỗ trợ như thế nào?')).toBe(true);
    expect(isFollowUp('Nạn nhân được hỗ trợ tiền ăn trong bao lâu và như thế nào?')).toBe(false);
  });

  it('finds multi-word provinces', () => {
    expect(findProvince('ở Thừa Thiên Huế')).toMatchObject({ slug: 'thua-thien-hue', start: 1, end: 4 });
    expect(findProvince('không có tỉnh nào')).toBeUndefined();
  });
});

describe('LLM follow-up rewrite', () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('uses the model output for follow-ups, with history passed as data', async () => {
    fake.chat = () => '"Tỉnh Sóc Trăng hỗ trợ nạn nhân mua bán người những gì?"\n';
    const llm = { client: createLlmClient({ baseURL: fake.baseURL }), model: 'm', timeoutMs: 2000 };
    const r = await rewriteQuestion('còn ở Sóc Trăng thì sao?', ['Quảng Nam hỗ trợ nạn nhân những gì?'], llm);
    expect(r).toEqual({ query: 'Tỉnh Sóc Trăng hỗ trợ nạn nhân mua bán người những gì?', province: 'soc-trang' });
    const msgs = fake.requests.at(-1)!.body.messages;
    expect(msgs[0].content).toBe(REWRITE_SYSTEM);
    expect(msgs[1].content).toMatch(/<lich_su>\n1\. Quảng Nam hỗ trợ nạn nhân những gì\?\n<\/lich_su>/);
  });

  it('does not call the model for standalone questions, and falls back to the rule on errors', async () => {
    const llm = { client: createLlmClient({ baseURL: fake.baseURL }), model: 'm', timeoutMs: 2000 };
    const before = fake.requests.length;
    await rewriteQuestion('Ai chủ trì tiếp nhận tin báo về mua bán người?', ['câu trước'], llm);
    expect(fake.requests.length).toBe(before);
    fake.chat = () => ({ status: 500 });
    const r = await rewriteQuestion('còn ở Sóc Trăng thì sao?', ['Quảng Nam hỗ trợ nạn nhân những gì?'], llm);
    expect(r.query).toBe('Sóc Trăng hỗ trợ nạn nhân những gì');
    expect(fake.requests.length).toBe(before + 1);
  });
});
