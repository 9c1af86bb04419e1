import { describe, expect, it } from 'vitest';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import { parseProvince } from '../../handlers/ask/province.js';
import { missingTextsAsked } from '../../handlers/updates/changes.js';
import { corpusProvinces, firstAbolishedAgency, provinceInQuestion, replaceName, resolveProvince } from '../../handlers/updates/names.js';
import { answerNotes } from '../../handlers/updates/notes.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { NO_UPDATES, readUpdatesOf, type Updates } from '../../knowledge/updates.js';
import type { Citation } from '../../handlers/types.js';
import type { ContactsDirectory } from '../../knowledge/contacts.js';
import { UNSURE_INTRO } from '../../handlers/answer.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR, { now: new Date('2026-12-01T00:00:00Z') });
const updates = readUpdatesOf(BUNDLED_KNOWLEDGE_DIR);
const KNOWN = ['quang-nam', 'binh-dinh', 'soc-trang', 'dong-nai'];
const doc = (id: string) => corpus.docs.find((d) => d.id === id)!;

/** Pipeline deps whose retrieval step returns `text` citing `docIds`, recording what it was asked. */
function withRetrieval(text: string, docIds: string[]) {
  const calls: { q: string; province: string | null | undefined }[] = [];
  const citations: Citation[] = docIds.map((docId, i) => ({ n: i + 1, label: docId, sectionId: `${docId}#0`, docId }));
  const deps: AskDeps = {
    answer: async (q, ctx) => {
      calls.push({ q, province: ctx.province });
      return { kind: 'answer', text, citations };
    },
    corpus: () => corpus,
    updates: () => updates,
  };
  return { deps, calls };
}

const noteLines = (text: string) => text.split('\n').filter((l) => l.startsWith('Lưu ý'));

/** Deps whose contacts directory is the one given, retrieval answering nothing of use. */
const withDirectory = (directory: ContactsDirectory): AskDeps => ({ ...withRetrieval('x', []).deps, contacts: () => directory });

describe('the seat of a unit of today', () => {
  it('is read as the former province the file lists it under', () => {
    expect(provinceInQuestion('Ở Quy Nhơn muốn báo tin mua bán người thì gọi số nào?', updates, KNOWN)).toBe('binh-dinh');
    expect(provinceInQuestion('tôi ở phường Trấn Biên', updates, KNOWN)).toBe('dong-nai');
  });
});

describe('provinces of today', () => {
  it("accept today's names and the former ones, with or without diacritics, as the former province's slug", () => {
    for (const [input, slug] of [
      ['Đà Nẵng', 'quang-nam'],
      ['da nang', 'quang-nam'],
      ['thành phố Đà Nẵng', 'quang-nam'],
      ['Gia Lai', 'binh-dinh'],
      ['Cần Thơ', 'soc-trang'],
      ['can-tho', 'soc-trang'],
      ['Hậu Giang', 'soc-trang'],
      ['Đồng Nai', 'dong-nai'],
      ['Bình Phước', 'dong-nai'],
      ['quang-nam', 'quang-nam'],
      ['Bình Định', 'binh-dinh'],
    ] as const) {
      expect(resolveProvince(input, updates, KNOWN), input).toBe(slug);
    }
    expect(resolveProvince('Nghệ An', updates, KNOWN)).toBeUndefined();
    // Without the update file, only the former names are known.
    expect(resolveProvince('Đà Nẵng', NO_UPDATES, KNOWN)).toBeUndefined();
    expect(parseProvince('Đà Nẵng', updates)).toEqual({ province: 'quang-nam' });
    expect(parseProvince('Đà Nẵng')).toHaveProperty('error');
  });

  it('are found in question text as whole words, and replaced by the former name for retrieval', () => {
    expect(provinceInQuestion('Kế hoạch của TP Đà Nẵng giao Công an làm gì?', updates, KNOWN)).toBe('quang-nam');
    expect(provinceInQuestion('ke hoach can tho ve ho tro nan nhan', updates, KNOWN)).toBe('soc-trang');
    expect(provinceInQuestion('Đà Nẵng và Gia Lai khác nhau thế nào?', updates, KNOWN)).toBeUndefined();
    expect(provinceInQuestion('dân tộc Gia Rai', updates, KNOWN)).toBeUndefined();
    expect(replaceName('Kế hoạch của da nang, Đà Nẵng.', 'Đà Nẵng', 'Quảng Nam')).toBe('Kế hoạch của Quảng Nam, Quảng Nam.');
  });

  it("a question naming today's province reaches retrieval with the former one, and the answer says the plan predates the merger", async () => {
    const { deps, calls } = withRetrieval('Theo các văn bản hiện có:\n\n[1] KH\n«Công an tỉnh chủ trì.»', [
      'plans/quang-nam-2024-ho-tro-nan-nhan.md',
    ]);
    const r = await askQuestion('Kế hoạch của Đà Nẵng giao Công an làm gì?', { province: null }, deps);
    expect(calls[0].q).toBe('Kế hoạch của Quảng Nam giao Công an làm gì?');
    expect(noteLines(r.text)).toEqual([
      'Lưu ý: KH Quảng Nam 2024 do tỉnh Quảng Nam ban hành trước khi sáp nhập vào thành phố Đà Nẵng (01/07/2025).',
    ]);
  });

  it('a plan of a province that kept its name after the merger names the provinces that joined it, not a merger into itself', async () => {
    const { deps } = withRetrieval('Theo các văn bản hiện có:\n\n[1] ĐA\n«Công an tỉnh chủ trì.»', [
      'plans/dong-nai-2016-2020-de-an-tiep-nhan-xac-minh.md',
    ]);
    const r = await askQuestion('Đề án của Đồng Nai giao Công an làm gì?', { province: null }, deps);
    const [note] = noteLines(r.text);
    expect(note).toContain('do tỉnh Đồng Nai (cũ) ban hành trước khi sáp nhập với Bình Phước thành tỉnh Đồng Nai hiện nay');
    expect(note).not.toContain('sáp nhập vào');
  });

  it("a former province's plan for a year none of its plans runs is not in the documents; a year one runs is answered", async () => {
    for (const [q, whose, held] of [
      ['KH năm 2025 của UBND tỉnh Đồng Nai giao Sở Y tế những nhiệm vụ gì?', 'tỉnh Đồng Nai', 'ĐA Đồng Nai 2016–2020'],
      ['Kế hoạch năm 2025 của Quảng Nam giao Công an làm gì?', 'tỉnh Quảng Nam', 'KH Quảng Nam 2024'],
    ] as const) {
      const { deps, calls } = withRetrieval('Theo các văn bản hiện có: «đoạn gần nhất»', ['plans/quang-nam-2024-ho-tro-nan-nhan.md']);
      const r = await askQuestion(q, { province: null }, deps);
      expect(calls, q).toEqual([]);
      expect(r.text, q).toMatch(new RegExp(`^Thông tin về kế hoạch năm 2025 của ${whose} không có trong các văn bản hiện có`));
      expect(r.text, q).toContain(`Kho chỉ có kế hoạch của tỉnh ${whose.slice(5)} cũ (${held})`);
    }
    const { deps, calls } = withRetrieval('Theo các văn bản hiện có: «đoạn gần nhất»', ['plans/binh-dinh-2021-2025-ho-tro-nan-nhan.md']);
    await askQuestion('Kế hoạch năm 2025 của Bình Định có chỉ tiêu gì?', { province: null }, deps);
    expect(calls).toHaveLength(1);
  });

  it('a plan of a province that merged with one of the documents, issued before the merger, is not in the documents', async () => {
    for (const [q, whose, held] of [
      ['Kế hoạch năm 2023 của Hậu Giang giao cho sở nào chủ trì?', 'kế hoạch năm 2023 của Hậu Giang', 'tỉnh Sóc Trăng'],
      ['tinh binh phuoc co ke hoach ho tro nan nhan khong', 'kế hoạch của Bình Phước', 'tỉnh Đồng Nai'],
    ]) {
      const { deps, calls } = withRetrieval('Theo các văn bản hiện có: «đoạn gần nhất»', [
        'plans/soc-trang-phoi-hop-tiep-nhan-bao-ve-ho-tro.md',
      ]);
      const r = await askQuestion(q, { province: 'quang-nam' }, deps);
      expect(calls, q).toEqual([]);
      expect(r.kind, q).toBe('abstain');
      expect(r.text, q).toMatch(new RegExp(`^Thông tin về ${whose} không có trong các văn bản hiện có`));
      expect(r.text, q).toContain(`Kho chỉ có kế hoạch của ${held}`);
      expect(r.text, q).toContain('tỉnh Quảng Nam');
    }
    // Named by today's unit's name, the area is the documents' province with its partner: the documents answer.
    const { deps, calls } = withRetrieval('Theo các văn bản hiện có: «đoạn gần nhất»', ['plans/binh-dinh-2021-2025-ho-tro-nan-nhan.md']);
    await askQuestion('Gia Lai năm 2022 có kế hoạch hỗ trợ nạn nhân với chỉ tiêu gì?', { province: null }, deps);
    expect(calls).toHaveLength(1);
  });

  it("a plan of today's merged unit for a year from the merger on is not in the documents; what they hold is named, not quoted", async () => {
    for (const [q, province] of [
      ['Thành phố Đà Nẵng năm 2025 đặt ra những chỉ tiêu gì?', null],
      ['ke hoach nam 2026 cua tinh gia lai co muc tieu gi', null],
      ['Kế hoạch năm 2025 của thành phố Đà Nẵng giao Sở Y tế làm gì?', 'quang-nam'],
    ] as const) {
      const { deps, calls } = withRetrieval('Theo các văn bản hiện có: «đoạn gần nhất»', ['plans/quang-nam-2024-ho-tro-nan-nhan.md']);
      const r = await askQuestion(q, { province }, deps);
      expect(calls, q).toEqual([]);
      expect(r.kind, q).toBe('abstain');
      expect(r.text, q).toMatch(/^Thông tin về kế hoạch năm 202\d của (thành phố Đà Nẵng|tỉnh Gia Lai) không có trong các văn bản hiện có/);
      expect(r.text, q).toMatch(/Kho chỉ có kế hoạch của tỉnh (Quảng Nam|Bình Định) cũ \(KH /);
      expect(r.text, q).not.toContain('«');
    }
    // Asked with the merger in its words, the missing plan is still the answer; the merger facts come as context.
    const { deps } = withRetrieval('Theo các văn bản hiện có: «đoạn gần nhất»', ['plans/quang-nam-2024-ho-tro-nan-nhan.md']);
    const merged = await askQuestion('Đà Nẵng sau hợp nhất đã có kế hoạch năm 2025 chưa, nội dung ra sao?', { province: null }, deps);
    expect(merged.kind).toBe('abstain');
    expect(merged.text).toMatch(/^Thông tin về kế hoạch năm 2025 của thành phố Đà Nẵng không có trong các văn bản hiện có/);
    expect(merged.text).toContain('Tỉnh Quảng Nam cũ nay thuộc thành phố Đà Nẵng');
    expect(merged.text.indexOf('nay thuộc')).toBeLessThan(merged.text.indexOf('Bạn có thể hỏi'));
    // A figure of the new unit, or who holds an office there, is in neither the documents nor the file: the merger
    // facts are context.
    for (const q of ['Tỉnh Gia Lai mới có bao nhiêu xã sau sáp nhập?', 'Hiện nay ai là Giám đốc Sở Y tế thành phố Cần Thơ?']) {
      const { deps, calls } = withRetrieval('Theo các văn bản hiện có: «đoạn gần nhất»', ['plans/quang-nam-2024-ho-tro-nan-nhan.md']);
      const r = await askQuestion(q, { province: null }, deps);
      expect(calls, q).toEqual([]);
      expect(r.kind, q).toBe('abstain');
      expect(r.text, q).toMatch(/^Thông tin về .* không có trong các văn bản hiện có/);
      expect(r.text, q).toMatch(/cũ nay thuộc (tỉnh Gia Lai|thành phố Cần Thơ)/);
    }
    // Who does the work in a merged province today, no abolished agency named: the file's changes of that work.
    {
      const { deps, calls } = withRetrieval('Theo các văn bản hiện có: «đoạn gần nhất»', ['plans/quang-nam-2024-ho-tro-nan-nhan.md']);
      const r = await askQuestion('Ở Gia Lai bây giờ ai lo hỗ trợ nạn nhân?', { province: null }, deps);
      expect(calls).toEqual([]);
      expect(r.text).toContain('Tỉnh Bình Định cũ nay thuộc tỉnh Gia Lai');
      expect(r.text).toContain('Nay: Sở Y tế (bảo trợ xã hội, hỗ trợ nạn nhân bị mua bán)');
      // Without a merged province, the documents answer.
      await askQuestion('Bây giờ ai lo hỗ trợ nạn nhân bị mua bán?', { province: null }, deps);
      expect(calls).toHaveLength(1);
      // Unless a ministry or a department is asked for: the documents name only the abolished one.
      const ministry = await askQuestion('hiện giờ bộ nào phụ trách việc hỗ trợ nạn nhân', { province: null }, deps);
      expect(ministry.text).toContain('Nay: Bộ Y tế');
      expect(ministry.text).not.toContain('Nay: Sở Y tế');
      const department = await askQuestion('Hiện nay sở nào lo hỗ trợ nạn nhân bị mua bán ở tỉnh?', { province: null }, deps);
      expect(department.text).toContain('Nay: Sở Y tế');
      expect(calls).toHaveLength(1);
      // Who does a task the plan sets, asked without "bây giờ", is the plan's to answer, not the merger's.
      const task = await askQuestion('Ở Sóc Trăng nạn nhân được giải cứu về thì ai lo xe đưa về nhà?', { province: null }, deps);
      expect(calls).toHaveLength(2);
      expect(task.text).not.toContain('nay thuộc thành phố Cần Thơ (cùng với');
    }
    // Named by the former name, or for a year before the merger, the question asks for the plans the documents hold.
    for (const q of ['Kế hoạch năm 2024 của Quảng Nam đặt chỉ tiêu gì?', 'Kế hoạch năm 2024 của Đà Nẵng đặt chỉ tiêu gì?']) {
      const { deps, calls } = withRetrieval('Theo các văn bản hiện có: «đoạn gần nhất»', ['plans/quang-nam-2024-ho-tro-nan-nhan.md']);
      await askQuestion(q, { province: null }, deps);
      expect(calls.length, q).toBe(1);
    }
  });
});

describe('notes under an answer', () => {
  it('an abolished agency gets exactly one line, in the file words, however many are quoted', () => {
    const text =
      '«Phòng Lao động – Thương binh và Xã hội, Công an cấp huyện và Ủy ban nhân dân cấp huyện phối hợp với Sở Lao động - Thương binh và Xã hội.»';
    const notes = answerNotes(text, [], updates);
    expect(notes).toHaveLength(1);
    expect(notes[0]).not.toContain('\n');
    expect(notes[0]).toContain('Phòng Lao động - Thương binh và Xã hội');
    expect(notes[0]).toContain(updates.agencies[2].now);
    expect(firstAbolishedAgency('«UBND huyện tổ chức tiếp nhận.»', updates)?.change.confidence).toBe('medium');
    expect(answerNotes('«UBND huyện tổ chức tiếp nhận.»', [], updates)[0]).toMatch(/^Lưu ý \(thông tin chưa thật chắc chắn\): UBND huyện/);
    expect(answerNotes('«Ủy ban nhân dân cấp xã tiếp nhận.»', [], updates)).toEqual([]);
    // The committee written in full or, in chat, as "ủy ban" before its tier is the same body.
    for (const said of ['Ủy ban nhân dân huyện tổ chức tiếp nhận.', 'ủy ban huyện bỏ rồi thì ai lo', 'uy ban huyen bo roi'])
      expect(firstAbolishedAgency(said, updates)?.change, said).toBe(firstAbolishedAgency('UBND huyện', updates)?.change);
    expect(firstAbolishedAgency('Ủy ban Mặt trận Tổ quốc huyện', updates)).toBeUndefined();
  });

  it("an abolished agency's line says what the file is unsure of about it, in the file's words", () => {
    const change = updates.agencies.find((a) => a.unsure)!;
    const [note] = answerNotes(`«${change.old[0]} lập hồ sơ.»`, [], updates);
    expect(note).toContain(change.now);
    expect(note).toContain(change.unsure);
  });

  it('an answer from the 2011 law or a text detailing it says the 2024 law applies and gives the transitional rule, once', () => {
    for (const ids of [
      ['regulations/luat-66-2011.md'],
      ['regulations/nd-09-2013.md'],
      ['regulations/tt-78-2013-bqp.md', 'regulations/luat-66-2011.md'],
    ]) {
      const notes = answerNotes('«Nạn nhân được hỗ trợ.»', ids.map(doc), updates);
      expect(notes, ids.join()).toHaveLength(1);
      expect(notes[0]).toContain('từ 01/07/2025 áp dụng Luật Phòng, chống mua bán người số 53/2024/QH15');
      expect(notes[0]).toContain('Chuyển tiếp: Người được xác định là nạn nhân trước ngày 01/07/2025');
    }
    expect(answerNotes('«Nạn nhân được hỗ trợ.»', [doc('regulations/luat-53-2024-trich.md')], updates)).toEqual([]);
  });

  it('a question naming the 2011 law answered from the 2024 one says the first was replaced, with the transitional rule', async () => {
    const { deps } = withRetrieval('Theo Luật 53/2024/QH15 (trích) [1]: «Nạn nhân được hỗ trợ.»', ['regulations/luat-53-2024-trich.md']);
    for (const q of ['Theo Luật 66/2011 nạn nhân được hỗ trợ gì?', 'luat phong chong mua ban nguoi nam 2011 quy dinh ho tro gi']) {
      const notes = noteLines((await askQuestion(q, {}, deps)).text);
      expect(notes, q).toHaveLength(1);
      expect(notes[0]).toContain('Chuyển tiếp:');
    }
    expect(noteLines((await askQuestion('Nạn nhân được hỗ trợ gì?', {}, deps)).text)).toEqual([]);
  });

  it('an amount from a replaced text is never presented as current', () => {
    const old = doc('regulations/ttlt-134-2013-het-hieu-luc.md');
    const [note] = answerNotes('«Hỗ trợ tiền thuốc mức 50.000 đồng/nạn nhân.»', [old], updates);
    expect(note).toContain('số tiền trên lấy từ TTLT 134/2013/TTLT-BTC-BLĐTBXH');
    expect(note).toContain('đã được thay thế bởi TT 84/2019/TT-BTC');
    expect(note).toContain('không phải mức hiện hành');
    expect(note).toContain('mức chi hiện hành chưa được nêu trong kho văn bản');
    expect(answerNotes('«Khóa học dưới 3 tháng.»', [old], updates)).toEqual([]);
    // "khoản 1 Điều này" cites a clause; `đ` abbreviates đồng only on its own ("30.000đ").
    expect(answerNotes('«Hỗ trợ theo quy định tại khoản 1 Điều này.»', [old], updates)).toEqual([]);
    expect(answerNotes('«Hỗ trợ 30.000đ mỗi ngày.»', [old], updates)[0]).toContain('không phải mức hiện hành');
  });

  it('a quoted number the file is unsure still works gets its caveat', () => {
    expect(answerNotes('• 1800 1581: Tổng đài', [], updates)[0]).toMatch(/^Lưu ý \(thông tin chưa thật chắc chắn\): 1800 1581: /);
    expect(answerNotes('• 111: Tổng đài quốc gia', [], updates)).toEqual([]);
  });

  it('abstentions get no notes', async () => {
    const deps: AskDeps = {
      answer: async () => ({ kind: 'abstain', text: 'Không có trong các văn bản. Sở LĐTBXH', citations: [] }),
      corpus: () => corpus,
      updates: () => updates,
    };
    expect(noteLines((await askQuestion('Sở LĐTBXH làm gì về việc này?', {}, deps)).text)).toEqual([]);
  });
});

describe('questions about what changed', () => {
  const ask = (q: string) => {
    const { deps, calls } = withRetrieval('Theo các văn bản hiện có: «x»', ['regulations/luat-66-2011.md']);
    return askQuestion(q, {}, deps).then((r) => ({ r, retrieved: calls.length > 0 }));
  };

  it('asking what the old text says and whether it still holds: the documents answer the first half, the file the second', async () => {
    const { deps, calls } = withRetrieval('Theo Luật 66/2011/QH12 [1]: «Sở Lao động – Thương binh và Xã hội thực hiện trợ cấp»', [
      'regulations/luat-66-2011.md',
    ]);
    const r = await askQuestion('Theo luật cũ thì sở nào chi trợ cấp khó khăn ban đầu? giờ còn đúng ko', {}, deps);
    expect(calls.map((c) => c.q)).toEqual(['Theo luật cũ thì sở nào chi trợ cấp khó khăn ban đầu?']);
    expect(r.text).toMatch(/^Theo Luật 66\/2011\/QH12 \[1\]: «Sở Lao động/);
    expect(r.text).toContain('53/2024/QH15 thay cho Luật Phòng, chống mua bán người số 66/2011/QH12');
    // Naming no text, the still-holds turn does not steer what is looked up ("áp dụng biện pháp bảo vệ").
    const plain = withRetrieval('Theo các văn bản hiện có: «x»', ['regulations/luat-53-2024-trich.md']);
    await askQuestion('Nạn nhân được hỗ trợ những gì, hiện nay còn áp dụng không?', {}, plain.deps);
    expect(plain.calls.map((c) => c.q)).toEqual(['Nạn nhân được hỗ trợ những gì?']);
  });

  it('are answered from the file with the source named, not from retrieval', async () => {
    const law = await ask('luat pcmbn 2024 co hieu luc tu ngay nao');
    expect(law.retrieved).toBe(false);
    expect(law.r.text).toContain('Luật Phòng, chống mua bán người số 53/2024/QH15 áp dụng từ 01/07/2025');
    expect(law.r.text).toContain('nguồn: hethongphapluat.com');
    const merged = await ask('Bình Định bây giờ sáp nhập vào tỉnh nào?');
    expect(merged.r.text).toContain('Tỉnh Bình Định cũ nay thuộc tỉnh Gia Lai');
    expect(merged.r.text).toContain('nguồn: congdoan.vn');
    const agency = await ask('Phòng LĐTBXH huyện không còn nữa thì ai tiếp nhận nạn nhân?');
    expect(agency.r.text).toContain('UBND cấp xã tiếp nhận và thông báo ngay cho cơ quan chuyên môn về y tế cấp tỉnh');
    // Called by the first part of its title or of its abbreviation, and said gone in chat words.
    for (const q of [
      'Sở Lao động xóa sổ rồi thì giờ ai chi trợ cấp cho nạn nhân?',
      'phong lao dong huyen dep roi thi viec do ai lam',
      'Sở LĐTB giải thể rồi thì giờ ai lo cho nạn nhân?',
    ]) {
      const short = await ask(q);
      expect(short.retrieved, q).toBe(false);
      expect(short.r.text, q).toMatch(/Nay: (Sở Y tế|Không còn)/);
    }
    const unsaid = await ask('Việc của Sở Lao động thương binh xã hội giờ giao cho sở nào?');
    expect(unsaid.retrieved).toBe(false);
    expect(unsaid.r.text).toContain('Nay: Sở Y tế');
    const current = await ask('Hiện nay áp dụng luật nào về phòng chống mua bán người?');
    expect(current.r.text).toContain('53/2024/QH15 áp dụng từ 01/07/2025');
    const detail = await ask('Nghị định nào hướng dẫn luật PCMBN 2024?');
    expect(detail.r.text).toContain('Quy định chi tiết: Nghị định 162/2025/NĐ-CP');
    // Asking what an old text says of a topic is a question for the documents.
    expect((await ask('Nghị định 09/2013 hướng dẫn gì về hỗ trợ y tế?')).retrieved).toBe(true);
    // Whether a replaced text still applies is a change; its own dates, and any text's signing, are in the documents.
    const still = await ask('Thông tư liên tịch 01/2014 bây giờ còn áp dụng không?');
    expect(still.retrieved).toBe(false);
    expect(still.r.text).toContain('Nghị định 162/2025/NĐ-CP');
    expect((await ask('Nghị định 62/2012 bắt đầu có hiệu lực từ ngày nào?')).retrieved).toBe(true);
    // A bundled text's signing is in its own front matter, not in the file.
    const signed = await ask('Luật phòng chống mua bán người 2024 được Quốc hội thông qua ngày nào?');
    expect(signed.r.text).toContain('thông qua ngày 28/11/2024');
    expect(signed.r.text).not.toContain('áp dụng từ 01/07/2025, thay cho');
    // Whether an old text was replaced, by which the amending law changed, since when a body's work moved elsewhere.
    const replaced = await ask('Nghị định 09/2013 về chế độ hỗ trợ nạn nhân đã bị thay chưa?');
    expect(replaced.r.text).toContain('Theo nguồn hiện có (chưa thật chắc chắn): Nghị định 162/2025/NĐ-CP');
    const amended = await ask('Luật 86/2025 sửa những điều nào của luật phòng chống mua bán người?');
    expect(amended.r.text).toContain('sửa đổi Điều 27, Điều 28');
    const amendingLaw = await ask('Luật 86/2025 có hiệu lực khi nào?');
    expect(amendingLaw.r.text).toContain('Luật số 86/2025/QH15 (25/06/2025, hiệu lực 01/07/2025)');
    const moved = await ask('Bộ LĐTBXH chuyển phần bảo trợ xã hội sang Bộ Y tế từ ngày nào?');
    expect(moved.retrieved).toBe(false);
    expect(moved.r.text).toContain('Bộ LĐTBXH không còn như trước (từ 01/03/2025)');
    // The decree detailing today's law, named by what it does, is dated by the file.
    const decree = await ask('Nghị định hướng dẫn luật PCMBN mới ban hành ngày nào?');
    expect(decree.r.text).toContain('Nghị định 162/2025/NĐ-CP (29/06/2025');
  });

  it("a unit of today's seat, the unit named as new, what a text of today replaced, an old body's work today", async () => {
    const seat = await ask('Gia Lai mới trung tâm hành chính ở đâu');
    expect(seat.r.text).toMatch(/^Theo thông tin cập nhật[\s\S]*Trung tâm hành chính: Quy Nhơn/);
    expect((await ask('Đồng Nai mới gồm những tỉnh cũ nào?')).r.text).toContain('(cùng với Bình Phước)');
    const replaced = await ask('Thông tư 84/2019 thay cho thông tư nào?');
    expect(replaced.r.text).toContain('thay cho Thông tư liên tịch 134/2013/TTLT-BTC-BLĐTBXH');
    const work = await ask('Sở Nội vụ bây giờ làm việc gì mà trước Sở LĐTBXH làm?');
    expect(work.r.text).toContain('lao động, việc làm: Sở Nội vụ');
  });

  it('a merger said in chat words right after the province is answered from the file; the same words elsewhere are not', async () => {
    for (const [q, old] of [
      ['Bình Định giờ nhập chung với những tỉnh nào vậy?', 'Bình Định'],
      ['Sóc Trăng giờ về chung với Cần Thơ hả?', 'Sóc Trăng'],
      ['quang nam nhap lai da nang chua', 'Quảng Nam'],
      ['Đồng Nai còn là tỉnh không?', 'Đồng Nai'],
    ]) {
      const { r, retrieved } = await ask(q);
      expect(retrieved, q).toBe(false);
      expect(r.text, q).toContain(`Tỉnh ${old} cũ nay thuộc`);
    }
    // Said of someone in the province, or of something else, the words are not the merger.
    for (const q of [
      'Ở Bình Định người bị bán về nhập lại hộ khẩu ở đâu?',
      'Ở Bình Định nạn nhân nhập lại hộ khẩu ở đâu?',
      'Ở Sóc Trăng cháu về chung với ông bà thì xã hỗ trợ gì?',
      'Bình Định nhập thêm tên nạn nhân vào danh sách hỗ trợ thế nào?',
    ])
      expect((await ask(q)).retrieved, q).toBe(true);
  });

  it('the district tier and the merged provinces as a whole are answered from the file', async () => {
    const tiers = await ask('Chính quyền địa phương bây giờ còn mấy cấp?');
    expect(tiers.retrieved).toBe(false);
    expect(tiers.r.text).toContain('cấp huyện đã bỏ');
    const all = await ask('Các tỉnh mới sau sáp nhập bắt đầu hoạt động từ ngày nào?');
    for (const old of ['Quảng Nam', 'Bình Định', 'Sóc Trăng', 'Đồng Nai']) expect(all.r.text).toContain(`Tỉnh ${old} cũ nay thuộc`);
  });

  it('a question on what a plan said and on who does it today gets both halves', async () => {
    const { deps, calls } = withRetrieval('Theo KH Đồng Nai [1]: «… tại Trung tâm Bảo trợ Huấn nghệ cô nhi Biên Hòa.»', [
      'plans/dong-nai-2016-2020-de-an-tiep-nhan-xac-minh.md',
    ]);
    const q = 'Kế hoạch Đồng Nai đưa nạn nhân trở về vào trung tâm nào, và hiện nay sở nào phụ trách hỗ trợ nạn nhân?';
    const r = await askQuestion(q, {}, deps);
    expect(calls[0].q).toBe('Kế hoạch Đồng Nai đưa nạn nhân trở về vào trung tâm nào?');
    expect(r.text).toMatch(/^Theo KH Đồng Nai \[1\]/);
    expect(r.text).toContain('Nay: Sở Y tế');
  });

  it('a question whose first half asks about a merger gets the merger and the answer to its other half', async () => {
    const both = await ask('Sóc Trăng nhập vào Cần Thơ rồi thì nạn nhân ở đó được trợ cấp khó khăn ban đầu ra sao?');
    expect(both.retrieved).toBe(true);
    expect(both.r.text).toContain('Tỉnh Sóc Trăng cũ nay thuộc thành phố Cần Thơ');
    expect(both.r.text).toContain('Theo các văn bản hiện có: «x»');
    // Asked alone, the merger is the whole answer.
    expect((await ask('Sóc Trăng nhập vào Cần Thơ rồi phải không?')).retrieved).toBe(false);
  });

  it('passages the answerer is unsure of are no answer to the other half: the merger facts stand alone, unhedged', async () => {
    const { deps } = withRetrieval(`${UNSURE_INTRO}\n\nTrích dẫn:\n[1] x\n«y»`, ['plans/soc-trang-phoi-hop-tiep-nhan-bao-ve-ho-tro.md']);
    const r = await askQuestion('Sóc Trăng nhập vào Cần Thơ rồi thì nạn nhân ở đó được trợ cấp khó khăn ban đầu ra sao?', {}, deps);
    expect(r.text).toContain('Tỉnh Sóc Trăng cũ nay thuộc thành phố Cần Thơ');
    expect(r.text).not.toContain(UNSURE_INTRO);
  });

  it('whether, or by what, the law of today was amended: the amendment leads, with the amended article the folder holds', async () => {
    for (const q of [
      'Luật Phòng, chống mua bán người năm 2024 đã được sửa đổi chưa?',
      'luat 53/2024 co bi sua doi khong, sua nhung dieu nao',
      'Văn bản nào đã sửa đổi Điều 27 của Luật 53/2024/QH15?',
      'Luật 86/2025 sửa đổi những điều nào?',
    ]) {
      const { r, retrieved } = await ask(q);
      expect(retrieved, q).toBe(false);
      expect(r.text, q).toMatch(
        /^Theo thông tin cập nhật[^•]*• Luật Phòng, chống mua bán người số 53\/2024\/QH15 đã được sửa đổi: Luật số 86\/2025\/QH15/,
      );
      expect(r.text, q).toContain('nguồn: ');
      expect(r.citations[0]?.label, q).toMatch(/Điều 27/);
    }
    // What the amended article says is a question for the documents.
    expect((await ask('Điều 27 Luật 53/2024 sau sửa đổi quy định xã phải làm gì?')).retrieved).toBe(true);
  });

  it('a line whose cost the documents do not state: the notice leads, then what the file says of the line', async () => {
    const r = await askQuestion(
      'Gọi tổng đài 111 có mất tiền không?',
      {},
      withDirectory({ national: [{ name: 'Tổng đài quốc gia bảo vệ trẻ em', phone: '111', role: 'Tiếp nhận tin báo.' }], provinces: {} }),
    );
    expect(r.kind).toBe('abstain');
    expect(r.text).toMatch(/^Cước phí và giờ trực của tổng đài 111 không có trong các văn bản hiện có\.\n\nThông tin cập nhật liên quan/);
    expect(r.text).toContain('khai trương chức năng này ngày 19/09/2025');
  });

  it("an answer unsure of its passages to a question naming a line leads with the file's facts on it, not a hedge", async () => {
    const unsure = withRetrieval(`${UNSURE_INTRO}\n\n[1]: «đoạn gần nhất»`, ['plans/binh-dinh-2021-2025-ho-tro-nan-nhan.md']).deps;
    const r = await askQuestion('Số 111 có nhận tin báo về người lớn bị mua bán không?', {}, unsure);
    expect(r.text).toMatch(/^Theo thông tin cập nhật/);
    expect(r.text).toContain('khai trương chức năng này ngày 19/09/2025');
    expect(r.text).toContain('Các đoạn văn bản có thể liên quan:\n[1]: «đoạn gần nhất»');
    expect(r.text).not.toContain(UNSURE_INTRO);
    // Naming no line the file knows, the hedge stays.
    const other = await askQuestion('Nạn nhân có được hỗ trợ tiền tàu xe không?', {}, unsure);
    expect(other.text.startsWith(UNSURE_INTRO)).toBe(true);
  });

  it("a merged province's own line the documents lack: the notice leads, and the plan listed says it predates the merger", async () => {
    const r = await askQuestion(
      'Số đường dây nóng tố giác mua bán người của TP Cần Thơ là số mấy?',
      {},
      withDirectory({
        national: [{ name: 'Tổng đài quốc gia bảo vệ trẻ em', phone: '111', role: 'Tiếp nhận tin báo.' }],
        provinces: {
          'soc-trang': {
            name: 'Sóc Trăng',
            source: 'plans/soc-trang-phoi-hop-tiep-nhan-bao-ve-ho-tro.md',
            contacts: [{ agency: 'Công an tỉnh Sóc Trăng', role: 'Tiếp nhận nạn nhân.', section: 'III. Tổ chức thực hiện › 2.' }],
          },
        },
      }),
    );
    expect(r.kind).toBe('abstain');
    expect(r.text).toMatch(/^Số đường dây nóng riêng của tỉnh Sóc Trăng không có trong các văn bản hiện có\./);
    expect(noteLines(r.text)).toContain(
      'Lưu ý: KH Sóc Trăng do tỉnh Sóc Trăng ban hành trước khi sáp nhập vào thành phố Cần Thơ (01/07/2025).',
    );
  });

  it("a question on a merged province's own line gets what the file says of that number", async () => {
    const r = await askQuestion(
      'Đường dây nóng của Quảng Nam sau khi nhập vào Đà Nẵng còn gọi được không?',
      {},
      withDirectory({
        national: [],
        provinces: {
          'quang-nam': {
            name: 'Quảng Nam',
            source: 'x',
            contacts: [{ agency: 'Tổng đài của tỉnh', role: 'Tố giác.', phone: '1800 1581' }],
          },
        },
      }),
    );
    expect(r.text).toContain('Số 1800 1581: Tổng đài của tỉnh Quảng Nam');
    expect(r.text).toContain('chưa có nguồn xác nhận số này còn hoạt động');
  });

  it('a question naming a hotline keeps the documents answer and adds what the file says of the line', async () => {
    const hotline = await ask('tổng đài 111 có nhận tin báo mua bán người không?');
    expect(hotline.retrieved).toBe(true);
    expect(hotline.r.text).toMatch(/^Theo các văn bản hiện có/);
    expect(noteLines(hotline.r.text).filter((l) => l.includes('khai trương chức năng này ngày 19/09/2025'))).toHaveLength(1);
    // When the documents have nothing, the file's fact is the answer.
    const deps: AskDeps = {
      answer: async () => ({ kind: 'abstain', text: 'Nội dung này không có trong các văn bản hiện có.', citations: [] }),
      corpus: () => corpus,
      updates: () => updates,
    };
    const r = await askQuestion('Số 111 là của cơ quan nào?', {}, deps);
    expect(r.kind).toBe('answer');
    expect(r.text).toContain('Bộ Y tế vận hành');
  });

  it('which law applies today, in everyday wording or with a date from 2025 on, is the change itself', async () => {
    for (const q of [
      'Từ ngày 01/7/2025, công tác phòng, chống mua bán người được điều chỉnh bởi luật nào?',
      'bay gio ap dung luat phong chong mua ban nguoi nao',
      'Luật phòng chống mua bán người cũ hay luật mới đang áp dụng?',
    ]) {
      const { r, retrieved } = await ask(q);
      expect(retrieved, q).toBe(false);
      expect(r.text, q).toContain('53/2024/QH15 áp dụng từ 01/07/2025');
    }
    // Another law, or what the new law grants, is a question for the documents.
    for (const q of ['Bộ luật hình sự hiện nay xử lý theo điều luật nào?', 'Theo luật mới nạn nhân được hỗ trợ những gì?'])
      expect((await ask(q)).retrieved, q).toBe(true);
  });

  it('a content question qualified by the law of today asks what that law says, not which law applies', async () => {
    for (const q of [
      'Theo luật hiện hành, nạn nhân được hưởng những chế độ hỗ trợ gì?',
      'theo quy dinh hien nay nguoi nuoc ngoai bi mua ban duoc huong che do nao',
      'Theo luật mới nhất, những hành vi nào bị nghiêm cấm?',
      'Theo pháp luật hiện hành, việc xác định nạn nhân căn cứ vào tài liệu nào?',
    ])
      expect((await ask(q)).retrieved, q).toBe(true);
    // The law of today as the subject of what it forbids or lays down qualifies the question the same way.
    for (const q of ['Pháp luật hiện nay cấm những hành vi nào liên quan đến mua bán người?', 'luat moi quy dinh nhung hanh vi nao bi cam'])
      expect((await ask(q)).retrieved, q).toBe(true);
    // Asking which text applies, or whether one still does, stays the change itself.
    for (const q of [
      'Theo quy định hiện hành thì luật nào đang áp dụng?',
      'Luật 66/2011 hiện còn hiệu lực không?',
      'Luật hiện hành là luật nào?',
    ]) {
      const { r, retrieved } = await ask(q);
      expect(retrieved, q).toBe(false);
      expect(r.text, q).toContain('53/2024/QH15 áp dụng từ 01/07/2025');
    }
  });

  it('the law in force asked for its number or date is the change itself; asked what it lays down, the documents', async () => {
    for (const q of [
      'Luật phòng, chống mua bán người đang có hiệu lực là luật số mấy?',
      'luat phong chong mua ban nguoi dang ap dung co hieu luc tu ngay nao',
    ]) {
      const { r, retrieved } = await ask(q);
      expect(retrieved, q).toBe(false);
      expect(r.text, q).toContain('53/2024/QH15 áp dụng từ 01/07/2025');
    }
    expect((await ask('Luật phòng, chống mua bán người đang có hiệu lực quy định nạn nhân được hỗ trợ gì?')).retrieved).toBe(true);
  });

  it('cites the bundled texts the facts name, an excerpt marked as one with what the folder holds of it', async () => {
    const { r } = await ask('Từ ngày 1/7/2025 công tác phòng, chống mua bán người căn cứ vào luật nào?');
    expect(r.citations.map((c) => c.docId)).toEqual(['regulations/luat-53-2024-trich.md', 'regulations/luat-66-2011.md']);
    expect(r.text).toMatch(
      /Theo Luật 53\/2024\/QH15 \(trích\) › Điều 1\. [^\n]*\[1\]: «Luật này quy định[^\n]*» \(kho chỉ có bản trích: 7 trong 63 điều\)/,
    );
    // The replaced text is cited with its validity, and the change is not repeated in a note.
    expect(r.citations[1].label).toContain('đã được thay thế bởi Luật 53/2024/QH15');
    expect(noteLines(r.text)).toEqual([]);
    // The text the question names is cited first; texts the folder does not hold (Nghị định 162/2025) are not cited.
    const decree = await ask('Nghị định 62/2012 bây giờ còn áp dụng không?');
    expect(decree.r.citations[0].docId).toBe('regulations/nd-62-2012.md');
    expect(decree.r.citations.length).toBeLessThanOrEqual(3);
    // Facts naming no bundled text cite nothing.
    expect((await ask('Quảng Nam bây giờ sáp nhập vào đâu?')).r.citations).toEqual([]);
  });

  it("a replaced text asked since when it applied and whether it still does: the change, then the text's own start date", async () => {
    for (const q of [
      'Luật 66/2011 có hiệu lực từ ngày nào, đã hết hiệu lực chưa?',
      'nghi dinh 09/2013 ap dung tu khi nao, con hieu luc khong',
    ]) {
      const { r } = await ask(q);
      expect(r.text, q).toMatch(/áp dụng từ 01\/07\/2025/);
      expect(r.text, q).toMatch(/«(Luật|Nghị định) này có hiệu lực thi hành (kể )?từ ngày \d+ tháng \d+ năm \d{4}\.»/);
    }
    // Until when it applied is the change's answer, with no start date quoted; "bây giờ còn áp dụng không" after a
    // since-when half is the same question, not a half for the documents.
    const until = await ask('Luật 66/2011 có hiệu lực đến khi nào, giờ còn hiệu lực không?');
    expect(until.r.text).toMatch(/^Theo thông tin cập nhật/);
    expect(until.r.text).not.toContain('có hiệu lực thi hành từ ngày');
    const since = await ask('Luật 66/2011 có hiệu lực từ ngày nào, bây giờ còn áp dụng không?');
    expect(since.r.text).toMatch(/^Theo thông tin cập nhật/);
    expect(since.r.text).toContain('có hiệu lực thi hành từ ngày 01 tháng 01 năm 2012');
    // Asked only whether it still applies, the text is cited by its opening article.
    const still = await ask('Luật 66/2011 hiện còn hiệu lực không?');
    expect(still.r.text).not.toContain('có hiệu lực thi hành từ ngày');
  });
  it('victims identified before the change: the transitional rule leads, a text year is not such a date', async () => {
    for (const q of [
      'Nạn nhân được xác định trước 01/07/2025 thì hưởng chế độ theo luật nào?',
      'Người được xác định là nạn nhân từ năm 2023 thì bây giờ áp dụng chế độ của luật nào?',
      // Identification in chat words: the trafficking "certified" by the police.
      'Chị tôi được công an xác nhận bị bán năm 2022, giờ còn hưởng chế độ theo luật cũ không?',
      // A month of the year of the change, before its day.
      'Em được xác định là nạn nhân tháng 5/2025 thì hưởng chế độ theo luật nào?',
    ]) {
      const { r } = await ask(q);
      expect(r.text, q).toMatch(/^Theo thông tin cập nhật[^•]*• Chuyển tiếp: Người được xác định là nạn nhân trước ngày 01\/07\/2025/);
    }
    // A day after the change is under today's law.
    const after = await ask('Em được xác định là nạn nhân ngày 15/8/2025 thì hưởng chế độ theo luật nào?');
    expect(after.r.text).not.toMatch(/^Theo thông tin cập nhật[^•]*• Chuyển tiếp/);
    const { r } = await ask('Từ 2025 việc phòng chống mua bán người theo luật nào?');
    expect(r.text).toMatch(/• Luật Phòng, chống mua bán người số 53\/2024\/QH15 áp dụng/);
    expect((await ask('Người đang trong quá trình xác định là nạn nhân được hỗ trợ những gì theo luật 2024?')).retrieved).toBe(true);
    // A plan's or a report's period and a deadline ("trước ngày nào") are not dates of identification.
    for (const q of [
      'Kế hoạch năm 2024 hỗ trợ nạn nhân có những mục tiêu gì?',
      'Nhiệm vụ hỗ trợ nạn nhân trong kế hoạch giai đoạn 2021-2025 là gì?',
      'Báo cáo kết quả công tác hỗ trợ nạn nhân năm 2024 gửi trước ngày nào?',
      'Sở Y tế có những nhiệm vụ gì trong hỗ trợ nạn nhân năm 2024?',
      // The plan abbreviated, or its year before it.
      'KH hỗ trợ nạn nhân năm 2024 của QN tập trung vào những nhiệm vụ gì?',
      'QN năm 2024 có kế hoạch làm gì để hỗ trợ nạn nhân?',
    ])
      expect((await ask(q)).retrieved, q).toBe(true);
    // Nor is the year of the work a province assigns to its departments; an official assigned to a task still asks of a
    // victim's year.
    const assigned = await ask('Tỉnh phân công các sở, ngành làm những việc gì để hỗ trợ nạn nhân bị mua bán trở về năm 2023?');
    expect(assigned.retrieved).toBe(true);
    expect(assigned.r.text).not.toMatch(/^Theo thông tin cập nhật[^•]*• Chuyển tiếp/);
    const official = await ask('Em là cán bộ được phân công tiếp nhận, nạn nhân được xác định năm 2024 thì được hỗ trợ những gì?');
    expect(official.r.text).toMatch(/^Theo thông tin cập nhật[^•]*• Chuyển tiếp/);
    // Nor is the year of a plan's targets.
    for (const q of ['Năm 2024 tỉnh đặt ra chỉ tiêu gì về hỗ trợ nạn nhân?', 'Mục tiêu hỗ trợ nạn nhân năm 2024 của tỉnh là gì?'])
      expect((await ask(q)).r.text, q).toMatch(/^Theo các văn bản hiện có/);
    // The year of a plan's title (the work in an area that year) is no date of identification either.
    const titled = await ask('Kinh phí thực hiện công tác hỗ trợ nạn nhân bị mua bán trên địa bàn tỉnh Quảng Nam năm 2024 lấy từ đâu?');
    expect(titled.r.text).toMatch(/^Theo các văn bản hiện có/);
    // Victims and a year, but no entitlement or law asked about: a figure the documents do not hold.
    const figures = (await ask('Năm 2024 Quảng Nam tiếp nhận bao nhiêu nạn nhân?')).r.text;
    expect(figures).not.toContain('Chuyển tiếp');
    expect(figures).toMatch(/^Số liệu thống kê \(số nạn nhân\) không có trong các văn bản hiện có/);
  });

  it('a text neither the documents nor the update file hold, named with its year, is said to be missing', async () => {
    for (const q of [
      'Theo Quyết định số 4521/QĐ-UBND năm 2021 của tỉnh, nạn nhân bị mua bán được hỗ trợ những gì?',
      'Theo Chỉ thị số 08/CT-UBND năm 2020 của tỉnh, người bị mua bán trở về năm 2021 được hưởng chế độ gì?',
    ]) {
      const { r } = await ask(q);
      expect(r.text, q).not.toContain('Chuyển tiếp');
      expect(r.text, q).toMatch(/^Thông tin về văn bản “[^”]*\d+\/[^”]*” không có trong các văn bản hiện có/);
    }
    // A text the update file names keeps the file's answer; a number and year it names, under another issuer, is not it.
    expect((await ask('Nghị định 162/2025/NĐ-CP quy định nạn nhân được hỗ trợ gì?')).r.text).toContain(
      'toàn văn Nghị định 162/2025/NĐ-CP chưa có',
    );
    expect((await ask('Theo Quyết định số 162/QĐ-UBND năm 2025 của tỉnh, nạn nhân được hỗ trợ gì?')).r.text).toMatch(
      /^Thông tin về văn bản “Quyết định số 162\/QĐ-UBND năm 2025” không có/,
    );
    // Nor is a text of another kind with the same number and year, named without an issuer.
    for (const [q, named] of [
      ['QĐ 162/2025 quy định nạn nhân được hỗ trợ gì?', 'QĐ 162/2025'],
      ['Quyết định 53/2024 nói gì?', 'Quyết định 53/2024'],
    ]) {
      expect((await ask(q)).r.text, q).toMatch(new RegExp(`^Thông tin về văn bản “${named.replace('/', '\\/')}” không có`));
    }
    // Typed with marks, "mỗi" is no "mới": no law of today is named, and the documents answer.
    for (const q of [
      'Theo luật, mỗi nạn nhân được hỗ trợ tiền ăn trong bao nhiêu ngày?',
      'luật quy định mỗi xã phải làm gì khi tiếp nhận nạn nhân',
    ])
      expect((await ask(q)).r.text, q).not.toMatch(/^Nội dung này không có/);
    // What else is asked of the file is still answered.
    const merged = await ask('Theo Quyết định 1234/QĐ-UBND năm 2022 của tỉnh Quảng Nam, giờ Quảng Nam thuộc tỉnh nào?');
    expect(merged.r.text).toContain('Tỉnh Quảng Nam cũ nay thuộc');
  });

  it("victims identified before the change asking what they get: the transitional rule, then the old law's article on it", async () => {
    const q = 'Con tôi được xác định là nạn nhân năm 2024, nhà nghèo, cháu đi học tiếp thì được hỗ trợ gì?';
    const old = withRetrieval('Theo Luật 66: «được hỗ trợ tiền học phí»', ['regulations/luat-66-2011.md']);
    const r = await askQuestion(q, {}, old.deps);
    expect(r.text).toMatch(/^Theo thông tin cập nhật[^•]*• Chuyển tiếp: Người được xác định là nạn nhân trước ngày 01\/07\/2025/);
    expect(r.text).toContain('«được hỗ trợ tiền học phí»');
    expect(r.citations.map((c) => c.docId)).toEqual(['regulations/luat-66-2011.md']);
    expect(noteLines(r.text).join(' ')).not.toContain('Chuyển tiếp');
    // A passage of today's law would contradict the rule: the rule is answered alone, as before.
    const today = withRetrieval('Theo Luật 53: «chế độ mới»', ['regulations/luat-53-2024-trich.md']);
    const t = await askQuestion(q, {}, today.deps);
    expect(t.text).toContain('Chuyển tiếp');
    expect(t.text).not.toContain('chế độ mới');
    // Which text applies is what is asked: the documents are not searched.
    const which = withRetrieval('Theo Luật 66: «x»', ['regulations/luat-66-2011.md']);
    await askQuestion('Nạn nhân được xác định năm 2024 thì hưởng chế độ theo văn bản nào?', {}, which.deps);
    expect(which.calls).toEqual([]);
  });

  it("who does an abolished agency's work now, citing the article of a bundled text the file names", async () => {
    const { r, retrieved } = await ask('Trước đây Công an huyện xác minh người đến trình báo, nay việc đó do ai làm?');
    expect(retrieved).toBe(false);
    expect(r.text).toContain('Nay: Công an cấp tỉnh');
    expect(r.citations.map((c) => c.docId)).toEqual(['regulations/luat-53-2024-trich.md']);
    // The clause quoted is the one saying it (khoản 2 names Công an cấp tỉnh), and no note repeats the fact.
    expect(r.text).toContain('phối hợp với Công an tỉnh, thành phố (sau đây gọi chung là Công an cấp tỉnh)');
    expect(noteLines(r.text)).toEqual([]);
    // A file entry whose basis is not a bundled text is answered without a citation.
    const ministry = await ask('Bộ LĐTBXH bây giờ ai phụ trách hỗ trợ nạn nhân?');
    expect(ministry.r.text).toContain('Nay: Bộ Y tế');
    expect(ministry.r.citations).toEqual([]);
    // The official abbreviation with its separators is the same agency.
    expect((await ask('Phòng LĐ-TB&XH huyện không còn thì ai tiếp nhận thông báo của xã?')).r.text).toContain(
      'UBND cấp xã tiếp nhận và thông báo ngay cho cơ quan chuyên môn về y tế cấp tỉnh',
    );
    for (const written of ['Phòng LĐ-TB và XH', 'Phòng LĐ - TB & XH', 'Phòng LĐ-TBXH'])
      expect((await ask(`${written} huyện không còn thì ai tiếp nhận thông báo của xã?`)).r.text, written).toContain(
        'UBND cấp xã tiếp nhận và thông báo ngay cho cơ quan chuyên môn về y tế cấp tỉnh',
      );
    // Which body it became is asked of it too.
    const became = await ask('Sở Lao động - Thương binh và Xã hội đã chuyển thành sở gì?');
    expect(became.retrieved).toBe(false);
    expect(became.r.text).toContain('Nay: Sở Y tế');
    // "này" is not "nay": a question about this plan's agency goes to the documents.
    expect((await ask('Theo kế hoạch này Phòng LĐTBXH huyện phối hợp với ai?')).retrieved).toBe(true);
  });

  it("'my province' is the province the user picked; without one, every merger the file knows", async () => {
    const { deps } = withRetrieval('x', []);
    const picked = await askQuestion('tinh minh gio nhap vao tinh nao roi', { province: 'binh-dinh' }, deps);
    expect(picked.text).toContain('Tỉnh Bình Định cũ nay thuộc tỉnh Gia Lai');
    expect(picked.text).not.toContain('Sóc Trăng');
    const none = await askQuestion('Tỉnh tôi bây giờ sáp nhập vào đâu?', { province: null }, deps);
    for (const p of updates.provinces) expect(none.text).toContain(`Tỉnh ${p.old_name} cũ nay thuộc ${p.now}`);
  });

  it("a merged province's new name or belonging, asked the way people chat, with or without diacritics", async () => {
    const { deps } = withRetrieval('x', []);
    for (const [q, now] of [
      ['binh dinh nhap tinh xong gio goi la gi', 'tỉnh Gia Lai'],
      ['Sóc Trăng sáp nhập xong giờ gọi là gì?', 'thành phố Cần Thơ'],
      ['Tên mới của tỉnh Bình Định là gì?', 'tỉnh Gia Lai'],
      ['quang nam gio thuoc ve dau', 'thành phố Đà Nẵng'],
      ['Sau khi nhập tỉnh thì Quảng Nam thành tỉnh nào?', 'thành phố Đà Nẵng'],
      // "vô" is how much of the country says "vào"; "gộp" is everyday for merging.
      ['binh dinh gio nhap vo tinh nao roi', 'tỉnh Gia Lai'],
      ['Sóc Trăng gộp vô đâu rồi?', 'thành phố Cần Thơ'],
      // The reform's own words: "sắp xếp đơn vị hành chính", a unit "cấp tỉnh".
      ['Sắp xếp lại đơn vị hành chính xong, Bình Định nằm trong tỉnh nào?', 'tỉnh Gia Lai'],
      ['Quảng Nam thuộc đơn vị hành chính cấp tỉnh nào?', 'thành phố Đà Nẵng'],
      // What is written on papers now: "ghi (là) tỉnh gì".
      ['quê tôi Sóc Trăng cũ, làm căn cước giờ ghi là thành phố gì', 'thành phố Cần Thơ'],
      ['Bình Định cũ thì hồ sơ giờ ghi tỉnh nào?', 'tỉnh Gia Lai'],
    ])
      expect((await askQuestion(q, {}, deps)).text, q).toContain(`cũ nay thuộc ${now}`);
    const own = await askQuestion('tinh minh nhap tinh xong gio goi la tinh gi', { province: 'quang-nam' }, deps);
    expect(own.text).toContain('Tỉnh Quảng Nam cũ nay thuộc thành phố Đà Nẵng');
  });

  it('the district tier gone, asked without naming an agency: what became of each district agency, the closest first', async () => {
    const { r, retrieved } = await ask('Bỏ cấp huyện rồi thì ở xã phòng nào tham mưu về bảo trợ xã hội?');
    expect(retrieved).toBe(false);
    const facts = r.text.split('\n').filter((l) => l.startsWith('• '));
    expect(facts[0]).toContain('Phòng Văn hóa - Xã hội tham mưu về y tế, bảo trợ xã hội');
    expect(r.text).toContain('Công an cấp huyện không còn như trước');
    // Less certain entries stay less firm inside the list.
    expect(r.text).toContain('Theo nguồn hiện có (chưa thật chắc chắn): Ủy ban nhân dân cấp huyện');
    const unaccented = await ask('khong con cap huyen nua thi xa nhan tin bao xong bao len co quan nao');
    expect(unaccented.r.text).toContain('Sở Y tế');
    // The district named as a place, not as a tier that is gone, is left to the documents.
    expect((await ask('Cấp huyện có trách nhiệm gì trong tiếp nhận nạn nhân?')).retrieved).toBe(true);
  });

  it('how many provinces there are now, or by which act they were merged: the reform with its resolution', async () => {
    for (const q of ['Sau sáp nhập cả nước còn bao nhiêu tỉnh?', 'sap nhap tinh theo nghi quyet nao', 'bây giờ còn mấy tỉnh thành']) {
      const { r, retrieved } = await ask(q);
      expect(retrieved, q).toBe(false);
      expect(r.text, q).toContain('Theo Nghị quyết 202/2025/QH15 (12/06/2025), cả nước từ 63 đơn vị hành chính cấp tỉnh còn 34');
    }
    // How many provinces take part in a plan is the plan's business.
    expect((await ask('Kế hoạch có bao nhiêu tỉnh tham gia?')).retrieved).toBe(true);
  });

  it('what the sources leave open about an abolished agency is said less firmly after what they say for sure', async () => {
    const { r } = await ask('Phòng LĐTBXH huyện bỏ rồi thì việc của phòng giao cho ai?');
    expect(r.text).toContain('Ở xã, Phòng Văn hóa - Xã hội tham mưu về y tế, bảo trợ xã hội. Các nhiệm vụ khác của phòng cấp huyện');
    expect(r.text).toContain('thông tin chưa thật chắc chắn');
  });

  it('say a medium-confidence fact less firmly', async () => {
    const { r } = await ask('UBND huyện bị bỏ rồi thì việc của huyện chuyển cho ai?');
    expect(r.text).toContain('Theo nguồn hiện có (chưa thật chắc chắn): UBND huyện');
  });

  it('are recognised in everyday wording: "bỏ rồi", "bộ phận nào", "bị thay bằng", "thông tư 134", "luật … hiện nay"', async () => {
    const office = await ask('Phòng LĐTBXH huyện bỏ rồi thì ở xã bộ phận nào tham mưu về bảo trợ xã hội?');
    expect(office.retrieved).toBe(false);
    expect(office.r.text).toContain('Phòng Văn hóa - Xã hội tham mưu về y tế, bảo trợ xã hội');
    // Chat shorthand reads as the words it stands for ("ko còn" is "không còn").
    const typed = await ask('Phòng LĐTBXH huyện ko còn thì ở xã ai tham mưu về bảo trợ XH?');
    expect(typed.retrieved).toBe(false);
    expect(typed.r.text).toContain('Phòng Văn hóa - Xã hội tham mưu về y tế, bảo trợ xã hội');
    const circular = await ask('Thông tư 134 bị thay bằng thông tư nào?');
    expect(circular.retrieved).toBe(false);
    expect(circular.r.text).toContain('Thông tư 84/2019/TT-BTC');
    const decree = await ask('Nghị định nào hướng dẫn luật phòng chống mua bán người hiện nay?');
    expect(decree.retrieved).toBe(false);
    expect(decree.r.text).toContain('Quy định chi tiết: Nghị định 162/2025/NĐ-CP');
    // What today's law grants is asked of the documents.
    expect((await ask('Luật phòng chống mua bán người hiện nay quy định nạn nhân được hỗ trợ gì?')).retrieved).toBe(true);
  });

  it('leave other questions naming the same things to retrieval', async () => {
    for (const q of [
      'Sở LĐTBXH phải báo cáo cho Bộ trước ngày nào?',
      'Theo luật mới nạn nhân được hỗ trợ những gì?',
      'Quảng Nam giao Công an làm gì?',
      // What a text itself replaced or repealed is in its own final article, not in the update file.
      'Thông tư liên tịch 01/2014 thay thế văn bản nào?',
      'thong tu 134/2013 bai bo nhung thong tu nao',
    ]) {
      expect((await ask(q)).retrieved, q).toBe(true);
    }
  });
});

describe('texts the folder does not hold', () => {
  const ask = async (q: string) => {
    const { deps, calls } = withRetrieval('Theo các văn bản hiện có: «đoạn gần nhất»', ['regulations/nd-09-2013.md']);
    return { r: await askQuestion(q, {}, deps), retrieved: calls.length > 0 };
  };

  it('a question on their content gets an honest "not in the documents" with contacts, never a nearby passage', async () => {
    for (const q of [
      'Nghị định 162/2025 quy định mức hỗ trợ bao nhiêu?',
      'thong tu 84/2019 chi tien an bao nhieu',
      'Điều 63 Luật 53/2024 quy định gì?',
      // Named by its type and year, or as the new one, without its number.
      'Theo nghị định năm 2025, tiền ăn của nạn nhân là bao nhiêu?',
      'nghi dinh moi quy dinh ho so de nghi ho tro gom nhung gi',
    ]) {
      const { r, retrieved } = await ask(q);
      expect(retrieved, q).toBe(false);
      expect(r.kind).toBe('abstain');
      expect(r.text).toContain('Nội dung này không có trong các văn bản hiện có');
      expect(r.text).toContain('111');
      expect(r.text).not.toContain('«');
    }
  });

  it('a decree of an earlier year, or an old one named by its number, is still answered from', async () => {
    for (const q of ['Nghị định năm 2013 quy định hỗ trợ y tế thế nào?', 'Nghị định 62/2012 quy định bảo vệ an toàn thế nào?'])
      expect((await ask(q)).retrieved, q).toBe(true);
  });

  it('a question on the excerpt answered from another text says the excerpt does not hold it', async () => {
    const { r } = await ask('Luật 53/2024 quy định trách nhiệm của Bộ Tư pháp thế nào?');
    expect(r.kind).toBe('abstain');
    expect(r.text).toContain('kho chỉ có bản trích của Luật 53/2024/QH15');
    expect(r.text).not.toContain('«');
    // Answered from the excerpt itself, or asking which law: the answer stands.
    const fromExcerpt = withRetrieval('Theo Luật 53/2024/QH15 (trích) [1]: «…»', ['regulations/luat-53-2024-trich.md']);
    expect((await askQuestion('Luật mới quy định nạn nhân được hỗ trợ gì?', {}, fromExcerpt.deps)).kind).toBe('answer');
    expect((await ask('Luật nào quy định nạn nhân được hỗ trợ học nghề?')).r.kind).toBe('answer');
  });

  it("today's forms and procedures answered from a text of the replaced law: not in the documents, the old text named for reference", async () => {
    const old = withRetrieval('Theo TTLT 01/2014 [1]: «Tờ khai dùng cho nạn nhân …»', ['regulations/ttlt-01-2014.md']);
    for (const q of [
      'Theo quy định mới năm 2025, mẫu tờ khai dành cho nạn nhân gồm những nội dung gì?',
      'mau bien ban giao nhan nan nhan theo quy dinh moi tu 2025 la mau nao',
      'Hiện nay hồ sơ tiếp nhận nạn nhân từ nước ngoài về gồm những gì?',
      // The new form named a few words after "mẫu".
      'Đã có mẫu giấy xác nhận nạn nhân mới chưa?',
    ]) {
      const r = await askQuestion(q, {}, old.deps);
      expect(r.kind, q).toBe('abstain');
      expect(r.text, q).toMatch(
        /^Biểu mẫu, hồ sơ, thủ tục theo quy định hiện hành không có trong các văn bản hiện có: .*Nghị định 162\/2025\/NĐ-CP/,
      );
      expect(r.text, q).toContain('Chỉ để tham khảo (không phải quy định hiện hành): văn bản cũ TTLT 01/2014');
      expect(r.text, q).not.toContain('«');
    }
    // Asked of the old text itself, or without asking for today's rules, the old text answers with its notes.
    for (const q of [
      'Theo Thông tư liên tịch 01/2014, nạn nhân kê khai vào mẫu nào?',
      'Thủ tục tiếp nhận nạn nhân tự đến trình báo thế nào?',
    ])
      expect((await askQuestion(q, {}, old.deps)).kind, q).toBe('answer');
    // Answered from the text of today, the answer stands.
    const today = withRetrieval('Theo Luật 53/2024/QH15 (trích) [1]: «…»', ['regulations/luat-53-2024-trich.md']);
    expect((await askQuestion('Hiện nay thủ tục tiếp nhận người đến trình báo thế nào?', {}, today.deps)).kind).toBe('answer');
  });

  it('the articles the excerpt holds, and since-when questions, are still answered', async () => {
    expect((await ask('Điều 37 Luật 53/2024 quy định những hỗ trợ nào?')).retrieved).toBe(true);
    const since = await ask('Nghị định 162/2025 có hiệu lực từ ngày nào?');
    expect(since.r.kind).toBe('answer');
    expect(since.r.text).toContain('hiệu lực 01/07/2025');
  });
});

describe('what an excerpt does not hold', () => {
  const excerptMissing = (q: string) => missingTextsAsked(q, updates, corpus).map((t) => t.excerpt);

  it('is the whole text, its article count, or a chapter none of whose articles it holds', () => {
    expect(excerptMissing('Cho tôi xem toàn văn Luật 53/2024/QH15')).toEqual([true]);
    expect(excerptMissing('Luật 53/2024 có tất cả bao nhiêu điều?')).toEqual([true]);
    expect(excerptMissing('Chương VI Luật 53/2024 quy định những gì?')).toEqual([true]);
    expect(excerptMissing('Luật 53/2024 chương 3 nói về gì?')).toEqual([true]);
  });

  it('is not a chapter or an article it holds', () => {
    expect(excerptMissing('Chương V Luật 53/2024 quy định hỗ trợ nạn nhân thế nào?')).toEqual([]);
    expect(excerptMissing('Chương IV Luật 53/2024 về xác định nạn nhân')).toEqual([]);
    expect(excerptMissing('Điều 37 Luật 53/2024 quy định gì?')).toEqual([]);
  });
});

describe('a question qualified by the law of today', () => {
  it('searches the documents for its point, without the words saying which law should answer', async () => {
    const { deps, calls } = withRetrieval('Theo Luật 53/2024/QH15 (trích) [1]: «…»', ['regulations/luat-53-2024-trich.md']);
    for (const q of [
      'Nạn nhân được hưởng những chế độ gì theo luật hiện hành?',
      'nan nhan duoc huong nhung che do gi theo luat hien hanh',
      'Theo quy định mới nhất, nạn nhân được hưởng những chế độ gì?',
    ])
      await askQuestion(q, { province: null }, deps);
    expect(calls.map((c) => c.q)).toEqual([
      'Nạn nhân được hưởng những chế độ gì?',
      'nan nhan duoc huong nhung che do gi',
      'nạn nhân được hưởng những chế độ gì?',
    ]);
  });

  it('keeps the words when little else is asked', async () => {
    const { deps, calls } = withRetrieval('Theo Luật 53/2024/QH15 (trích) [1]: «…»', ['regulations/luat-53-2024-trich.md']);
    await askQuestion('Hỗ trợ theo luật hiện hành?', { province: null }, deps);
    expect(calls[0].q).toBe('Hỗ trợ theo luật hiện hành?');
  });
});

describe('after a reload of the knowledge', () => {
  // What is worked out once per loaded file must follow the file that is loaded now.
  it('agency notes and texts the folder lacks follow the updates file in use', () => {
    const quoted = '«Phòng Lao động – Thương binh và Xã hội tổ chức tiếp nhận.»';
    const question = 'Nghị định 162/2025 quy định mức hỗ trợ bao nhiêu?';
    expect(firstAbolishedAgency(quoted, updates)).toBeDefined();
    expect(missingTextsAsked(question, updates, corpus).map((t) => t.number)).toContain('162/2025/NĐ-CP');
    const edited: Updates = { ...updates, agencies: [], laws: [] };
    expect(firstAbolishedAgency(quoted, edited)).toBeUndefined();
    expect(missingTextsAsked(question, edited, corpus)).toEqual([]);
    expect(firstAbolishedAgency(quoted, updates)).toBeDefined();
  });

  it('excerpts and provinces follow the corpus in use', () => {
    const withoutExcerpt = { ...corpus, docs: corpus.docs.filter((d) => !d.excerpt) };
    const beyond = 'Điều 63 Luật 53/2024 quy định gì?';
    expect(missingTextsAsked(beyond, updates, corpus).map((t) => t.excerpt)).toEqual([true]);
    expect(missingTextsAsked(beyond, updates, withoutExcerpt)).toEqual([]);
    expect(missingTextsAsked(beyond, updates, corpus).map((t) => t.excerpt)).toEqual([true]);
    expect(corpusProvinces({ ...corpus, docs: corpus.docs.filter((d) => d.province !== 'quang-nam') })).not.toContain('quang-nam');
    expect(corpusProvinces(corpus)).toContain('quang-nam');
  });
});
