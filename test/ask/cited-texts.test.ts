import { describe, expect, it } from 'vitest';
import { citedOnlyTextAsked, citedPlaces } from '../../handlers/ask/cited-texts.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import type { Corpus } from '../../knowledge/types.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);

/** The bundled corpus with one more plan section citing a decision, as a deployer adding a document would get. */
function citing(sentence: string): Corpus {
  const [first] = corpus.sections;
  return { ...corpus, sections: [...corpus.sections, { ...first, id: `${first.id}-extra`, text: sentence }] };
}

describe('texts the documents cite without holding them', () => {
  const fictional = citing('Căn cứ Quyết định số 777/QĐ-XYZ ngày 01/01/2020 của Bộ Thử nghiệm về việc ban hành Quy chế mẫu;');

  it('reads a question on the content of a cited text, however its kind and number are written', () => {
    for (const q of [
      'Quyết định số 777/QĐ-XYZ có bao nhiêu điều?',
      'qd 777 quy dinh thoi han bao nhieu ngay',
      'Điều 3 của 777/QĐ-XYZ nói gì?',
      'QĐ 777 giao cho Sở Y tế nhiệm vụ gì?',
    ]) {
      const found = citedOnlyTextAsked(q, fictional);
      expect(found?.name, q).toBe('Quyết định số 777/QĐ-XYZ');
      expect(citedPlaces(found!), q).not.toBe('');
    }
  });

  it('leaves what the citing passage itself says to the documents: who issued it, when, what it is about', () => {
    for (const q of [
      'Quyết định 777/QĐ-XYZ do cơ quan nào ban hành?',
      'Quyết định 777 ban hành ngày nào?',
      'QĐ 777/QĐ-XYZ về việc gì?',
      'Văn bản nào căn cứ Quyết định 777?',
    ])
      expect(citedOnlyTextAsked(q, fictional), q).toBeUndefined();
  });

  it('leaves a question framed by one of the plans to that plan', () => {
    const province = corpus.docs.find((d) => d.province)!.province!.replace(/-/g, ' ');
    expect(citedOnlyTextAsked(`Kế hoạch ${province} thực hiện Quyết định 777 thế nào?`, fictional)).toBeUndefined();
  });

  it('never reads a year, a bundled text or a text nobody cites as a cited-only text', () => {
    expect(citedOnlyTextAsked('Kế hoạch 2024 giao Sở Y tế nhiệm vụ gì?', fictional)).toBeUndefined();
    expect(citedOnlyTextAsked('Nghị định 09 quy định hỗ trợ gì?', fictional)).toBeUndefined();
    expect(citedOnlyTextAsked('Quyết định 888/QĐ-XYZ có bao nhiêu điều?', fictional)).toBeUndefined();
    expect(citedOnlyTextAsked('Quyết định số 777/QĐ-XYZ có bao nhiêu điều?', corpus)).toBeUndefined();
  });
});
