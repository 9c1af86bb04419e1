// Where a dossier goes: the clause sending it answers, the one of the procedure the question names, rather than the
// article the ranker put first. Hand-made corpus, questions written for this test.
import { describe, expect, it } from 'vitest';
import { asksDossierReceiver, dossierReceiverHit } from '../../handlers/answer/dossier-receiver.js';
import { foldedWords } from '../../knowledge/text.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { doc, makeCorpus } from '../retrieval/fixture.js';

const DECREE = {
  doc: doc('regulations/mau.md', 'NĐ Mẫu', null),
  sections: [
    { path: ['Điều 3. Hồ sơ đề nghị cấp phép'], text: 'Hồ sơ gồm đơn đề nghị cấp phép và lý lịch của người đứng đầu trạm.' },
    {
      path: ['Điều 4. Trình tự gửi hồ sơ cấp phép', '1.'],
      text: '1. Tổ chức đề nghị cấp phép gửi 01 bộ hồ sơ đến Sở Y tế nơi đặt trụ sở.',
    },
    { path: ['Điều 4. Trình tự gửi hồ sơ cấp phép', '2.'], text: '2. Sở Y tế xem xét hồ sơ trong 10 ngày.' },
    { path: ['Điều 5. Gia hạn giấy phép', '1.'], text: '1. Trước khi giấy phép hết hạn, tổ chức gửi hồ sơ đến Sở Nội vụ để gia hạn.' },
    { path: ['Điều 6. Thay đổi giấy phép', '1.'], text: '1. Khi sửa đổi giấy phép, tổ chức gửi hồ sơ đến Sở Tư pháp.' },
  ],
};
const corpus = makeCorpus('h-dossier-receiver', [DECREE]);
const index = { corpus } as KnowledgeIndex;
const papers: SearchHit = {
  chunk: corpus.chunks.find((c) => c.sectionId === corpus.sections[0].id)!,
  doc: DECREE.doc,
  score: 1,
  confidence: 0.8,
  otherProvince: false,
};

describe('asksDossierReceiver', () => {
  it('reads where or to whom a dossier is sent', () => {
    for (const q of ['Nộp hồ sơ xin phép ở đâu?', 'gui ho so cho ai', 'Hồ sơ gửi tới cơ quan nào?', 'Ai tiếp nhận hồ sơ?']) {
      expect(asksDossierReceiver(foldedWords(q)), q).toBe(true);
    }
  });

  it('leaves what a dossier holds and who grants alone', () => {
    for (const q of ['Hồ sơ gồm những gì?', 'Ai cấp giấy phép?', 'Gửi báo cáo cho ai?']) {
      expect(asksDossierReceiver(foldedWords(q)), q).toBe(false);
    }
  });
});

describe('dossierReceiverHit', () => {
  it('gives the clause sending the dossier of the procedure asked, the first one when none is named', () => {
    expect(dossierReceiverHit(index, 'Xin cấp phép thì nộp hồ sơ ở đâu?', [papers], 0.8)?.chunk.text).toContain('đến Sở Y tế');
    expect(dossierReceiverHit(index, 'Hồ sơ gia hạn gửi cho ai?', [papers], 0.8)?.chunk.text).toContain('đến Sở Nội vụ');
    // "đề nghị" is in several of the text's sections, "sửa đổi" in one: the words that tell the clauses apart decide.
    expect(dossierReceiverHit(index, 'Hồ sơ đề nghị sửa đổi nộp ở đâu?', [papers], 0.8)?.chunk.text).toContain('đến Sở Tư pháp');
  });

  it('reads an application handed in or written as the dossier, not a post or a meeting', () => {
    for (const q of ['Xin trợ cấp thì nộp đơn ở đâu?', 'lam don gui cho co quan nao'])
      expect(asksDossierReceiver(foldedWords(q)), q).toBe(true);
    for (const q of ['Đồn biên phòng ở đâu?', 'Ai ra đón nạn nhân ở đâu?']) expect(asksDossierReceiver(foldedWords(q)), q).toBe(false);
  });

  it('quotes the steps that send the dossier, not the decision after them', () => {
    const steps = {
      doc: doc('regulations/buoc.md', 'NĐ Bước', null),
      sections: [
        {
          path: ['Điều 2. Thủ tục chi trợ cấp khó khăn', 'b)'],
          text: 'Trong 12 tháng, nạn nhân làm đơn gửi Ủy ban nhân dân cấp xã nơi cư trú. Trong 03 ngày, Chủ tịch Ủy ban nhân dân cấp xã lập hồ sơ gửi Phòng Y tế. Trong 03 ngày, Chủ tịch Ủy ban nhân dân tỉnh quyết định chi trợ cấp khó khăn cho nạn nhân.',
        },
      ],
    };
    const c = makeCorpus('h-dossier-receiver-steps', [steps]);
    const hit: SearchHit = { chunk: c.chunks[0], doc: steps.doc, score: 1, confidence: 0.8, otherProvince: false };
    const text = dossierReceiverHit({ corpus: c } as KnowledgeIndex, 'Xin trợ cấp khó khăn thì nộp đơn ở đâu?', [hit], 0.8)?.chunk.text;
    expect(text).toContain('làm đơn gửi Ủy ban nhân dân cấp xã nơi cư trú.');
    expect(text).toContain('lập hồ sơ gửi Phòng Y tế.');
    expect(text).not.toContain('quyết định chi trợ cấp');
  });

  it('gives nothing for another question', () => {
    expect(dossierReceiverHit(index, 'Hồ sơ gồm những gì?', [papers], 0.8)).toBeUndefined();
  });
});

describe('dossierReceiverHit in a text with chapters', () => {
  const CHAPTERED = {
    doc: doc('regulations/chuong.md', 'NĐ Chương', null),
    sections: [
      { path: ['Chương I', 'Điều 1. Cấp phép', '1.'], text: '1. Tổ chức gửi hồ sơ đến Sở Y tế để được cấp phép.' },
      { path: ['Chương II', 'Điều 9. Trợ cấp', '1.'], text: '1. Nạn nhân được trợ cấp một lần.' },
      { path: ['Chương II', 'Điều 9. Trợ cấp', '2.'], text: '2. Nạn nhân làm đơn gửi Ủy ban nhân dân cấp xã.' },
    ],
  };
  const chaptered = makeCorpus('h-dossier-receiver-chapters', [CHAPTERED]);
  const allowance: SearchHit = {
    chunk: chaptered.chunks.find((c) => c.sectionId === chaptered.sections[1].id)!,
    doc: CHAPTERED.doc,
    score: 1,
    confidence: 0.8,
    otherProvince: false,
  };

  it('keeps to the chapter the ranker found the text in', () => {
    const hit = dossierReceiverHit({ corpus: chaptered } as KnowledgeIndex, 'Nộp hồ sơ ở đâu?', [allowance], 0.8);
    expect(hit?.chunk.text).toContain('gửi Ủy ban nhân dân cấp xã');
  });
});
