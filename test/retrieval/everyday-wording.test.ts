// Questions as people type them in a chat ("ai trả tiền viện?") against the same questions in the documents' own
// terms, on the bundled corpus. The questions and their expected passages (checked by hand in the documents) are our
// own, in fixtures/everyday-wording.jsonl: `colloquial` items and their `accented` twins share a number.
// everyday-wording-fresh.jsonl was written after the thesaurus, on other passages, and never used to tune it.
// everyday-overview-holdout.jsonl (overview questions such as "what does a victim get", and everyday ones) was
// written before the question-type, province and unaccented changes to ranking, and never used to tune them.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import type { Corpus } from '../../knowledge/types.js';
import { evaluate, indexRanker, parseEvalFile, type EvalSummary } from '../../tools/eval/retrieval-eval.js';
import { DEFAULT_FUSION, openKnowledgeIndex } from '../../retrieval/index.js';
import { foldDiacritics } from '../../knowledge/text.js';

const items = parseEvalFile(join(import.meta.dirname, 'fixtures/everyday-wording.jsonl'));
const fresh = parseEvalFile(join(import.meta.dirname, 'fixtures/everyday-wording-fresh.jsonl')).map((i) => ({
  ...i,
  variant: `fresh-${i.variant}`,
}));
const holdout = parseEvalFile(join(import.meta.dirname, 'fixtures/everyday-overview-holdout.jsonl')).map((i) => ({
  ...i,
  variant: 'holdout',
}));
const everyday = items.filter((i) => i.variant === 'colloquial');
const unaccented = everyday.map((i) => ({
  ...i,
  q: foldDiacritics(i.q),
  variant: 'colloquial-unaccented',
}));

let corpus: Corpus;
let summary: EvalSummary;
beforeAll(async () => {
  corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
  const index = await openKnowledgeIndex({ corpus });
  summary = await evaluate([...items, ...unaccented, ...fresh, ...holdout], indexRanker(index), 5);
});

describe('everyday wording on the bundled corpus', () => {
  it('has one everyday question and one in the documents’ terms per expected passage', () => {
    expect(everyday.length).toBeGreaterThanOrEqual(40);
    expect(items.length).toBe(everyday.length * 2);
    for (const e of everyday) expect(items.find((t) => t.id === `t${e.id.slice(1)}`)?.expect).toEqual(e.expect);
  });

  it('finds the passage for most everyday questions, close behind the documents’ wording', () => {
    const chat = summary.byVariant.colloquial;
    const doc = summary.byVariant.accented;
    expect(chat.hit5).toBeGreaterThanOrEqual(0.75);
    expect(chat.mrr).toBeGreaterThanOrEqual(0.55);
    expect(doc.hit5 - chat.hit5).toBeLessThanOrEqual(0.2);
    expect(doc.hit5).toBeGreaterThanOrEqual(0.9);
  });

  it('holds on everyday questions written after the thesaurus', () => {
    expect(summary.byVariant['fresh-colloquial'].n).toBeGreaterThanOrEqual(30);
    expect(summary.byVariant['fresh-colloquial'].hit5).toBeGreaterThanOrEqual(0.65);
    expect(summary.byVariant['fresh-accented'].hit5).toBeGreaterThanOrEqual(0.9);
  });

  it('holds on overview and everyday questions held out from tuning', () => {
    expect(summary.byVariant.holdout.n).toBeGreaterThanOrEqual(30);
    expect(summary.byVariant.holdout.hit5).toBeGreaterThanOrEqual(0.65);
    expect(summary.byVariant.holdout.mrr).toBeGreaterThanOrEqual(0.5);
  });

  it('also when the everyday question is typed without diacritics', () => {
    expect(summary.byVariant['colloquial-unaccented'].hit5).toBeGreaterThanOrEqual(0.62);
  });

  it('owes it to the thesaurus: without expansion everyday questions fall well behind', async () => {
    const plain = await openKnowledgeIndex({
      corpus,
      fusion: { weights: { ...DEFAULT_FUSION.weights, expansion: 0 } },
    });
    const without = await evaluate(everyday, indexRanker(plain), 5);
    expect(summary.byVariant.colloquial.hit5 - without.hit5).toBeGreaterThanOrEqual(0.1);
  });

  it('reaches passages that only use the documents’ term for a chat wording', async () => {
    const plain = await openKnowledgeIndex({
      corpus,
      fusion: { weights: { ...DEFAULT_FUSION.weights, expansion: 0 } },
    });
    const withX = await openKnowledgeIndex({ corpus });
    // Chat wording → the documents' term the first passage must carry (nêu tên → bí mật thông tin, không chịu → nguyện vọng).
    const cases: [string, string][] = [
      ['Phóng viên viết bài có được nêu tên nạn nhân không?', 'bí mật'],
      ['Cán bộ xã có được đăng hình nạn nhân lên facebook không?', 'bí mật'],
      ['Nạn nhân không chịu về nhà thì sao?', 'nguyện vọng'],
      ['Những người nào dễ bị lừa bán nhất?', 'nguy cơ'],
      // Fees, personal things and papers: lệ phí, quần áo, giấy thông hành; typed with and without diacritics.
      ['Xin visa cho nạn nhân người nước ngoài về nước có tốn phí không?', 'miễn thu lệ phí'],
      ['nan nhan o trung tam dc phat do j', 'quần áo'],
      ['bị bán sang bên kia mất hết giấy tờ thì về kiểu gì', 'giấy thông hành'],
      // How papers are kept, and a leak feared: the records kept as confidential documents.
      ['Giấy tờ về việc bảo vệ nạn nhân được lưu giữ ra sao, có sợ bị lộ?', 'tài liệu mật'],
    ];
    const firstHas = async (index: typeof plain, q: string, term: string) =>
      (await index.search(q, { k: 1 }))[0]?.chunk.passage.toLowerCase().includes(term) ?? false;
    for (const [q, term] of cases) {
      expect(await firstHas(withX, q, term), q).toBe(true);
      expect(await firstHas(plain, q, term), q).toBe(false);
    }
  });

  it('counts an everyday word as found in a passage that uses the documents’ term for it', async () => {
    const withX = await openKnowledgeIndex({ corpus });
    const plain = await openKnowledgeIndex({
      corpus,
      fusion: { weights: { ...DEFAULT_FUSION.weights, expansion: 0 } },
    });
    // Same question, same passage: only the confidence the answerer reads differs.
    const q = 'Nạn nhân vào ở trung tâm bị ốm thì ai trả tiền thuốc?';
    const target = (await plain.search(q, { k: 10 })).find((h) => h.chunk.passage.includes('tự thanh toán'));
    const again = (await withX.search(q, { k: 10 })).find((h) => h.chunk.id === target?.chunk.id);
    if (!target || !again) throw new Error('the passage on who pays for treatment is not retrieved');
    expect(again.confidence).toBeGreaterThan(target.confidence + 0.1);
  });
});
