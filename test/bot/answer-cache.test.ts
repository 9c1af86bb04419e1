import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedAnswerer } from '../../bot/answer-cache.js';
import { openAnswering } from '../../bot/answering.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import type { AnswerContext, AnswerResult } from '../../handlers/types.js';

/** An answerer that counts its calls and names the question and province in its answer. */
function counting() {
  const calls: string[] = [];
  const answer = async (q: string, ctx: AnswerContext): Promise<AnswerResult> => {
    calls.push(q);
    return {
      kind: 'answer',
      text: `${q} @ ${ctx.province ?? '-'}`,
      citations: [{ n: 1, label: 'X', sectionId: 's', docId: 'd', quotes: ['q'] }],
    };
  };
  return { answer, calls };
}

describe('cachedAnswerer', () => {
  it('answers a repeated question from the cache, separately per province', async () => {
    const { answer, calls } = counting();
    const cached = cachedAnswerer(answer);
    expect((await cached.answer('a', { province: 'quang-nam' })).text).toBe('a @ quang-nam');
    expect((await cached.answer('a', { province: 'quang-nam' })).text).toBe('a @ quang-nam');
    expect((await cached.answer('a', { province: null })).text).toBe('a @ -');
    expect(calls).toEqual(['a', 'a']);
  });

  it('gives every caller the one answer, frozen: nobody can change what another caller sees', async () => {
    const cached = cachedAnswerer(counting().answer);
    const first = await cached.answer('a', {});
    expect(() => {
      first.text = 'changed';
    }).toThrow(TypeError);
    expect(() => first.citations[0].quotes?.push('added')).toThrow(TypeError);
    const second = await cached.answer('a', {});
    expect(second).toBe(first);
    expect(second.text).toBe('a @ -');
    expect(second.citations[0].quotes).toEqual(['q']);
  });

  it('keeps at most max answers, dropping the least recently asked', async () => {
    const { answer, calls } = counting();
    const cached = cachedAnswerer(answer, 2);
    await cached.answer('a', {});
    await cached.answer('b', {});
    await cached.answer('a', {});
    await cached.answer('c', {});
    expect(cached.size).toBe(2);
    await cached.answer('a', {});
    await cached.answer('b', {});
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('forgets everything on clear, and never keeps a failure', async () => {
    const { answer, calls } = counting();
    const cached = cachedAnswerer(answer);
    await cached.answer('a', {});
    cached.clear();
    await cached.answer('a', {});
    expect(calls).toEqual(['a', 'a']);
    let fail = true;
    const flaky = cachedAnswerer(async (q, ctx) => {
      if (fail) throw new Error('down');
      return answer(q, ctx);
    });
    await expect(flaky.answer('x', {})).rejects.toThrow('down');
    fail = false;
    expect((await flaky.answer('x', {})).text).toBe('x @ -');
  });
});

describe('the answer cache of a running bot', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const plan = (duty: string) =>
    `# Kế hoạch phòng, chống mua bán người trên địa bàn tỉnh Thử\n\n**I. TRÁCH NHIỆM**\n\nCông an tỉnh Thử có trách nhiệm ${duty} nạn nhân bị mua bán.\n`;

  it('warms up without calling the language model, even when one is configured', async () => {
    const data = mkdtempSync(join(tmpdir(), 'kb-warm-data-'));
    dirs.push(data);
    // Port 9 on loopback refuses connections: a call would end in a recorded fallback.
    const config = loadConfig({ DATA_DIR: data, LOG_LEVEL: 'silent', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', LLM_MODEL: 'm' });
    const outcomes: string[] = [];
    const answering = await openAnswering(config, createLogger({ level: 'silent' }), { onLlmOutcome: (o) => outcomes.push(o) });
    try {
      await answering.warmUp();
      expect(outcomes).toEqual([]);
      await answering.ask('Nạn nhân được hỗ trợ những gì?');
      expect(outcomes).toEqual(['fallback']);
    } finally {
      answering.close();
    }
  });

  it('answers with the contacts and changes in use after a reload of contacts.yaml or updates.yaml alone', async () => {
    const knowledge = mkdtempSync(join(tmpdir(), 'kb-cache-yaml-'));
    const data = mkdtempSync(join(tmpdir(), 'kb-cache-yaml-data-'));
    dirs.push(knowledge, data);
    mkdirSync(join(knowledge, 'plans'));
    writeFileSync(join(knowledge, 'plans', 'tinh-thu.md'), plan('tiếp nhận và xác minh'));
    const contacts = (phone: string) =>
      `national:\n  - name: Công an (khẩn cấp)\n    phone: '113'\n    role: Gọi ngay khi có người gặp nguy hiểm.\nprovinces:\n  tinh-thu:\n    name: Tỉnh Thử\n    source: plans/tinh-thu.md\n    contacts:\n` +
      `      - agency: Đường dây nóng tỉnh Thử\n        role: Tiếp nhận tố giác mua bán người.\n        phone: '${phone}'\n        section: I. Trách nhiệm\n`;
    writeFileSync(join(knowledge, 'contacts.yaml'), contacts('1800 0101'));
    const config = loadConfig({ DATA_DIR: data, KNOWLEDGE_DIR: knowledge, LOG_LEVEL: 'silent' });
    const answering = await openAnswering(config, createLogger({ level: 'silent' }), { watch: true });
    try {
      // Nothing in the documents answers this: the reply gives the contacts, and is cached like any other.
      const question = 'Quy trình cấp thị thực du lịch cho người nước ngoài gồm những bước nào?';
      console.log(JSON.stringify(answering.contacts()));
      const before = await answering.answer(question, { province: 'tinh-thu' });
      expect(before.text).toContain('1800 0101');
      expect(await answering.answer(question, { province: 'tinh-thu' })).toBe(before);
      writeFileSync(join(knowledge, 'contacts.yaml'), contacts('1800 0202'));
      expect(await answering.reload()).toBe(true);
      const after = await answering.answer(question, { province: 'tinh-thu' });
      expect(after.text).toContain('1800 0202');
      expect(after.text).not.toContain('1800 0101');
      // updates.yaml alone: answers are worked out again too.
      writeFileSync(join(knowledge, 'updates.yaml'), 'laws: []\nagencies: []\nprovinces: []\n');
      expect(await answering.reload()).toBe(true);
      expect(await answering.answer(question, { province: 'tinh-thu' })).not.toBe(after);
    } finally {
      answering.close();
    }
  });

  it('answers from the documents in use after a reload, not from the previous ones', async () => {
    const knowledge = mkdtempSync(join(tmpdir(), 'kb-cache-'));
    const data = mkdtempSync(join(tmpdir(), 'kb-cache-data-'));
    dirs.push(knowledge, data);
    mkdirSync(join(knowledge, 'plans'));
    writeFileSync(join(knowledge, 'plans', 'tinh-thu.md'), plan('tiếp nhận và xác minh'));
    const config = loadConfig({ DATA_DIR: data, KNOWLEDGE_DIR: knowledge, LOG_LEVEL: 'silent' });
    const answering = await openAnswering(config, createLogger({ level: 'silent' }), { watch: true });
    try {
      const question = 'Công an tỉnh Thử có trách nhiệm gì với nạn nhân bị mua bán?';
      expect((await answering.ask(question)).text).toContain('tiếp nhận và xác minh');
      expect((await answering.ask(question)).text).toContain('tiếp nhận và xác minh');
      writeFileSync(join(knowledge, 'plans', 'tinh-thu.md'), plan('bảo vệ và hỗ trợ'));
      expect(await answering.reload()).toBe(true);
      const after = (await answering.ask(question)).text;
      expect(after).toContain('bảo vệ và hỗ trợ');
      expect(after).not.toContain('tiếp nhận và xác minh');
    } finally {
      answering.close();
    }
  });
});
