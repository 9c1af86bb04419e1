// A bundled text's number, issuer, date and article count come from its front matter.
import { describe, expect, it } from 'vitest';
import { textParticularsAnswer } from '../../handlers/ask/text-particulars.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);

describe("a bundled text's particulars", () => {
  it('states the number, issuer and date of the text named by number or, for a law, by year', () => {
    const law = textParticularsAnswer('Luật PCMBN 2024 số hiệu đầy đủ là gì?', corpus);
    expect(law?.text).toMatch(
      /^Luật Phòng, chống mua bán người có số hiệu 53\/2024\/QH15, do Quốc hội \(khóa XV\) thông qua ngày 28\/11\/2024/,
    );
    expect(law?.citations[0].docId).toBe('regulations/luat-53-2024-trich.md');
    const decree = textParticularsAnswer('Nghị định 9/2013 do cơ quan nào ban hành?', corpus);
    expect(decree?.text).toContain('có số hiệu 09/2013/NĐ-CP, do Chính phủ ban hành ngày 11/01/2013');
    // A replaced text says so.
    expect(textParticularsAnswer('luat 66/2011 thong qua ngay nao', corpus)?.text).toContain('(đã được thay thế bởi Luật 53/2024/QH15)');
  });

  it('counts the articles, and says when the folder holds only an excerpt', () => {
    expect(textParticularsAnswer('Luật 53/2024 có bao nhiêu điều?', corpus)?.text).toMatch(
      /^Luật 53\/2024\/QH15 có 63 điều\. Kho văn bản chỉ có bản trích 7 trong 63 điều\./,
    );
    expect(textParticularsAnswer('Luật 66/2011 có mấy điều?', corpus)?.text).toMatch(/^Luật 66\/2011\/QH12 có 58 điều\. \[1\]/);
  });

  it('leaves other questions, and texts named only by what they detail, to the other steps', () => {
    expect(textParticularsAnswer('Luật 53/2024 quy định những hành vi bị cấm nào?', corpus)).toBeUndefined();
    expect(textParticularsAnswer('Nghị định hướng dẫn luật 2024 ban hành ngày nào?', corpus)).toBeUndefined();
    expect(textParticularsAnswer('Gọi số mấy để báo tin?', corpus)).toBeUndefined();
    // Chapters are counted nowhere in the front matter.
    expect(textParticularsAnswer('Luật 53/2024 có bao nhiêu chương, bao nhiêu điều?', corpus)).toBeUndefined();
    // Whether the text still applies and what replaced it is the change, answered with today's law.
    expect(textParticularsAnswer('Luật năm 2011 còn áp dụng không, luật mới số mấy?', corpus)).toBeUndefined();
  });
});
