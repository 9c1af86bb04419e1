import { describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { createQueryExpander } from '../../retrieval/expand.js';
import { foldDiacritics } from '../../knowledge/text.js';
import { analyze, foldToken } from '../../retrieval/text.js';
import { THESAURUS } from '../../retrieval/thesaurus.js';

const foldedSeq = (s: string) => analyze(s).seq.map(foldToken).join(' ');

describe('everyday ↔ legal thesaurus (data)', () => {
  it('only adds terms the bundled documents actually use', () => {
    const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
    const text = ` ${corpus.sections.map((s) => foldedSeq([...s.path, s.text].join(' '))).join(' | ')} `;
    const absent = THESAURUS.flatMap((e) => e.legal).filter((l) => !text.includes(` ${foldedSeq(l)} `));
    expect(absent).toEqual([]);
  });

  it('reads where money comes from, not getting it ("lấy tiền hỗ trợ"), as asking about a budget', () => {
    const bundled = createQueryExpander(THESAURUS);
    expect(bundled.expand('tiền làm nhà tạm lánh lấy từ đâu')).toContain('nguồn kinh phí');
    expect(bundled.expand('giả làm người bị bán để lấy tiền hỗ trợ')).not.toContain('nguồn kinh phí');
  });

  it('is written in lowercase NFC with diacritics, each wording listed once', () => {
    const seen = new Map<string, number>();
    THESAURUS.forEach((e, i) => {
      expect(e.everyday.length).toBeGreaterThan(0);
      expect(e.legal.length).toBeGreaterThan(0);
      for (const w of [...e.everyday, ...e.legal]) {
        expect(w).toBe(w.normalize('NFC').toLowerCase().trim());
        expect(analyze(w).seq.length).toBeGreaterThan(0);
      }
      for (const w of e.everyday) {
        // A wording in two entries would only ever trigger one of them.
        expect(seen.get(w), `"${w}" is listed twice`).toBeUndefined();
        seen.set(w, i);
      }
    });
  });
});

describe('query expansion', () => {
  const expander = createQueryExpander([
    {
      everyday: ['bị lừa bán', 'bị bán'],
      legal: ['mua bán người', 'nạn nhân'],
    },
    { everyday: ['tiền'], legal: ['kinh phí', 'mức chi'] },
    { everyday: ['đường dây'], legal: ['tội phạm mua bán người'] },
    { everyday: ['đường dây nóng'], legal: ['tổng đài'] },
    { everyday: ['ủy ban xã'], legal: ['ủy ban nhân dân cấp xã'] },
    { everyday: ['người nước ngoài'], legal: ['người nước ngoài'] },
    { everyday: ['nước ngoài'], legal: ['ra nước ngoài'] },
  ]);

  it('does not read a wording inside a longer one its entry says means something else', () => {
    const died = createQueryExpander([{ everyday: ['mất ở trung tâm'], legal: ['mai táng'], unless: ['bị mất ở trung tâm'] }]);
    expect(died.expand('nạn nhân mất ở trung tâm')).toEqual(['mai táng']);
    expect(died.expand('điện thoại bị mất ở trung tâm')).toEqual([]);
    expect(died.expand('dien thoai bi mat o trung tam')).toEqual([]);
  });

  it("adds the documents' terms for the everyday wording a question uses", () => {
    expect(expander.expand('Con tôi bị lừa bán thì báo ai?')).toEqual(['mua bán người', 'nạn nhân']);
    expect(expander.expand('Xin hỗ trợ tiền được không')).toEqual(['kinh phí', 'mức chi']);
    expect(expander.expand('Nạn nhân được hỗ trợ những gì')).toEqual([]);
  });

  it('never reads a wording across a comma or a sentence end', () => {
    const perPerson = createQueryExpander([{ everyday: ['mỗi người'], legal: ['mức chi'] }]);
    expect(perPerson.expand('luat moi, nguoi bi ban duoc gi')).toEqual([]);
    expect(perPerson.expand('Luật mới. Người bị bán được gì')).toEqual([]);
    expect(perPerson.expand('moi nguoi duoc bao nhieu')).toEqual(['mức chi']);
  });

  it('matches multi-syllable wordings typed without diacritics, and NFD input', () => {
    expect(expander.expand('con toi bi lua ban')).toEqual(['mua bán người', 'nạn nhân']);
    expect(expander.expand('Con tôi bị lừa bán'.normalize('NFD'))).toEqual(['mua bán người', 'nạn nhân']);
  });

  it('does not guess a single unaccented syllable (tien = tiền, tiến, tiện, tiên)', () => {
    expect(expander.expand('uu tien ho tro')).toEqual([]);
    expect(expander.expand('Ưu tiên hỗ trợ')).toEqual([]);
  });

  it('prefers the longer wording and lets an entry block a shorter one', () => {
    expect(expander.expand('đường dây nóng số mấy')).toEqual(['tổng đài']);
    expect(expander.expand('bị bán sang nước ngoài')).toEqual(['mua bán người', 'nạn nhân', 'ra nước ngoài']);
    expect(expander.expand('người nước ngoài bị bán')).toEqual(['mua bán người', 'nạn nhân']);
  });

  it('keeps the meaning of a wording a longer one ends with, unless the longer stands for itself or the shorter is one syllable', () => {
    const x = createQueryExpander([
      { everyday: ['buôn người'], legal: ['mua bán người'] },
      { everyday: ['tụi buôn người'], legal: ['đối tượng'] },
      { everyday: ['nước ngoài'], legal: ['ra nước ngoài'] },
      { everyday: ['người nước ngoài'], legal: ['người nước ngoài'] },
      { everyday: ['đường dây'], legal: ['tổ chức'] },
      { everyday: ['đường dây nóng'], legal: ['tổng đài'] },
      { everyday: ['tiền'], legal: ['kinh phí'] },
      { everyday: ['bao nhiêu tiền'], legal: ['mức chi'] },
    ]);
    expect(x.expand('tụi buôn người hay làm gì')).toEqual(['đối tượng', 'mua bán người']);
    expect(x.expand('người nước ngoài bị giữ')).toEqual([]);
    expect(x.expand('đường dây nóng số mấy')).toEqual(['tổng đài']);
    expect(x.expand('được hỗ trợ bao nhiêu tiền')).toEqual(['mức chi']);
  });

  it('does not repeat a term the question already contains, and sees through abbreviations', () => {
    expect(expander.expand('nạn nhân bị bán')).toEqual(['mua bán người']);
    expect(expander.expand('UBND xã nhận tiền')).toEqual(['kinh phí', 'mức chi']);
    expect(expander.expand('ủy ban xã ở đâu')).toEqual(['ủy ban nhân dân cấp xã']);
  });

  it('reads no wording from the middle of a documents’ term that stands for itself', () => {
    const x = createQueryExpander([
      { everyday: ['biên phòng'], legal: ['biên phòng'] },
      { everyday: ['phòng ở'], legal: ['diện tích'] },
      { everyday: ['lính biên phòng'], legal: ['bộ đội biên phòng'] },
      { everyday: ['giúp đỡ'], legal: ['giúp đỡ'] },
      { everyday: ['được giúp'], legal: ['được hỗ trợ'] },
    ]);
    // `phòng` belongs to `biên phòng`: the border post is not a room.
    expect(x.expand('đồn biên phòng ở cửa khẩu')).toEqual([]);
    expect(x.expand('lính biên phòng ở đồn')).toEqual(['bộ đội biên phòng']);
    expect(x.expand('mỗi phòng ở rộng mấy mét')).toEqual(['diện tích']);
    // A wording ending on a term's first syllable reads it as the term does.
    expect(x.expand('người bị bán có được giúp đỡ không')).toEqual(['được hỗ trợ']);
  });

  it('reads a syllable shared by two wordings one way only', () => {
    const x = createQueryExpander([
      { everyday: ['kiểm tra'], legal: ['xác minh'] },
      { everyday: ['trả lại'], legal: ['trao trả'] },
      { everyday: ['người bị lừa'], legal: ['nạn nhân'] },
      { everyday: ['bị lừa bán'], legal: ['mua bán người'] },
    ]);
    // `tra` is kiểm tra's, so it is not also trả lại.
    expect(x.expand('kiem tra lai giay to')).toEqual(['xác minh']);
    expect(x.expand('tra lai giay to')).toEqual(['trao trả']);
    // Both wordings read `bị lừa` alike: both count.
    expect(x.expand('nguoi bi lua ban')).toEqual(['nạn nhân', 'mua bán người']);
  });

  it('reads being fed ("nuôi cơm") as the meals the documents support', () => {
    const meals = createQueryExpander()
      .expansions('ở trung tâm thì được nuôi cơm bao lâu')
      .flatMap((e) => e.phrases);
    expect(meals).toContain('tiền ăn');
  });

  it('says which words of the question each set of phrases stands for', () => {
    expect(expander.expansions('Con tôi bị lừa bán, xin tiền')).toEqual([
      { words: ['bi', 'lua', 'ban'], phrases: ['mua bán người', 'nạn nhân'] },
      { words: ['tien'], phrases: ['kinh phí', 'mức chi'] },
    ]);
  });

  it('expands the bundled table for a typical chat question, accented or not', () => {
    const x = createQueryExpander();
    const q = 'Con gái tôi bị lừa bán sang Trung Quốc thì báo ở đâu?';
    for (const variant of [q, foldDiacritics(q)]) {
      const out = x.expand(variant);
      expect(out).toContain('mua bán người');
      expect(out).toContain('tố giác');
    }
  });

  it('gives the documents’ term for the everyday names of people, agencies, papers and fees', () => {
    const x = createQueryExpander();
    const cases: [string, string][] = [
      ['con bé bị bán ra nước ngoài', 'người chưa thành niên'],
      ['phòng lao động huyện nhận người', 'phòng lao động - thương binh và xã hội'],
      ['mất hết giấy tờ thì về sao', 'giấy thông hành'],
      ['làm visa có tốn phí không', 'thị thực'],
      ['làm visa có tốn phí không', 'lệ phí'],
      ['ai đưa về nhà', 'bố trí người đưa về'],
      ['bị trả về thì sao', 'trao trả'],
      ['ba má chồng có được bảo vệ không', 'cha mẹ bên vợ hoặc bên chồng'],
      ['lính biên phòng cứu được người', 'bộ đội biên phòng'],
      ['báo đài phải làm gì', 'cơ quan thông tin đại chúng'],
      ['xin tòa xử riêng được không', 'xét xử kín'],
      ['hội chị em phụ nữ xã giúp gì', 'hội liên hiệp phụ nữ'],
      ['người dân nước khác bị lừa bán', 'người nước ngoài'],
      ['mở cơ sở phải thuê mấy người làm', 'nhân viên'],
      ['giả danh người bị hại để nhận tiền', 'giả mạo là nạn nhân'],
      ['hứa bán cháu khi còn trong bụng mẹ', 'bào thai'],
      ['bán đứa bé lấy tiền', 'mua bán người'],
    ];
    for (const [q, legal] of cases) {
      expect(x.expand(q), q).toContain(legal);
      expect(x.expand(foldDiacritics(q)), foldDiacritics(q)).toContain(legal);
    }
  });
  it('gives the documents’ list items for how people describe exploitation, a victim’s state and officials’ work', () => {
    const x = createQueryExpander();
    const cases: [string, string][] = [
      ['bị bắt đi ăn mày ngoài chợ', 'ép buộc đi ăn xin'],
      ['bên đó bắt làm lừa đảo online', 'ép buộc thực hiện hành vi vi phạm pháp luật'],
      ['về nhà cứ thẫn thờ, người bầm dập', 'biểu hiện về thể chất và tinh thần'],
      ['đêm nằm mất ngủ, hay khóc', 'hỗ trợ tâm lý'],
      ['tụi nó vượt biên đi chui qua', 'xuất cảnh trái phép'],
      ['cán bộ làm ngơ cho bọn xấu', 'bao che, dung túng'],
      ['xã có treo băng rôn khẩu hiệu không', 'pano, áp phích, tờ rơi'],
      ['họp xóm nói về nạn buôn người', 'gặp gỡ, nói chuyện trực tiếp'],
      ['phát loa cho bà con nghe', 'đài truyền thanh'],
      ['các bên bàn bạc với nhau ra sao', 'hình thức phối hợp'],
      ['tiền mạnh thường quân cho thì dùng sao', 'tài trợ, viện trợ'],
      ['trực đêm có được thêm tiền không', 'làm đêm, thêm giờ'],
      ['ở trung tâm có bác sĩ tâm lý không', 'hỗ trợ tâm lý'],
      ['nhà có ba má già yếu', 'người thân thích'],
      ['bị giữ lương, bắt làm trừ nợ', 'cưỡng bức lao động'],
      ['nó bị bán qua bên miên', 'ra nước ngoài'],
      ['trưởng ấp biết chuyện thì báo ai', 'ủy ban nhân dân cấp xã'],
      ['tiền xăng đưa cháu về ai chịu', 'tiêu hao nhiên liệu'],
      ['về làng bị hàng xóm dị nghị', 'kỳ thị, phân biệt đối xử'],
      ['nằm viện thì viện phí ai chịu', 'chi phí khám bệnh, chữa bệnh'],
      ['đơn phải có xã ký không', 'có xác nhận của ủy ban nhân dân cấp xã'],
      ['nộp trễ có được không', 'trong thời hạn'],
    ];
    for (const [q, legal] of cases) {
      expect(x.expand(q), q).toContain(legal);
      expect(x.expand(foldDiacritics(q)), foldDiacritics(q)).toContain(legal);
    }
  });
});

describe('the documents’ procedure, money, time and people words in chat form', () => {
  const x = createQueryExpander();

  it('gives the documents’ term for how citizens and commune officials say them', () => {
    const cases: [string, string][] = [
      ['nộp rồi mấy bữa thì có kết quả', 'thời hạn'],
      ['chừng nào công an trả lời', 'trong thời hạn'],
      ['về tới nơi mà không có tiền đi xe', 'không có khả năng chi trả'],
      ['nó nói xạo là bị bán để lấy tiền', 'giả mạo là nạn nhân'],
      ['có phải trả lại tiền không', 'hoàn trả'],
      ['cán bộ bao che thì có bị cách chức không', 'xử lý kỷ luật'],
      ['tìm được thủ phạm chưa', 'người phạm tội'],
      ['đừng kể cho cả xóm biết', 'tiết lộ thông tin'],
      ['vậy có tính là bị bán không', 'căn cứ để xác định nạn nhân'],
      ['công an kết luận không phải bị bán', 'không phải là nạn nhân'],
      ['có cho người canh nhà không', 'bố trí lực lượng bảo vệ'],
      ['có được đưa đi chỗ khác ở không', 'nơi tạm lánh'],
      ['gấp quá thì viết giấy sau được không', 'văn bản đề nghị'],
      ['giúp nạn nhân hòa nhập thế nào', 'học nghề'],
      ['yêu cầu bảo vệ bằng miệng được không', 'đề nghị áp dụng biện pháp bảo vệ'],
      ['nhờ công an che chở người nhà', 'biện pháp bảo vệ'],
      ['giúp nạn nhân hòa nhập thế nào', 'vay vốn'],
      ['xin bảo vệ bằng miệng có được không', 'trực tiếp hoặc qua điện thoại'],
      ['nhắn tin cho công an hay phải lên tận nơi', 'thể hiện bằng văn bản'],
      ['hôm xử có được vào nghe không', 'phiên tòa'],
      ['xử ngay ở xã cho dân coi', 'xét xử lưu động'],
      ['chủ tịch tỉnh có quyền rút giấy phép không', 'chủ tịch ủy ban nhân dân cấp tỉnh'],
      ['trưởng đồn đi vắng thì ai ký', 'cấp phó được ủy nhiệm'],
      ['người ở tỉnh khác thì nhờ công an nơi khác bảo vệ', 'ủy thác'],
      ['làm còn vướng thì báo ai', 'vướng mắc'],
      ['tỉnh rót tiền cho trung tâm thế nào', 'bố trí kinh phí'],
      ['năm sau muốn dự trù kinh phí', 'lập dự toán'],
      ['người không ăn lương đi giữ nạn nhân được bao nhiêu', 'người không hưởng lương từ ngân sách nhà nước'],
      ['về muốn nuôi heo thì mượn vốn ở đâu', 'sản xuất, kinh doanh'],
      ['con bé muốn học chữ', 'học văn hóa'],
      ['trường có nói trong giờ chào cờ không', 'ngoại khóa'],
      ['mấy chú đi canh biên giới', 'tuần tra, kiểm soát'],
      ['ai đếm lại số người đi khỏi xã', 'rà soát'],
      ['bệnh viện bên đó ai trả tiền', 'nước sở tại'],
      ['về quê đi xe đò thì ai trả', 'giá phương tiện công cộng phổ thông'],
      ['người nhà không tới kịp thì ai lo chôn cất', 'thân nhân không đến kịp'],
      ['vụ phức tạp thì xác minh bao lâu', 'vụ việc phức tạp'],
      ['báo ở chỗ gần nhất được không', 'nơi gần nhất'],
      ['có người lạ rình rập ở trung tâm', 'dấu hiệu không an toàn'],
      ['bao giờ có giấy trả lời', 'trả lời bằng văn bản'],
      ['mấy tháng 1 lần thì gửi số liệu', 'sơ kết'],
      ['bên làm mai lấy chồng ngoại phải làm gì', 'hỗ trợ kết hôn'],
      ['bọn nó dí dao bắt đi', 'dùng vũ lực'],
      ['bán con từ trong bụng có phải là mua bán người không', 'bào thai'],
      ['đăng ảnh khi chưa hỏi ý kiến', 'sự đồng ý'],
      ['lính biển cứu được người', 'cảnh sát biển'],
      ['xin tòa xử đóng cửa', 'xét xử kín'],
      ['cán bộ đi tuyên truyền tận nhà dân', 'truyền thông trực tiếp'],
      ['đợt tuyên truyền này nhắm vào ai', 'nhóm nguy cơ cao'],
    ];
    for (const [q, legal] of cases) {
      expect(x.expand(q), q).toContain(legal);
      expect(x.expand(foldDiacritics(q)), foldDiacritics(q)).toContain(legal);
    }
  });

  it('keeps those wordings out of questions that only share a syllable or say the opposite', () => {
    // Avoiding being sold is prevention, not a finding that someone was not a victim.
    expect(x.expand('làm sao để con cái không bị bán')).not.toContain('không phải là nạn nhân');
    // The documents' own wording is not dragged towards other terms.
    expect(x.expand('xác định không phải là nạn nhân thì sao')).not.toContain('không đủ căn cứ xác định nạn nhân');
    // `hối` of hối lộ is not hối thúc; `quản` of quản lý is the question's own word.
    expect(x.expand('cán bộ nhận hối lộ')).not.toContain('đôn đốc');
    expect(x.expand('quản lý xuất nhập cảnh')).not.toContain('giám sát');
    // Going back to one's own country is not the host country.
    expect(x.expand('muốn về nước họ thì sao')).not.toContain('nước sở tại');
    // A longer agency name stands for itself: the coast guard is not the police, a closed-door trial is not a licence
    // taken away, and asking permission ("được cho mở") is not asking what a victim gets.
    expect(x.expand('cảnh sát biển cứu được người')).not.toContain('cơ quan công an');
    expect(x.expand('xin tòa xử đóng cửa')).not.toContain('thu hồi giấy phép');
    expect(x.expand('có được cho mở trung tâm không')).not.toContain('chế độ hỗ trợ');
    // Typed without marks, a word the documents use is read as itself, not as part of another wording.
    expect(x.expand('co duoc giup do gi khong')).not.toContain('vật dụng sinh hoạt cá nhân');
    expect(x.expand('can bo di hoc lop tap huan')).not.toContain('vắng mặt');
    expect(x.expand('may chu bo doi bien phong')).not.toContain('cảnh sát biển');
    // `lần gần nhất` is the most recent time, not the nearest place.
    expect(x.expand('lần gần nhất xác minh')).not.toContain('nơi gần nhất');
    // Money for medicine is the support paid for it as well as the health services.
    expect(x.expand('tiền thuốc men cho nạn nhân bao nhiêu')).toContain('hỗ trợ y tế');
  });
});

describe('how a victim looks against how they behave', () => {
  it('reads wounds as how the person was treated and sleeplessness as a need for psychological support, not the reverse', () => {
    const x = createQueryExpander();
    expect(x.expand('người bầm dập, gầy yếu')).toContain('bị đối xử tàn tệ');
    expect(x.expand('người bầm dập, gầy yếu')).not.toContain('hỗ trợ tâm lý');
    expect(x.expand('đêm mất ngủ, hay khóc')).not.toContain('biểu hiện về thể chất và tinh thần');
  });
});

describe('facilities, families and returnees in chat words', () => {
  it('gives the documents’ term for a facility’s money, insults, the family’s duty, papers, time limits and children', () => {
    const x = createQueryExpander();
    const cases: [string, string][] = [
      ['trung tâm đã bỏ ra nuôi người thì tỉnh bù tiền không', 'cấp kinh phí hỗ trợ'],
      ['nhà nước hoàn lại cho cơ sở ra sao', 'đề nghị hỗ trợ các chế độ cho nạn nhân'],
      ['mấy tháng thì nộp một lần', 'định kỳ'],
      ['phải kê tên mấy người đã ở không', 'danh sách nạn nhân được trợ giúp'],
      ['biên phòng xuống bản chỉ cho bà con', 'hướng dẫn'],
      ['làm sao để khỏi bị lừa', 'kỹ năng tự bảo vệ'],
      ['hàng xóm chửi bới, khinh khi nó', 'xúc phạm, kỳ thị, phân biệt đối xử'],
      ['cha mẹ nên làm gì cho con', 'thành viên của gia đình'],
      ['không biết chữ thì ai viết giùm', 'ghi lại theo lời khai'],
      ['xuống sân bay thì được giấy gì', 'giấy chứng nhận'],
      ['được xác nhận từ năm ngoái còn kịp không', 'trong thời hạn'],
      ['về nước có dắt theo con nhỏ', 'người dưới 18 tuổi đi cùng'],
      ['đứa nhỏ chưa đủ tuổi', 'người dưới 18 tuổi'],
      ['bên nào xin tỉnh cấp tiền', 'bố trí kinh phí'],
      ['công an không có chỗ cho ở thì sao', 'không có điều kiện bố trí ăn, ở'],
      ['không cần bảo vệ nữa, lỡ có chuyện thì sao', 'từ chối biện pháp bảo vệ'],
      ['báo thì gọi số mấy', 'tổng đài'],
    ];
    for (const [q, legal] of cases) {
      expect(x.expand(q), q).toContain(legal);
      expect(x.expand(foldDiacritics(q)), foldDiacritics(q)).toContain(legal);
    }
  });

  it('gives the documents’ term for border posts, the sea, care, training, marriage, targets, who pays and sanctions', () => {
    const x = createQueryExpander();
    const cases: [string, string][] = [
      ['mấy ông trên đồn có giúp gì không', 'bộ đội biên phòng'],
      ['tàu đánh cá gặp người trôi dạt', 'trên biển'],
      ['đi canh dọc bờ biển', 'biển và hải đảo'],
      ['lên viện có được khám trước không', 'ưu tiên khám, chữa bệnh'],
      ['anh em công an có được học cách lấy lời khai không', 'tập huấn nghiệp vụ'],
      ['bị dụ qua bên kia làm vợ người ta', 'ép buộc làm vợ hoặc chồng'],
      ['con nhỏ bị gả cho người lạ', 'ép buộc làm vợ hoặc chồng'],
      ['tỉnh lo cho tất cả hay chỉ một số người', 'chỉ tiêu'],
      ['tiền xe về thì bên nào chi', 'cơ quan chịu trách nhiệm'],
      ['việc đó là việc của ai', 'có trách nhiệm'],
      ['chị tôi còn bên đó chưa về được', 'bảo hộ công dân'],
      ['nó trốn qua bên kia không có giấy', 'xuất cảnh trái phép'],
      ['hàng xóm bêu xấu con bé', 'kỳ thị, phân biệt đối xử'],
      ['được công an chở về tận nhà không', 'bố trí người đưa về'],
      ['muốn bắt tụi nó đền tiền mà không biết luật', 'trợ giúp pháp lý'],
      ['cán bộ ăn tiền của bọn buôn người', 'bao che, dung túng'],
      ['về nhà cứ thất thần', 'hỗ trợ tâm lý'],
      ['có được làm thẻ khám bệnh không', 'bảo hiểm y tế'],
      ['làm vậy thì bị gì', 'xử lý vi phạm'],
      ['đứa nhỏ được gửi vào chỗ trông nom', 'dịch vụ bảo vệ trẻ em'],
      ['có nơi chăm sóc cho chị ấy không', 'cơ sở bảo trợ xã hội'],
    ];
    for (const [q, legal] of cases) {
      expect(x.expand(q), q).toContain(legal);
      expect(x.expand(foldDiacritics(q)), foldDiacritics(q)).toContain(legal);
    }
  });

  it('does not read a victim repaying money as a facility being paid back', () => {
    const x = createQueryExpander();
    expect(x.expand('giả làm nạn nhân thì phải trả lại tiền không')).not.toContain('cấp kinh phí hỗ trợ');
  });
});

describe('protection, reporting, reception and shelters in chat words', () => {
  const x = createQueryExpander();

  it('gives the documents’ term for threats, hiding, the duty to report, flights home and a shelter’s floor area', () => {
    const cases: [string, string][] = [
      ['bọn nó cứ nhắn tin hăm dọa con tôi', 'đe dọa xâm hại'],
      ['tôi ra làm chứng rồi giờ sợ', 'cung cấp tài liệu, chứng cứ'],
      ['nhà nước bảo vệ bằng cách nào', 'biện pháp bảo vệ'],
      ['muốn giấu địa chỉ của chị ấy', 'giữ bí mật về nơi cư trú'],
      ['người dân có bắt buộc phải báo công an không', 'nghĩa vụ tố giác'],
      ['biết mà không báo thì sao', 'nghĩa vụ tố giác'],
      ['chồng bán vợ sang bên kia', 'mua bán người'],
      ['bà hàng xóm biết chuyện có khai được không', 'những người biết sự việc'],
      ['cháu về nước bằng máy bay', 'hàng không'],
      ['ai ra nhận người ở cửa khẩu', 'tiếp nhận'],
      ['về nước mà không có nhà cửa', 'không có nơi cư trú'],
      ['hội muốn mở một trung tâm giúp nạn nhân', 'thành lập cơ sở hỗ trợ nạn nhân'],
      ['phòng ngủ phải rộng cỡ nào', 'diện tích'],
      ['vụ này dính tới nhiều tỉnh', 'liên quan đến nhiều địa phương'],
      ['tỉnh có hỗ trợ mua bảo hiểm không', 'hỗ trợ mua bảo hiểm y tế'],
      ['biên phòng tỉnh phải làm gì', 'bộ chỉ huy bộ đội biên phòng tỉnh'],
      ['cháu nó tự nguyện đi theo người ta', 'ngay cả khi không dùng vũ lực'],
      ['có chỗ nào cho chị ấy ẩn náu không', 'nơi tạm lánh'],
      ['xin được đưa đi chỗ an toàn', 'nơi tạm lánh'],
      ['mất hết giấy thì lấy gì chứng minh', 'căn cứ để xác định nạn nhân'],
      ['đón cháu ở sân bay', 'hàng không'],
      ['đồn biên phòng nhận ở cửa khẩu', 'tiếp nhận'],
      ['điều kiện để mở trung tâm', 'thành lập cơ sở hỗ trợ nạn nhân'],
      ['nhân viên cần bằng cấp ra sao', 'chuyên ngành công tác xã hội'],
      ['trung tâm nuôi bao lâu thì thôi', 'thời gian hỗ trợ tối đa'],
      ['người bị nước bạn trả về qua cửa khẩu', 'do nước ngoài trao trả'],
      ['cháu bay về nước thì ai đón', 'cửa khẩu sân bay quốc tế'],
      ['đứa bé không ai nuôi', 'không nơi nương tựa'],
      ['con nhỏ đó rồi ai nuôi', 'chuyển giao cho cơ sở bảo trợ xã hội'],
      ['thấy người ta bị bán thì có phải báo không', 'nghĩa vụ tố giác'],
      ['ở trung tâm được cho ăn bao lâu', 'hỗ trợ tiền ăn'],
      ['con bé được nuôi ở trung tâm mấy tháng', 'thời gian hỗ trợ tối đa'],
      ['nó còn kẹt bên kia, làm sao đưa nó về', 'làm thủ tục đưa họ về nước'],
      ['được công an bảo vệ tới khi nào', 'chấm dứt'],
      ['nhà tạm lánh phải rộng tối thiểu bao nhiêu', 'diện tích'],
      ['biết người ta bán trẻ con mà không báo thì sao', 'nghĩa vụ tố giác'],
      ['làm sao mà biết nó bị bán thật', 'căn cứ để xác định nạn nhân'],
      ['xây nhà tạm lánh cần mấy người', 'nhân viên'],
      ['nó về bằng máy bay', 'nạn nhân trở về qua cửa khẩu sân bay quốc tế'],
      ['có nơi trú ẩn cho chị ấy không', 'nơi tạm lánh'],
      ['bọn nó đòi xử tui', 'đe dọa xâm hại'],
      ['về tới phi trường thì ai đón', 'cửa khẩu sân bay quốc tế'],
      ['về sân bay rồi ai đón', 'cửa khẩu sân bay quốc tế'],
    ];
    for (const [q, legal] of cases) {
      expect(x.expand(q), q).toContain(legal);
      expect(x.expand(foldDiacritics(q)), foldDiacritics(q)).toContain(legal);
    }
  });

  it('does not read selling a daughter as surrogacy, nor being taken to safety as being trafficked', () => {
    expect(x.expand('nghi nhà kia bán con gái qua biên giới')).not.toContain('mang thai hộ');
    expect(x.expand('thấy người ta bán con nít')).not.toContain('mang thai hộ');
    expect(x.expand('có được đưa đi chỗ nào an toàn không')).not.toContain('vận chuyển');
  });

  it('reads an agency reporting to its superior as reporting, not as a citizen’s duty to denounce', () => {
    expect(x.expand('xã có phải báo cáo lên huyện không')).not.toContain('nghĩa vụ tố giác');
  });

  it('keeps the airport’s border gate for flying home, not for an airport fee', () => {
    expect(x.expand('phí sân bay ai trả')).not.toContain('cửa khẩu sân bay quốc tế');
  });

  it('gives the documents’ term for a foreign victim’s papers, kin, civil papers, labour companies, absence, proof and posting', () => {
    const cases: [string, string][] = [
      ['cô ấy là người lào bị bán qua đây', 'người nước ngoài'],
      ['cô ấy là người lào bị bán qua đây', 'tại việt nam'],
      ['xin giấy xuất cảnh có mất phí không', 'thị thực xuất cảnh, tạm trú'],
      ['em trai tôi bị bọn nó dọa', 'anh ruột, chị ruột, em ruột'],
      ['chú bác trong nhà có được bảo vệ không', 'người thân thích'],
      ['mất sổ hộ khẩu rồi làm lại sao', 'hộ khẩu, hộ tịch'],
      ['bắt nó bồi thường được không', 'bồi thường thiệt hại'],
      ['công ty ma hứa đưa người đi làm', 'không có chức năng dịch vụ đưa người lao động đi làm việc ở nước ngoài'],
      ['ai ra quyết định bảo vệ', 'thẩm quyền'],
      ['con tôi vắng nhà lâu ngày', 'người vắng mặt ở địa phương'],
      ['không có chứng cứ gì hết', 'không chứng minh được'],
      ['có người đưa lên mạng chuyện của nó', 'tiết lộ thông tin'],
      ['cho con đi học lại được không', 'học phí'],
      ['tiền khám ai chịu', 'chi phí khám bệnh, chữa bệnh'],
      ['ra xã có mẫu đơn nào phải điền không', 'tờ khai'],
      ['con bé khai miệng cho cán bộ ghi được không', 'ghi lại theo lời khai'],
      ['được cho áo quần, chăn mền không', 'vật dụng sinh hoạt cá nhân'],
      ['tòa đại sứ bên đó có giúp không', 'cơ quan đại diện việt nam ở nước ngoài'],
      ['có đứa đăng clip lên mạng', 'tiết lộ thông tin'],
      ['con tôi bỏ nhà đi mấy năm', 'vắng mặt khỏi địa phương'],
      ['con đi mấy năm không có tin tức', 'vắng mặt khỏi địa phương'],
      ['tụi nó tới nhà quậy, ném đá', 'đe dọa xâm hại'],
      ['công ty nào được phép đưa người đi', 'môi giới'],
      ['nhà nghèo không có tiền cho con ăn học', 'học phí'],
      ['làm sao để người ta tin mình bị bán', 'căn cứ để xác định nạn nhân'],
    ];
    for (const [q, legal] of cases) {
      expect(x.expand(q), q).toContain(legal);
      expect(x.expand(foldDiacritics(q)), foldDiacritics(q)).toContain(legal);
    }
  });

  it('gives the documents’ term for concepts of every document: illness, going home, faults, patrols, media, businesses and more', () => {
    const cases: [string, string][] = [
      ['ở trung tâm mà cảm cúm thì sao', 'tiền thuốc thông thường'],
      ['cô ấy muốn về xứ sở', 'hồi hương'],
      ['cơ sở đó làm bậy bạ', 'không thực hiện đúng'],
      ['đơn xin bảo vệ ghi những gì', 'phải ghi rõ'],
      ['tàu tuần tra có bắt được không', 'trên biển và hải đảo'],
      ['phí visa cho nạn nhân', 'miễn thu lệ phí'],
      ['nội dung tuyên truyền gồm gì', 'nội dung thông tin, tuyên truyền, giáo dục'],
      ['đài địa phương có đưa tin không', 'phát sóng'],
      ['ai thanh tra công ty đưa người đi', 'hoạt động môi giới'],
      ['chủ nhà nghỉ phải để ý gì', 'cơ sở hoạt động kinh doanh, dịch vụ'],
      ['con bé bị bán vô nam làm thuê', 'bị mua bán trong nước'],
      ['tôi có thể làm gì để giúp', 'cá nhân tham gia phòng ngừa mua bán người'],
      ['trinh sát có vào cuộc không', 'biện pháp nghiệp vụ'],
      ['muốn đi làm hợp pháp ở nước ngoài', 'di cư lao động hợp pháp, an toàn'],
      ['nhà nước có chính sách gì cho việc này', 'chính sách của nhà nước'],
      ['xin tư vấn trước khi đi', 'tư vấn về phòng ngừa mua bán người'],
      ['ai quản lý chung việc này', 'thống nhất quản lý nhà nước'],
      ['bị giữ trong sòng bạc bên kia', 'ép buộc thực hiện hành vi vi phạm pháp luật'],
      ['đứa con đẻ bên kia có về cùng được không', 'người dưới 18 tuổi đi cùng'],
      ['thấy một người lạ khả nghi', 'dấu hiệu'],
      ['báo chí có phải che tên không', 'bí mật thông tin về nạn nhân'],
      ['mấy ông cò lao động ở chợ', 'lừa đảo việc làm'],
      ['giáo viên chủ nhiệm phải làm gì', 'nhà trường'],
      ['có phát bộ đồ không', 'vật dụng sinh hoạt cá nhân'],
      ['có người đóng giả để lấy tiền', 'giả mạo là nạn nhân'],
      ['bị trục xuất về', 'do nước ngoài trao trả'],
      ['bị bắt làm suốt ngày đêm', 'lao động trái ý muốn'],
      ['nó quen người yêu qua mạng rồi đi luôn', 'dụ dỗ, lừa gạt'],
      ['bị bán vào động ở biên giới', 'ép buộc bán dâm'],
      ['bị ép trả nợ cho chủ', 'bị lệ thuộc'],
      ['cán bộ xuống xem họ cần gì', 'theo nhu cầu'],
      ['có đăng lên trang web tỉnh không', 'công thông tin điện tử tỉnh'],
    ];
    for (const [q, legal] of cases) {
      expect(x.expand(q), q).toContain(legal);
      expect(x.expand(foldDiacritics(q)), foldDiacritics(q)).toContain(legal);
    }
  });

  it('reads being taken away as trafficking, not as an arrest', () => {
    for (const q of ['con bé bị bắt cóc', 'nó bị bắt đi mấy tháng nay']) {
      expect(x.expand(q), q).toContain('mua bán người');
      expect(x.expand(q), q).not.toContain('truy cứu trách nhiệm hình sự');
    }
  });

  it('reads someone gone from home as absent from the locality, not as an officer away from the post', () => {
    // The documents' bare 'vắng mặt' is mostly a commander's absence ('Khi cấp trưởng … vắng mặt').
    for (const q of ['con tôi bỏ nhà đi mấy năm', 'nó đi biệt không về', 'mất liên lạc với con bé']) {
      expect(x.expand(q), q).not.toContain('vắng mặt');
    }
  });

  it('reads every wording of someone gone without news as the list of residents absent from the locality', () => {
    for (const q of ['cháu nó đi mất biệt', 'thằng út bỏ đi lâu lắm rồi', 'con bé bặt vô âm tín', 'nó đi đâu không ai biết']) {
      expect(x.expand(q), q).toContain('người vắng mặt ở địa phương');
    }
    expect(x.expand('nghi bị bán sang bên kia')).toContain('nghi bị mua bán');
  });

  it('reads a scam as a scam, not an island, and sending a child to school as schooling, not adoption', () => {
    expect(x.expand('công ty lừa đảo')).not.toContain('cảnh sát biển');
    expect(x.expand('công ty lừa đảo')).toContain('lừa đảo việc làm');
    expect(x.expand('xin cho con đi học')).not.toContain('cho, nhận con nuôi');
  });

  it('reads earning a profit as profiteering and as the profit a support facility may not seek', () => {
    for (const q of ['lập trung tâm để kiếm lời', 'làm ăn có lãi được không', 'nhà tạm lánh có được lấy lãi không']) {
      expect(x.expand(q), q).toContain('không vì mục đích lợi nhuận');
    }
    // Typed without marks, "co loi" is "có lỗi" (at fault) and "co lai" "có lại" (get back).
    for (const q of ['nan nhan co loi gi khong', 'lam sao co lai giay to']) expect(x.expand(q), q).not.toContain('trục lợi');
    expect(x.expand('lợi dụng nạn nhân để kiếm lời')).toContain('trục lợi');
  });

  it('reads hostesses passed between bars as disguised prostitution, a child who agreed as no force needed, and work without rest as forced labour', () => {
    expect(x.expand('mấy quán bia chuyền tay nhau gái quán')).toContain('chuyển nhượng tiếp viên nữ');
    expect(x.expand('bán dâm trá hình trong quán hát')).toContain('mại dâm trá hình');
    expect(x.expand('thằng bé tự chịu đi theo người lạ')).toContain('ngay cả khi không dùng vũ lực');
    expect(x.expand('con nhỏ đồng ý đi, không bị dụ dỗ')).toContain('ngay cả khi không dùng vũ lực');
    expect(x.expand('làm ngày làm đêm, chủ không cho nghỉ')).toContain('lao động trái ý muốn');
    // Following up on something is no child going along with someone.
    expect(x.expand('xã tự theo dõi người mới về')).not.toContain('ngay cả khi không dùng vũ lực');
    // Passed on or in disguise beside no bar, hostess or sex, and an adult who agreed, are none of these.
    expect(x.expand('nhà hàng trá hình')).toContain('mại dâm trá hình');
    for (const q of ['xe máy sang tay cho người khác', 'công ty trá hình tuyển lao động'])
      expect(x.expand(q), q).not.toContain('mại dâm trá hình');
    expect(x.expand('cô ấy đồng ý đi làm ở quán')).not.toContain('ngay cả khi không dùng vũ lực');
  });
});

describe('held abroad and taken to the border (bundled thesaurus)', () => {
  const x = createQueryExpander(THESAURUS);

  it('reads someone stuck or locked up over there as a citizen abroad whom the mission protects', () => {
    for (const q of ['ông ấy kẹt bên lào mấy tháng nay', 'bi nhot ben kia roi', 'mẹ nó bị kẹt bên campuchia']) {
      expect(x.expand(q), q).toContain('bảo hộ công dân');
    }
    expect(x.expand('xe bị kẹt ở dốc')).not.toContain('bảo hộ công dân');
    // Locked up inside is anywhere.
    for (const q of ['con bé bị nhốt bên trong nhà trọ', 'kẹt bên trong thang máy'])
      expect(x.expand(q), q).not.toContain('bảo hộ công dân');
  });

  it('reads taking someone out to the border gate as bringing the victim to the gate', () => {
    for (const q of ['ai chở ra cửa khẩu', 'đơn vị nào dẫn ra biên giới', 'dua den cua khau luc may gio']) {
      expect(x.expand(q), q).toContain('đưa nạn nhân tới cửa khẩu');
    }
  });
});

describe('islands said in full', () => {
  it('reads "hải đảo" as the islands and the sea, not its "đảo" as the coast guard patrolling the sea', () => {
    const x = createQueryExpander();
    const q = 'nạn nhân được giải cứu ở hải đảo thì ở đâu';
    expect(x.expand(q)).toContain('trên biển');
    expect(x.expand(q)).not.toContain('cảnh sát biển');
    expect(x.expand('ra đảo làm thuê')).toContain('hải đảo');
  });
});

describe('sexual exploitation filmed or photographed', () => {
  it('reads a sex clip or nude photos as the content the 2024 law names in its definition', () => {
    const x = createQueryExpander();
    expect(x.expand('bị bắt quay clip nóng')).toContain('có nội dung khiêu dâm');
    expect(x.expand('bi ep chup anh khoa than')).toContain('có nội dung khiêu dâm');
  });
});

describe('prevention as people talk about it (bundled thesaurus)', () => {
  const x = createQueryExpander(THESAURUS);

  it('reads a department page or an abbreviated Facebook as social media', () => {
    for (const q of ['tin tuyên truyền đưa lên fb của xã', 'huyện có fanpage riêng không', 'đọc trên phây thấy cảnh báo']) {
      expect(x.expand(q), q).toContain('mạng xã hội');
    }
  });

  it('reads how to react as the skill of behaving when in doubt', () => {
    expect(x.expand('gặp người lạ rủ đi thì xử trí thế nào')).toContain('kỹ năng ứng xử');
    expect(x.expand('con nhỏ nên phản ứng sao cho đúng')).toContain('kỹ năng ứng xử');
  });

  it("reads telling the villagers as informing the people, and 'đi nói' alone still as spreading a victim's story", () => {
    const told = x.expand('đoàn thanh niên đi nói cho bà con biết để đề phòng');
    expect(told).toContain('tuyên truyền cho người dân');
    expect(told).not.toContain('giữ bí mật');
    expect(x.expand('hàng xóm đi nói khắp nơi chuyện con bé')).toContain('giữ bí mật');
  });

  it('reads who is easily caught as the group at high risk, a past sentence as a criminal record, arranging money as the budget', () => {
    expect(x.expand('con nít vùng cao có phải dễ trở thành nạn nhân không')).toContain('nhóm nguy cơ cao');
    expect(x.expand('ông đó từng bị kết án về tội này')).toContain('tiền án, tiền sự');
    expect(x.expand('tỉnh có lo kinh phí cho huyện không')).toContain('bố trí kinh phí');
  });

  it('reads someone just out of prison as a criminal record, and asking whom an activity is for as its target group', () => {
    expect(x.expand('anh ta mãn hạn tù năm ngoái')).toContain('tiền án, tiền sự');
    // Folded, 'ra tù' is also 'ra từ' (back from) and 'tiền án' the 'tiền ăn' (food money): no record.
    expect(x.expand('nguoi ra tu Campuchia ve thi xa co quan ly khong')).not.toContain('tiền án, tiền sự');
    expect(x.expand('buổi nói chuyện này dành cho ai')).toContain('nhóm nguy cơ cao');
  });

  it('reads the school named in passing as the school, not every case ("trường hợp")', () => {
    expect(x.expand('ở trường có ai nói cho các cháu biết không')).toContain('nhà trường');
    expect(x.expand('trường hợp nạn nhân là trẻ em')).not.toContain('nhà trường');
  });

  it('reads vocational schools and lessons in the documents words for them', () => {
    expect(x.expand('trường trung cấp có dạy phòng chống không')).toContain('cơ sở giáo dục nghề nghiệp');
    expect(x.expand('đưa vào bài giảng cho các em')).toContain('chương trình ngoại khóa');
  });
});

describe('chat words that met no term of the documents (bundled thesaurus)', () => {
  const x = createQueryExpander(THESAURUS);

  it('reads several people at once, which ministry, and bringing someone to the commune in the documents words', () => {
    expect(x.expand('bên kia trả về cùng lúc nhiều người thì sao')).toContain('cùng một lúc');
    expect(x.expand('cả chục người được giải cứu')).toContain('nhiều nạn nhân');
    expect(x.expand('chuyện nhận con nuôi thì bộ nào quản')).toContain('trách nhiệm của bộ');
    expect(x.expand('đồn giữ lại hay đưa về xã')).toContain('bàn giao nạn nhân cho ủy ban nhân dân cấp xã');
  });

  it('reads food and lodging money whole, so its middle is no bribe', () => {
    const stay = x.expand('tiền ăn tiền ở ai chịu');
    expect(stay).toContain('chỗ ở tạm thời');
    expect(stay).not.toContain('bao che, dung túng');
    expect(x.expand('cán bộ ăn tiền bao che')).toContain('bao che, dung túng');
  });

  it('reads medicine money as the ordinary medicine the facility pays', () => {
    expect(x.expand('ở trung tâm có cho tiền mua thuốc không')).toContain('tiền thuốc thông thường');
  });

  it("reads a bare syllable of a question typed with marks as written: 'không cho về' is not 'chở về'", () => {
    expect(x.expand('bị chủ giữ không cho về')).not.toContain('bố trí người đưa về');
    expect(x.expand('bi chu giu khong cho ve')).toContain('bố trí người đưa về');
    expect(x.expand('công ty tuyển người lao động đi làm')).not.toContain('người nước ngoài');
  });

  it('reads closing a facility, a new head of it, kin by the household, a cover-up and the commune telling', () => {
    expect(x.expand('mái ấm muốn giải thể thì sao')).toContain('chấm dứt hoạt động');
    expect(x.expand('trung tâm đổi giám đốc có phải báo không')).toContain('thay đổi người đứng đầu');
    expect(x.expand('vợ chồng con cái của nạn nhân')).toContain('người thân thích');
    expect(x.expand('cán bộ bao che cho đường dây thì sao')).toContain('dung túng, bao che, tiếp tay');
    expect(x.expand('xã thông báo cho ai')).toContain('thông báo của ủy ban nhân dân cấp xã');
    expect(x.expand('sứ quán gửi hồ sơ về cục xuất nhập cảnh')).toContain('cục quản lý xuất nhập cảnh');
  });

  it("reads being kept from rest as no licence matter, and 'ai bao ve' as who protects, not who pays", () => {
    expect(x.expand('bắt làm suốt ngày không cho nghỉ')).not.toContain('thu hồi giấy phép');
    const who = x.expand('nguoi nha bi doa thi ai bao ve');
    expect(who).toContain('biện pháp bảo vệ');
    expect(who).not.toContain('chi trả');
  });

  it('reads boys and girls at the camp as the sexes the facility houses apart, and a better living as the settled life', () => {
    const camp = x.expand('o trai bao tro thi con trai con gai co o rieng khong');
    expect(camp).toContain('giới tính');
    expect(camp).toContain('cơ sở bảo trợ xã hội');
    expect(x.expand('giúp bà con làm ăn khá lên')).toContain('nâng cao đời sống');
  });

  it('reads a reward, harm to a helper, travel, a claim on the budget, a guard and kept from meeting in the documents words', () => {
    expect(x.expand('làm tốt có được thưởng không')).toContain('khen thưởng');
    expect(x.expand('công an bị thương khi bắt bọn buôn người')).toContain('thiệt hại về tính mạng, sức khỏe hoặc tài sản');
    expect(x.expand('cán bộ đi công tác xác minh')).toContain('công tác phí');
    expect(x.expand('cơ sở xin tiền nhà nước')).toContain('cấp kinh phí hỗ trợ cho cơ sở hỗ trợ nạn nhân');
    expect(x.expand('có đặt người canh chỗ ở không')).toContain('bố trí lực lượng bảo vệ');
    expect(x.expand('có cấm đi lại gặp người khác không')).toContain('hạn chế phạm vi đi lại, giao tiếp');
  });

  it('reads a trial to learn from, the border patrol, the other side, a doubt, village life, a closed trial and a child with the mother', () => {
    expect(x.expand('tòa có mở phiên tòa mẫu không')).toContain('phiên tòa rút kinh nghiệm');
    expect(x.expand('bộ đội có đi tuần dọc biên không')).toContain('tuần tra, kiểm soát biên giới');
    expect(x.expand('có làm chung với công an nước bạn không')).toContain('nước có chung đường biên giới');
    expect(x.expand('chua biet chac co bi ban khong')).toContain('người đang trong quá trình xác định là nạn nhân');
    // Unsure of a step is no doubt whether one was sold.
    expect(x.expand('Tôi chưa chắc chắn thủ tục xin trợ cấp nộp ở đâu')).not.toContain('người đang trong quá trình xác định là nạn nhân');
    expect(x.expand('để nó sống như bao người trong xóm')).toContain('tái hòa nhập cộng đồng');
    expect(x.expand('xin tòa đừng xử công khai')).toContain('xét xử kín');
    expect(x.expand('đứa nhỏ đi theo mẹ về')).toContain('người dưới 18 tuổi đi cùng');
    // Told by the mother ("theo mẹ em kể") is no child going along.
    expect(x.expand('Theo mẹ em kể thì chị em bị bán')).not.toContain('người dưới 18 tuổi đi cùng');
    expect(x.expand('có bị cấm đi đây đi đó không')).toContain('hạn chế phạm vi đi lại, giao tiếp');
  });

  it('reads the steering board, a past in police records, forged papers and the machines at the gate', () => {
    expect(x.expand('ai đứng đầu chỉ đạo chống tội phạm')).toContain('ban chỉ đạo');
    expect(x.expand('công an có tra lai lịch không')).toContain('lý lịch tư pháp');
    expect(x.expand('cửa khẩu có máy soi hộ chiếu giả không')).toEqual(
      expect.arrayContaining(['giấy tờ, tài liệu giả mạo', 'trang bị các phương tiện kỹ thuật']),
    );
  });

  it('reads someone found not to have been sold, and leaving the shelter, as the clause on a person who is no victim', () => {
    expect(x.expand('hóa ra cô ấy không hề bị bán')).toContain('không phải là nạn nhân');
    // A finding, not grounds still lacking.
    expect(x.expand('hóa ra cô ấy không hề bị bán')).not.toContain('không đủ căn cứ xác định nạn nhân');
    expect(x.expand('vậy có phải rời khỏi trung tâm không')).toContain('ra khỏi cơ sở bảo trợ xã hội');
  });

  it('reads the police checking again as verifying, not as the investigating agency', () => {
    expect(x.expand('công an điều tra lại thì thấy khác')).toContain('xác minh');
    expect(x.expand('công an điều tra lại thì thấy khác')).not.toContain('cơ quan cảnh sát điều tra');
    expect(x.expand('công an điều tra là cơ quan nào')).toContain('cơ quan cảnh sát điều tra');
  });

  it('reads taking a child home, what a finding rests on and paying a burial in the documents words', () => {
    expect(x.expand('ai dắt nó về cho ông bà')).toContain('đưa nạn nhân về nơi người thân thích cư trú');
    // Folded, "dắt về" is also "đặt vé" (booking a ticket).
    expect(x.expand('tien dat ve may bay ai tra')).not.toContain('đưa nạn nhân về nơi người thân thích cư trú');
    expect(x.expand('dựa vào đâu mà biết bị bán')).toContain('dựa vào các nguồn tài liệu, chứng cứ');
    expect(x.expand('tiền chôn ai chịu')).toContain('mai táng');
    expect(x.expand('nếu nạn nhân chết ở trung tâm thì sao')).toContain('mai táng');
    expect(x.expand('ai lo đám cưới cho nạn nhân')).not.toContain('mai táng');
    // Papers lost at the centre are no death, nor a phone lost there, with or without marks.
    expect(x.expand('bị mất giấy tờ ở trung tâm')).not.toContain('mai táng');
    expect(x.expand('điện thoại bị mất ở trung tâm thì ai chịu')).not.toContain('mai táng');
    expect(x.expand('giay phep lam mat tai co so thi sao')).not.toContain('mai táng');
    expect(x.expand('cháu mất ở trung tâm thì ai lo')).toContain('mai táng');
  });

  it('reads a facility shut for a while, typed without marks, as suspended, not as protection stopped', () => {
    const q = 'nha tam lanh lam sai thi bi dong cua tam thoi khong';
    expect(x.expand(q)).toContain('đình chỉ hoạt động');
    expect(x.expand(q)).not.toContain('chấm dứt áp dụng biện pháp bảo vệ');
  });

  it("reads lifting spirits, being lent money and the other side's forces in the documents words", () => {
    expect(x.expand('có ai nói chuyện cho tụi nhỏ vui lên không')).toContain('hỗ trợ tâm lý');
    expect(x.expand('có được vay để buôn bán không')).toContain('vay vốn');
    expect(x.expand('có phối hợp với lực lượng nước bạn không')).toContain('các nước có chung đường biên giới');
  });

  it('reads a place to hide in as the shelter the protection measures name', () => {
    expect(x.expand('có chỗ nào để trốn cho an toàn không')).toContain('nơi tạm lánh');
  });

  it('does not read everyday words that fold into a listed wording typed without marks', () => {
    // 'nguoi trong' is people in a place before a watchman ('người trông'); 'nuoi de' raising someone for a purpose.
    expect(x.expand('nguoi trong xa bo di dau khong ai biet')).not.toContain('nhân viên');
    expect(x.expand('nhan con nuoi de ban')).not.toContain('vay vốn');
  });
});

describe('protection, border and reception wordings (bundled thesaurus)', () => {
  const x = createQueryExpander(THESAURUS);

  it('reads a protection file, limits on movement and a sign of being sold in the documents words', () => {
    expect(x.expand('đơn xin bảo vệ gửi ai')).toContain('hồ sơ áp dụng biện pháp bảo vệ');
    expect(x.expand('công an có giới hạn chỗ đi của người được bảo vệ không')).toContain('hạn chế phạm vi đi lại, giao tiếp');
    expect(x.expand('con nhỏ về cứ hoảng loạn, có phải dấu hiệu bị bán không')).toContain('biểu hiện về thể chất và tinh thần');
    // Knowing the signs beforehand, and advice to a child, are neither.
    expect(x.expand('làm sao nhận biết dấu hiệu bị lừa bán khi đi xuất khẩu lao động')).not.toContain('biểu hiện về thể chất và tinh thần');
    expect(x.expand('dạy trẻ em hạn chế tiếp xúc với người lạ trên mạng')).not.toContain('hạn chế phạm vi đi lại, giao tiếp');
  });

  it("reads meeting a victim, a child who cannot get home alone and working with the neighbours' police", () => {
    expect(x.expand('ai ra sân bay đón nạn nhân')).toContain('tiếp nhận');
    expect(x.expand('bọn môi giới đón người ở cửa khẩu rồi đưa đi đâu')).not.toContain('tiếp nhận');
    expect(x.expand('con nít không tự về nhà được thì sao')).toContain('không có khả năng tự trở về');
    expect(x.expand('biên phòng có bắt tay với công an nước bên kia không')).toEqual(
      expect.arrayContaining(['hợp tác', 'các nước có chung đường biên giới']),
    );
    // Colluding and doing business are no cooperation of the forces.
    expect(x.expand('cán bộ bắt tay với bọn buôn người thì bị xử lý sao')).not.toContain('hợp tác');
    expect(x.expand('công ty liên kết với nước ngoài tuyển lao động')).not.toContain('hợp tác');
  });

  it('reads remote areas as remote, not as the border, and a citizen asking what to do as no paid guard', () => {
    expect(x.expand('tuyên truyền cho dân vùng sâu vùng xa')).not.toContain('khu vực biên giới');
    expect(x.expand('tuyên truyền cho dân vùng xa')).toContain('khu vực biên giới');
    const citizen = 'cá nhân tham gia phòng ngừa mua bán người';
    const guard = 'người không hưởng lương từ ngân sách nhà nước';
    expect(x.expand('thấy nghi có buôn người thì dân thường phải làm gì')).toContain(citizen);
    expect(x.expand('thấy nghi có buôn người thì dân thường phải làm gì')).not.toContain(guard);
    expect(x.expand('dân thường canh nạn nhân có được trả tiền không')).toContain(guard);
    expect(x.expand('người dân thường làm gì để kiếm sống')).not.toContain(citizen);
  });

  it("reads telling the women of the village as teaching them, not as spreading a victim's story, and handling a breach", () => {
    expect(x.expand('hội phụ nữ có đi nói cho chị em biết về buôn người không')).toContain('tuyên truyền');
    expect(x.expand('hội phụ nữ có đi nói cho chị em biết về buôn người không')).not.toContain('tiết lộ thông tin');
    expect(x.expand('em muốn nói cho chị em biết là em bị lừa có được không')).not.toContain('tuyên truyền');
    expect(x.expand('ủy ban xã có phải xử mấy vụ vi phạm không')).toContain('xử lý vi phạm');
  });
});

describe('words that only look like an everyday wording (bundled thesaurus)', () => {
  const x = createQueryExpander();

  it('reads the "kiện" of a condition as no lawsuit, and papers held back as no file to prepare', () => {
    expect(x.expand('muốn mở cơ sở thì cần điều kiện gì')).not.toContain('trợ giúp pháp lý');
    expect(x.expand('muốn đi kiện bọn nó thì ai giúp')).toContain('trợ giúp pháp lý');
    expect(x.expand('bọn nó giữ giấy tờ không cho về')).not.toContain('đơn đề nghị');
    expect(x.expand('làm giấy tờ xin hỗ trợ ở đâu')).toContain('đơn đề nghị');
  });

  it('reads papers one goes to get as a file to prepare, and papers taken away or kept as none', () => {
    expect(x.expand('cần lấy giấy tờ gì để nhận hỗ trợ')).toContain('đơn đề nghị');
    expect(x.expand('đi lấy giấy tờ xác nhận nạn nhân ở đâu')).toContain('đơn đề nghị');
    for (const q of ['chủ bị lấy giấy tờ rồi', 'nó giữ lại giấy tờ của em', 'bọn nó thu hết giấy tờ', 'chủ cầm hết giấy tờ']) {
      expect(x.expand(q)).not.toContain('đơn đề nghị');
    }
  });
});

describe("a support facility's licence and a verification's finding in chat words (bundled thesaurus)", () => {
  const x = createQueryExpander();

  it('reads how long a licence can be used as its term', () => {
    expect(x.expand('giay phep lap co so ho tro nan nhan co gia tri bao lau')).toContain('có thời hạn tối đa');
    expect(x.expand('giấy phép xài được mấy năm')).toContain('có thời hạn tối đa');
  });

  it('reads a facility closed for good as its activity ended, not as suspended or its licence taken back', () => {
    const own = x.expand('muốn dẹp cơ sở thì làm sao');
    expect(own).toContain('chấm dứt hoạt động');
    expect(own).not.toContain('đình chỉ hoạt động');
    expect(x.expand('trường hợp nào cơ sở phải ngưng hẳn')).toContain('chấm dứt hoạt động');
    // Made to close for a while is still a suspension.
    expect(x.expand('cơ sở làm sai có bị đóng cửa tạm thời không')).toContain('đình chỉ hoạt động');
  });

  it('reads a person found not to be a victim, and the threat gone, in the documents words', () => {
    expect(x.expand('công an tra ra không phải nạn nhân thì sao')).toContain('không phải là nạn nhân');
    expect(x.expand('hết bị đe dọa rồi thì còn bảo vệ không')).toContain('không còn bị xâm hại');
  });

  it("reads the district named as the one tasked as its People's Committee, not its police", () => {
    expect(x.expand('bên huyện phải làm gì cho nạn nhân')).toContain('ủy ban nhân dân các huyện');
    expect(x.expand('công an huyện phải làm gì khi nhận yêu cầu xác minh')).not.toContain('ủy ban nhân dân các huyện');
  });
});
