// Which papers a file holds is answered by the list enumerating that file, quoted whole and said whole in the lead,
// not by a clause of the same article that names the same licence with a list of something else.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { withFileAsked } from '../../handlers/answer/groups.js';
import { answerTypes } from '../../retrieval/question-type.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { doc, makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

const RENEW = 'Điều 13. Gia hạn giấy phép mở điểm tư vấn';
const CONDITIONS = '1. Tổ chức được gia hạn giấy phép mở điểm tư vấn khi có đủ các điều kiện sau đây';
const RENEW_FILE = '2. Hồ sơ đề nghị gia hạn gồm';
const OPEN_FILE = 'Điều 7. Hồ sơ đề nghị cấp giấy phép mở điểm tư vấn';

const rules = {
  doc: doc('regulations/nd-tu-van.md', 'NĐ tư vấn', null, { title: 'Nghị định mẫu về điểm tư vấn' }),
  sections: [
    { path: [OPEN_FILE], text: '' },
    { path: [OPEN_FILE, '1.'], text: '1. Văn bản đề nghị cấp giấy phép theo mẫu.' },
    { path: [OPEN_FILE, '2.'], text: '2. Phương án hoạt động của điểm tư vấn, gồm nhân sự, địa điểm và kinh phí.' },
    { path: [OPEN_FILE, '3.'], text: '3. Lý lịch của người phụ trách điểm tư vấn.' },
    { path: [OPEN_FILE, '4.'], text: '4. Giấy tờ chứng minh có trụ sở.' },
    { path: [RENEW], text: '' },
    { path: [RENEW, CONDITIONS], text: '' },
    { path: [RENEW, CONDITIONS, 'a)'], text: 'a) Có nhu cầu tiếp tục hoạt động tư vấn;' },
    { path: [RENEW, CONDITIONS, 'b)'], text: 'b) Không vi phạm pháp luật.' },
    { path: [RENEW, RENEW_FILE], text: '' },
    { path: [RENEW, RENEW_FILE, 'a)'], text: 'a) Văn bản đề nghị gia hạn giấy phép;' },
    { path: [RENEW, RENEW_FILE, 'b)'], text: 'b) Báo cáo kết quả tư vấn của năm trước;' },
    { path: [RENEW, RENEW_FILE, 'c)'], text: 'c) Bản gốc giấy phép đã được cấp.' },
  ],
};

describe('the papers of a file', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: makeCorpus('h-file-papers', [rules]), fusion: SECTION_UNITS });
  });

  it('are the list enumerating the file, not the conditions of the same article', async () => {
    const r = await answer('Xin gia hạn giấy phép mở điểm tư vấn cần những giấy tờ gì?', { index, province: null });
    const lead = r.text.split('\n')[0];
    for (const paper of ['Văn bản đề nghị gia hạn giấy phép', 'Báo cáo kết quả tư vấn', 'Bản gốc giấy phép']) expect(lead).toContain(paper);
    expect(lead).not.toContain('Có nhu cầu tiếp tục hoạt động tư vấn');
  });

  it('are all named in the lead line, asked in chat words', async () => {
    const r = await answer('muon mo diem tu van thi can nop nhung giay to gi', { index, province: null });
    const lead = r.text.split('\n')[0];
    for (const paper of ['Văn bản đề nghị cấp giấy phép', 'Phương án hoạt động', 'Lý lịch', 'Giấy tờ chứng minh có trụ sở'])
      expect(lead).toContain(paper);
  });

  it('are asked by a question opening with the file, however long its name', () => {
    const q = 'Hồ sơ đề nghị cấp lại giấy phép mở điểm tư vấn cộng đồng của tổ chức xã hội gồm những gì?';
    expect(withFileAsked(q, answerTypes(q))).toContain('file');
    const other = 'Điểm tư vấn cộng đồng gồm những bộ phận gì?';
    expect(withFileAsked(other, answerTypes(other))).not.toContain('file');
  });
});
