import { describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { CUE_PAIRS, createCuePairReader } from '../../retrieval/cue-pairs.js';
import { createQueryExpander } from '../../retrieval/expand.js';
import { analyze, foldToken } from '../../retrieval/text.js';

const foldedSeq = (s: string) => analyze(s).seq.map(foldToken).join(' ');

describe('cue pairs (data)', () => {
  it('only adds terms the bundled documents actually use', () => {
    const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
    const text = ` ${corpus.sections.map((s) => foldedSeq([...s.path, s.text].join(' '))).join(' | ')} `;
    const absent = CUE_PAIRS.flatMap((p) => p.legal).filter((l) => !text.includes(` ${foldedSeq(l)} `));
    expect(absent).toEqual([]);
  });

  it('is written in lowercase NFC with diacritics, each pair needing two cues or more', () => {
    for (const p of CUE_PAIRS) {
      const context = p.context ?? [];
      expect(p.all.length + context.length).toBeGreaterThan(1);
      expect(p.legal.length).toBeGreaterThan(0);
      for (const w of [...p.all.flat(), ...context.flat(), ...p.legal]) {
        expect(w).toBe(w.normalize('NFC').toLowerCase().trim());
        expect(analyze(w).seq.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('cue pair reader', () => {
  const read = createCuePairReader([
    { all: [['hộ chiếu', 'giấy tờ'], ['giữ']], legal: ['giấy thông hành'] },
    { all: [['bắt làm'], ['giữ']], legal: ['cưỡng bức lao động'] },
    { all: [['chỗ ngủ']], context: [['biên phòng']], legal: ['bố trí chỗ ở tạm thời'] },
  ]);

  it('reads a word by the other words of the question', () => {
    expect(read('Bọn chủ giữ hộ chiếu của con tôi')).toEqual([{ words: ['giu', 'ho', 'chieu'], phrases: ['giấy thông hành'] }]);
    expect(read('Nó bị giữ lại, bắt làm suốt ngày')).toEqual([{ words: ['giu', 'bat', 'lam'], phrases: ['cưỡng bức lao động'] }]);
  });

  it('needs its context too, but the phrases do not stand for the context', () => {
    expect(read('Biên phòng có lo chỗ ngủ không')).toEqual([{ words: ['cho', 'ngu'], phrases: ['bố trí chỗ ở tạm thời'] }]);
    expect(read('Có lo chỗ ngủ không')).toEqual([]);
  });

  it('needs every cue, each as whole syllables', () => {
    expect(read('Ai giữ bí mật cho tôi')).toEqual([]);
    expect(read('Làm hộ chiếu ở đâu')).toEqual([]);
    expect(read('Giữ lại cái hộ chiếuu')).toEqual([]);
  });

  it('accepts cues of two syllables typed without diacritics, but not with other ones', () => {
    expect(read('nó bị giữ, bat lam suốt ngày')).toEqual([{ words: ['giu', 'bat', 'lam'], phrases: ['cưỡng bức lao động'] }]);
    expect(read('giữ hồ chiếu')).toEqual([]);
    // Each syllable typed with diacritics must be the cue's: "lâm" is not "làm", whatever its neighbour.
    expect(read('nó bị giữ, bat lâm suốt ngày')).toEqual([]);
    // Alone, `giu` may be giữ or giũ.
    expect(read('giu bắt làm')).toEqual([]);
  });

  it('adds nothing the question already says', () => {
    expect(read('Bị giữ hộ chiếu thì xin giấy thông hành ở đâu')).toEqual([]);
  });

  it('joins the bundled thesaurus in the query expansion', () => {
    const pair = CUE_PAIRS.find((p) => p.legal.includes('xét xử kín'))!;
    const question = `${pair.all[0][0]} vụ này có ${pair.all[1][0]} không`;
    expect(createQueryExpander().expand(question)).toContain('xét xử kín');
    expect(createQueryExpander(undefined, []).expand(question)).not.toContain('xét xử kín');
  });
});

describe('situations people describe (bundled pairs)', () => {
  const x = createQueryExpander();

  it('reads someone back on their own at a border post as the commune they returned to and the immigration office', () => {
    const q = 'cháu nó trốn về được, tới đồn biên phòng thì đồn bàn giao cho ai';
    expect(x.expand(q)).toContain('ủy ban nhân dân cấp xã nơi nạn nhân tự trở về');
    expect(x.expand(q)).toContain('cơ quan quản lý xuất nhập cảnh công an cấp tỉnh nơi có cửa khẩu');
    expect(x.expand('tự về tới cửa khẩu thì ăn ngủ ở đâu')).toContain('bố trí chỗ ở tạm thời');
  });

  it('reads no foreigner into a Vietnamese national ("người có quốc tịch Việt Nam")', () => {
    const handover = 'trao trả nạn nhân cho phía nước ngoài';
    expect(x.expand('người nước ngoài bị bán sang mình thì ai đưa ra cửa khẩu')).toContain(handover);
    expect(x.expand('người có quốc tịch Việt Nam trở về qua cửa khẩu thì ai tiếp nhận')).not.toContain(handover);
  });

  it('reads lost papers abroad as the travel document, and threats abroad as the mission’s protection', () => {
    expect(x.expand('sang Malaysia bị mất giấy tùy thân, giờ muốn về nước')).toContain('giấy thông hành');
    const threat = 'cơ quan đại diện việt nam ở nước ngoài áp dụng các biện pháp bảo vệ';
    expect(x.expand('nó còn ở bên đó bị chủ dọa giết')).toContain(threat);
    expect(x.expand('nó bị chủ dọa giết')).not.toContain(threat);
  });

  it('reads faking for money as repaying the support', () => {
    expect(x.expand('khai man là nạn nhân để lãnh trợ cấp')).toContain('hoàn trả khoản kinh phí hỗ trợ đã nhận');
  });

  it('reads a business’s commitment and who inspects brokers in the law’s words', () => {
    expect(x.expand('chủ tiệm massage có phải ký cam kết không')).toContain(
      'cam kết chấp hành quy định của pháp luật về phòng, chống mua bán người',
    );
    expect(x.expand('ai thanh tra mấy chỗ mai mối')).toContain('kiểm tra, thanh tra hoạt động hỗ trợ kết hôn');
    expect(x.expand('ai giám sát mấy công ty xuất khẩu lao động')).toContain(
      'giám sát, thanh tra, kiểm tra đối với các tổ chức, cá nhân hoạt động môi giới',
    );
  });

  it('reads work without rest under beatings as forced labour, but not long hours alone', () => {
    expect(x.expand('làm cả đêm, hơi chậm là ăn đòn')).toContain('dùng vũ lực');
    expect(x.expand('cán bộ làm cả ngày không nghỉ')).not.toContain('dùng vũ lực');
  });

  it('reads having nothing to prove it as the grounds for a victim without papers', () => {
    expect(x.expand('không còn giấy gì, chứng minh mình bị lừa bán kiểu gì')).toContain('không chứng minh được');
  });

  it('reads a foreigner opening a shelter as the cases where no licence is granted', () => {
    expect(x.expand('một bà Tây xin mở mái ấm cho trẻ bị bán')).toContain('tổ chức, cá nhân nước ngoài');
    expect(x.expand('hội phụ nữ xin mở mái ấm cho trẻ bị bán')).not.toContain('tổ chức, cá nhân nước ngoài');
  });
});

describe('more ways people tell those situations (bundled pairs)', () => {
  const x = createQueryExpander();

  it('reads coming back alone to a border gate as a victim returning on their own', () => {
    expect(x.expand('cô ấy tự bắt xe về tới đồn biên phòng xin giúp')).toContain('nạn nhân từ nước ngoài tự trở về');
    expect(x.expand('đoàn công tác về tới cửa khẩu lúc mấy giờ')).not.toContain('nạn nhân từ nước ngoài tự trở về');
  });

  it('reads money taken by someone not trafficked after all as faking it', () => {
    expect(x.expand('ông đó lãnh tiền hỗ trợ mà hóa ra không bị lừa bán')).toContain('giả mạo là nạn nhân');
  });

  it('reads turning down the police’s protection as refusing the measures', () => {
    expect(x.expand('cô ấy không chịu để công an bảo vệ')).toContain('từ chối biện pháp bảo vệ');
    expect(x.expand('công an bảo vệ nạn nhân thế nào')).not.toContain('từ chối biện pháp bảo vệ');
  });

  it('reads a shelter refused its licence as the cases where none is granted', () => {
    expect(x.expand('vì sao trung tâm của họ bị từ chối')).toContain('các trường hợp không cấp giấy phép thành lập');
  });

  it('reads a national of a country people are sold to, setting up a shelter, as a foreigner', () => {
    expect(x.expand('người Đài Loan muốn lập nhà tạm lánh ở đây')).toContain('tổ chức, cá nhân nước ngoài');
  });

  it('reads walking back to the army at the border, made-up stories and terror abroad in the same way', () => {
    expect(x.expand('nó đi bộ về tới chỗ bộ đội')).toContain('nạn nhân từ nước ngoài tự trở về');
    expect(x.expand('bà ấy dựng chuyện để lấy tiền')).toContain('hoàn trả khoản kinh phí hỗ trợ đã nhận');
    expect(x.expand('con tôi ở bên kia bị bọn chủ khủng bố')).toContain(
      'cơ quan đại diện việt nam ở nước ngoài áp dụng các biện pháp bảo vệ',
    );
  });

  it('reads asking the court to sit in private as the court deciding at the victim’s request', () => {
    const phrase = 'quyết định việc xét xử kín đối với vụ án mua bán người theo yêu cầu của nạn nhân';
    expect(x.expand('mẹ cháu muốn tòa xử kín')).toContain(phrase);
    expect(x.expand('tòa xử kín khi nào')).not.toContain(phrase);
    // Asked as whom the victim does not want in the room.
    expect(x.expand('con tôi không muốn người lạ ngồi nghe lúc tòa xử')).toContain(phrase);
    expect(x.expand('phiên tòa có đông người không')).not.toContain(phrase);
  });

  it('reads neighbours and local firms helping returnees as the community’s part in their reintegration', () => {
    expect(x.expand('công ty trong xã nhận vào làm người mới về')).toContain(
      'tạo việc làm và các hoạt động hỗ trợ khác giúp nạn nhân hòa nhập cộng đồng',
    );
  });

  it('reads nothing left to prove it by as the grounds weighed when nothing proves it', () => {
    expect(x.expand('không còn giấy gì, chứng minh là bị bán bằng cách nào')).toContain(
      'xem xét các căn cứ sau để xác nhận họ là nạn nhân',
    );
  });
});

describe('urgency typed without diacritics (bundled pairs)', () => {
  const x = createQueryExpander();

  it('reads urgency said with what intensifies it as the emergency way of asking for protection', () => {
    expect(x.expand('nha toi bi de doa, gap lam, goi dien xin bao ve duoc khong')).toContain('qua điện thoại');
    expect(x.expand('rat gap, goi dien thoai de nghi bao ve nhu the nao')).toContain('trường hợp khẩn cấp');
  });

  it('leaves "gap" alone, which may be meeting someone, unread', () => {
    expect(x.expand('gap can bo xa, goi dien xin bao ve duoc khong')).not.toContain('trường hợp khẩn cấp');
  });

  it('reads counting the cases nationwide as the crime statistics the supreme procuracy keeps', () => {
    expect(x.expand('số liệu buôn người trên toàn quốc do ai nắm')).toContain('viện kiểm sát nhân dân tối cao');
    expect(x.expand('ai đếm số vụ án mua bán người')).toContain('thống kê tội phạm mua bán người');
    expect(x.expand('số liệu nạn nhân được hỗ trợ trong xã')).not.toContain('thống kê tội phạm mua bán người');
  });

  it('reads a victim afraid of the public in court as a hearing behind closed doors', () => {
    expect(x.expand('cháu ngại ra tòa trước mặt người lạ')).toContain('xét xử kín');
    expect(x.expand('phiên tòa có cho người ngoài vào không')).toContain('xét xử kín');
  });

  it('reads what the traffickers said or handed over as a ground for identifying a victim, only when one is identified', () => {
    const phrase = 'lời khai, tài liệu do người thực hiện hành vi mua bán người cung cấp';
    expect(x.expand('kẻ buôn người khai ra thì có dùng để công nhận nạn nhân không')).toContain(phrase);
    expect(x.expand('bọn buôn người khai gì ở cơ quan điều tra')).not.toContain(phrase);
  });

  it('reads "exploited" said of work as forced labour', () => {
    expect(x.expand('bị bắt làm thuê như vậy có phải bị bóc lột không')).toContain('ép buộc nạn nhân phải lao động trái ý muốn');
  });

  it('reads neighbours and local shops called on to help a returnee as the plans’ mobilising of families and businesses', () => {
    expect(x.expand('xã có kêu gọi lối xóm phụ giúp người mới về không')).toContain(
      'phát động cá nhân, gia đình, đơn vị kinh tế tại địa phương',
    );
    expect(x.expand('vận động cửa hàng trong xóm chung tay hỗ trợ')).toContain(
      'phát động cá nhân, gia đình, đơn vị kinh tế tại địa phương',
    );
  });
});

describe('going abroad, held there and coming home (bundled pairs)', () => {
  const x = createQueryExpander();

  it('reads papers torn or held abroad as the travel document the mission issues, not any paperwork fee', () => {
    expect(x.expand('thằng bé sang Hàn Quốc bị chủ xé hộ chiếu')).toContain('cấp giấy thông hành cho nạn nhân về nước');
    expect(x.expand('bi chu giu het giay to ben thai lan')).toContain('cấp giấy thông hành cho nạn nhân về nước');
    expect(x.expand('làm giấy tờ về nước mất mấy ngày')).not.toContain('cấp giấy thông hành cho nạn nhân về nước');
  });

  it('reads showing people how not to be tricked into a job as the guidance against job fraud, not how common it is', () => {
    const guidance = 'hướng dẫn người dân các biện pháp phòng, chống lừa đảo việc làm';
    expect(x.expand('có ai chỉ cách cho bà con khỏi bị dụ đi làm ăn xa không')).toContain(guidance);
    // "Nói cho tôi biết" and folded "chi cho" (spend on) teach nothing.
    expect(x.expand('Nói cho tôi biết, con tôi bị lừa đi làm bên Campuchia thì làm sao đưa về')).not.toContain(guidance);
    expect(x.expand('bị lừa đi làm ăn xa có phổ biến không')).not.toContain(guidance);
  });

  it('reads someone checked and found not sold as no victim, not how to avoid being sold', () => {
    expect(x.expand('xác minh ra là người đó không bị bán')).toContain('không phải là nạn nhân');
    expect(x.expand('làm sao để con gái không bị bán')).not.toContain('không phải là nạn nhân');
    expect(x.expand('Thật ra tôi muốn biết làm sao để con gái không bị bán')).not.toContain('không phải là nạn nhân');
  });

  it('reads papers lost, not what making them costs, as the travel document; a foreigner going home as the handover', () => {
    expect(x.expand('sang bên đó bị mất giấy tờ, giờ muốn về nước')).toContain('giấy thông hành');
    expect(x.expand('bên đó làm giấy tờ về nước có mất tiền không')).not.toContain('giấy thông hành');
    expect(x.expand('người nước ngoài bị bán sang đây thì đưa về nước thế nào')).toEqual(
      expect.arrayContaining(['trao trả nạn nhân cho phía nước ngoài', 'đưa nạn nhân về nước']),
    );
  });

  it('reads someone held over there whom the family wants protected as the mission directed to protect them', () => {
    const mission = 'bộ ngoại giao chỉ đạo cơ quan đại diện việt nam ở nước ngoài áp dụng các biện pháp bảo vệ nạn nhân';
    expect(x.expand('mẹ tôi bị nhốt bên đài loan, nhờ sứ quán che chở được không')).toContain(mission);
    expect(x.expand('anh ấy kẹt bên kia, ai bảo vệ')).toContain(mission);
    expect(x.expand('công an bảo vệ người nhà nạn nhân thế nào')).not.toContain(mission);
  });

  it('reads who goes with a child doing the papers home as the guardian the facility names', () => {
    const guardian = 'cử người giám hộ trong suốt quá trình';
    expect(x.expand('cháu bé chưa đủ tuổi ở mái ấm, ai đi theo lúc làm thủ tục về quê')).toContain(guardian);
    expect(x.expand('ai đi theo đoàn kiểm tra về xã')).not.toContain(guardian);
  });

  it('reads a foreign national taken to the border as the handover at the gate', () => {
    expect(x.expand('trả người campuchia về qua biên giới thì ai đưa đi')).toContain('đưa nạn nhân tới cửa khẩu');
    expect(x.expand('người mình bị trả về qua cửa khẩu thì ai đón')).not.toContain('đưa nạn nhân tới cửa khẩu');
  });

  it('reads a few days of rest with a health check on return as the stay the plan arranges', () => {
    expect(x.expand('về rồi có được nghỉ lại vài bữa, đi khám không')).toContain('lưu trú ăn, nghĩ, khám sức khỏe');
    expect(x.expand('đi khám bệnh có mất tiền không')).not.toContain('lưu trú ăn, nghĩ, khám sức khỏe');
  });
});

describe('someone not yet rescued abroad (bundled pairs)', () => {
  const x = createQueryExpander();
  const rescue = 'thông báo ngay cho cơ quan có thẩm quyền của nước sở tại để phối hợp kiểm tra, xác minh và tổ chức giải cứu';

  it('reads asking the embassy about someone not yet freed as the mission alerting the host country to rescue', () => {
    expect(x.expand('nó chưa trốn được, nhờ lãnh sự quán thì sao')).toContain(rescue);
    expect(x.expand('sứ quán có cứu ra được không')).toContain(rescue);
    expect(x.expand('sứ quán cấp giấy về nước')).not.toContain(rescue);
  });
});

describe('protection, return, identification and the family (bundled pairs)', () => {
  const x = createQueryExpander();

  it('reads a protected person living in another province as the measures entrusted to the body where they live', () => {
    const entrusted = 'ủy thác việc tiến hành các biện pháp bảo vệ';
    expect(x.expand('nó dọn nhà vô Sài Gòn rồi thì công an ở đó có bảo vệ nó không')).toContain(entrusted);
    expect(x.expand('người được bảo vệ sống ở tỉnh khác')).toContain(entrusted);
    expect(x.expand('nó chuyển ra Hà Nội rồi, ai bảo vệ nó')).toContain(entrusted);
    expect(x.expand('nạn nhân ở tỉnh khác bị bán qua đây')).not.toContain(entrusted);
  });

  it('reads whether a protection file leaks as its keeping under the confidential-documents regime', () => {
    const secret = 'hồ sơ bảo vệ theo chế độ tài liệu mật';
    expect(x.expand('hồ sơ xin bảo vệ của em có ai xem được không')).toContain(secret);
    expect(x.expand('ho so bao ve co giu kin khong')).toContain(secret);
    expect(x.expand('ai được coi hồ sơ bảo vệ')).toContain(secret);
    expect(x.expand('hồ sơ xin hỗ trợ có bị lộ không')).not.toContain(secret);
  });

  it('reads taking someone out to the gate as the facility bringing the victim there', () => {
    const brings = 'nơi lưu giữ nạn nhân chỉ đạo cơ sở bảo trợ xã hội';
    expect(x.expand('tới ngày về nước thì ai chở họ ra cửa khẩu')).toContain(brings);
    expect(x.expand('ai đón họ ở cửa khẩu')).not.toContain(brings);
  });

  it('reads a report brought to the border guard, and checked, as the tips they take in and verify', () => {
    const tips = 'tiếp nhận, xác minh các thông tin, tài liệu, tin báo tố giác tội phạm mua bán người';
    expect(x.expand('báo cho đồn biên phòng thì họ có kiểm tra không')).toContain(tips);
    expect(x.expand('to giac voi bien phong thi co xac minh khong')).toContain(tips);
    expect(x.expand('báo cho công an xã thì họ có kiểm tra không')).not.toContain(tips);
    expect(x.expand('biên phòng kiểm tra giấy tờ ở cửa khẩu')).not.toContain(tips);
  });

  it('reads where a child just brought back is looked after as the child-protection service where it is received', () => {
    const service = 'cơ sở cung cấp dịch vụ bảo vệ trẻ em tại nơi trẻ em được tiếp nhận';
    expect(x.expand('cháu mới được đưa về thì gửi ở đâu để được chăm sóc')).toContain(service);
    expect(x.expand('cháu được đi học ở đâu')).not.toContain(service);
  });

  it('reads signs on the body or the mind as the physical and mental signs the grounds list', () => {
    const signs = 'biểu hiện về thể chất và tinh thần';
    expect(x.expand('nhìn dấu hiệu trên cơ thể có biết bị bán không')).toContain(signs);
    expect(x.expand('dau hieu tinh than the nao')).toContain(signs);
    expect(x.expand('dấu hiệu của một đường dây buôn người')).not.toContain(signs);
  });

  it('reads what a family does for someone back home as its care to help them settle back', () => {
    const care = 'chăm sóc, giúp đỡ nạn nhân là thành viên của gia đình';
    expect(x.expand('con tôi mới về, bố mẹ nên làm gì')).toContain(care);
    expect(x.expand('gia đình phải làm gì khi con đi làm xa')).not.toContain(care);
  });
});

describe('prevention as people talk about it (bundled pairs)', () => {
  const x = createQueryExpander();

  it('reads working with the other side of the border as cooperation with the neighbouring countries', () => {
    const neighbours = 'các nước có chung đường biên giới';
    expect(x.expand('đồn biên phòng có bắt tay với công an bạn không')).toContain(neighbours);
    expect(x.expand('trao doi thong tin voi nuoc lang gieng')).toContain(neighbours);
    expect(x.expand('đồn có liên lạc với phía campuchia không')).toContain(neighbours);
    // Typed without diacritics, 'lao' alone may be lao động: the country is read beside 'bên' or 'phía'.
    expect(x.expand('biên phòng có phối hợp với bên Lào không')).toContain(neighbours);
    // Typed without marks, 'lao' is first the 'lao' of 'lao động' (labour).
    expect(x.expand('phối hợp với bên lao động như thế nào')).not.toContain('các nước có chung đường biên giới');
    expect(x.expand('phối hợp với công an huyện')).not.toContain(neighbours);
  });

  it('reads marriage or adoption used as a cover as a loophole for trafficking', () => {
    const loophole = 'lợi dụng kẽ hở của pháp luật để hoạt động mua bán người';
    expect(x.expand('núp bóng mai mối lấy chồng hàn để đưa người đi')).toContain(loophole);
    expect(x.expand('lấy chồng hàn quốc cần giấy tờ gì')).not.toContain(loophole);
  });

  it('reads talking people out of crossing the border on their own as the campaign against leaving illegally', () => {
    const campaign = 'tuyên truyền vận động không tự ý xuất cảnh trái phép';
    expect(x.expand('xã có dặn dân không được vượt biên không')).toContain(campaign);
    expect(x.expand('vượt biên về thì ai tiếp nhận')).not.toContain(campaign);
  });

  it('reads how to react when something seems wrong as the skill of behaving when trafficking is suspected', () => {
    const skill = 'kỹ năng ứng xử trong trường hợp có nghi ngờ về việc mua bán người';
    expect(x.expand('thấy nghi thì nên ứng xử thế nào')).toContain(skill);
    expect(x.expand('cán bộ ứng xử với nạn nhân ra sao')).not.toContain(skill);
  });

  it('reads a department posting on its own page as its communication work', () => {
    expect(x.expand('huyện có đăng bài lên fanpage của huyện không')).toContain('đăng tải, cập nhật');
    expect(x.expand('đăng lên facebook chuyện con bé thì có sao không')).not.toContain('đăng tải, cập nhật');
  });

  it('reads whom traffickers go for as the group at high risk', () => {
    expect(x.expand('kẻ xấu hay chọn những ai')).toContain('nhóm nguy cơ cao');
    expect(x.expand('kế hoạch nhắm tới bao nhiêu người')).not.toContain('nhóm nguy cơ cao');
  });

  it('reads keeping an eye on someone with a record as supervising them, by the border guard near the border', () => {
    const watched = 'giám sát các đối tượng có tiền án, tiền sự';
    const border = 'quản lý, giáo dục, răn đe người phạm tội';
    const inTown = x.expand('xã có theo dõi người đi tù về tội lừa bán không');
    expect(inTown).toContain(watched);
    expect(inTown).not.toContain(border);
    expect(x.expand('ông ấy từng bị kết án, nay ở sát biên, ai trông chừng')).toContain(border);
    expect(x.expand('xã có theo dõi người mới về không')).not.toContain(watched);
  });

  it('reads asking for advice on an offer that looks like a trap as what the documents teach people to do', () => {
    const skill = 'kỹ năng ứng xử trong trường hợp có nghi ngờ về việc mua bán người';
    expect(x.expand('có bà kia hứa hẹn cho cháu sang làm, nhà tôi nên làm sao')).toContain(skill);
    expect(x.expand('người lạ rủ đi làm, có ai chỉ cho không')).toContain(skill);
    expect(x.expand('đi làm lương cao ở đâu')).not.toContain(skill);
    // Signs of being tricked, not any sign; handling an official's wrongdoing is no reaction to a trap.
    expect(x.expand('thấy có dấu hiệu bị lừa thì phải ứng xử sao')).toContain(skill);
    expect(x.expand('cán bộ có dấu hiệu bao che thì cách xử lý thế nào')).not.toContain(skill);
  });

  it('reads what a job agency must sign as the written labour contract', () => {
    expect(x.expand('trung tâm giới thiệu việc làm phải ký giấy tờ gì với người đi làm')).toContain('ký hợp đồng lao động bằng văn bản');
  });
});

describe('a closed hearing and a call on the neighbours need their own words (bundled pairs)', () => {
  const read = createCuePairReader();
  const phrases = (q: string) => read(q).flatMap((e) => e.phrases);

  it('reads a closed hearing from the public of the court with a wish or a dread, not from either alone', () => {
    expect(phrases('em sợ ra tòa đông người lắm')).toContain('xét xử kín');
    expect(phrases('xin cho phiên xử đóng cửa được không')).toContain('xét xử kín');
    // Said the southern way: nobody "vô nghe" (comes in to listen).
    expect(phrases('cháu ngại lắm, ra tòa xin đừng cho ai vô nghe')).toContain('xét xử kín');
    // Fear of testifying, and a public trial in the commune, are no closed hearing.
    expect(phrases('người làm chứng sợ ra tòa thì sao')).not.toContain('xét xử kín');
    expect(phrases('phiên tòa xét xử lưu động ở xã đông người dự')).not.toContain('xét xử kín');
  });

  it("reads asking the neighbours for help as the commune's call on them, not asking one's family", () => {
    const call = 'phát động cá nhân, gia đình, đơn vị kinh tế tại địa phương';
    expect(phrases('nhờ hàng xóm giúp đỡ con bé')).toContain(call);
    expect(phrases('vận động gia đình giúp đỡ nạn nhân')).toContain(call);
    expect(phrases('con tôi về, tôi nhờ xã hỗ trợ gia đình')).not.toContain(call);
  });

  it('knows a child by every word a carer uses, in every pair about one', () => {
    expect(phrases('ai đứng ra ký giấy cho thằng nhỏ')).toContain('người giám hộ');
    expect(phrases('ai đón đứa nhỏ còn nhỏ tuổi về quê')).toContain('bố trí người đưa');
  });
});

describe('papers and waits that need two words (bundled pairs)', () => {
  const read = createCuePairReader();
  const phrases = (q: string) => read(q).flatMap((e) => e.phrases);

  it('reads a licence burnt or torn as the re-issue, and a burnt house as nothing of it', () => {
    expect(phrases('giấy phép của mái ấm bị cháy rồi')).toContain('bị mất, bị rách hoặc bị tiêu hủy');
    expect(phrases('giay phep bi rach thi sao')).toContain('cấp lại giấy phép thành lập');
    expect(phrases('nhà bị cháy thì sao')).not.toContain('bị mất, bị rách hoặc bị tiêu hủy');
    // 'Mất' is also the time a step takes.
    expect(phrases('chủ tịch tỉnh ký giấy phép mất mấy ngày')).not.toContain('bị mất, bị rách hoặc bị tiêu hủy');
  });

  it('reads papers stolen abroad as the travel document', () => {
    expect(phrases('qua thái bị trộm hết giấy tờ, sứ quán có giúp về nước không')).toContain('giấy thông hành');
  });

  it('reads a foreigner opening a support facility typed without marks as the case the decree licenses none', () => {
    expect(phrases('nguoi nuoc ngoai co duoc mo trung tam giup nan nhan khong')).toContain('tổ chức, cá nhân nước ngoài');
    expect(phrases('người việt muốn mở trung tâm giúp nạn nhân')).not.toContain('tổ chức, cá nhân nước ngoài');
  });

  it('reads whom telling people should reach first as the groups at high risk', () => {
    expect(phrases('tuyên truyền thì ưu tiên đối tượng nào')).toContain('nhóm có nguy cơ cao');
    expect(phrases('hỗ trợ thì ưu tiên đối tượng nào')).not.toContain('nhóm có nguy cơ cao');
  });

  it("reads a wait abroad from 'chờ' typed with its marks, never from 'cho'", () => {
    expect(phrases('kẹt bên kia chờ làm giấy về thì ai lo')).toContain('thời gian chờ thu xếp về nước');
    expect(phrases('bên đó có làm giấy cho về nước không')).not.toContain('thời gian chờ thu xếp về nước');
  });

  it("reads what the family does for a member sold and back home as the family's care", () => {
    const care = 'chăm sóc, giúp đỡ nạn nhân là thành viên của gia đình';
    expect(phrases('con bé bị bán nay đã về, cha mẹ anh em phải làm gì cho nó')).toContain(care);
    expect(phrases('cha mẹ phải làm gì để được bảo vệ')).not.toContain(care);
  });

  it('reads keeping an eye on the firms that send workers abroad as the close watch the plans order', () => {
    const watch = 'giám sát chặt chẽ các hoạt động đưa người đi lao động ở nước ngoài';
    expect(phrases('co ai canh chung may cong ty xuat khau lao dong khong')).toContain(watch);
    expect(phrases('công an có để mắt tới mấy chỗ đưa người đi làm không')).toContain(watch);
    expect(phrases('công an có để mắt tới mấy đứa từng đi tù không')).not.toContain(watch);
  });

  it('reads paying for a guard as the state budget, a facility taking donations as its raising of funds', () => {
    expect(phrases('được bảo vệ thì nhà mình có phải bỏ tiền ra không')).toContain('do ngân sách nhà nước bảo đảm');
    expect(phrases('đi khám thì nhà mình có phải bỏ tiền ra không')).not.toContain('do ngân sách nhà nước bảo đảm');
    // A lawyer defending one's rights, or "báo về" typed without marks, is no guard.
    expect(phrases('thuê luật sư bảo vệ quyền lợi thì có phải trả tiền không')).not.toContain('do ngân sách nhà nước bảo đảm');
    expect(phrases('con toi goi bao ve la phai tra tien chuoc')).not.toContain('do ngân sách nhà nước bảo đảm');
    const raising = 'huy động các nguồn tài trợ trong nước và ngoài nước';
    expect(phrases('trung tâm có được nhận tiền ủng hộ của nước ngoài không')).toContain(raising);
    expect(phrases('trung tâm gửi giấy xin tiền bù thì bao lâu có')).not.toContain(raising);
  });

  it('reads what making one file costs as the sum per file, and how to behave when in doubt', () => {
    expect(phrases('lập hồ sơ cho một nạn nhân được chi bao nhiêu')).toContain('chi lập hồ sơ nạn nhân');
    // What papers cost the person is not the office's sum per file.
    expect(phrases('làm giấy tờ để về nước tốn bao nhiêu tiền')).not.toContain('chi lập hồ sơ nạn nhân');
    expect(phrases('làm giấy tờ cho nạn nhân ở đâu')).not.toContain('chi lập hồ sơ nạn nhân');
    expect(phrases('nghi ngờ người ta bị bán thì nên xử sự sao')).toContain(
      'kỹ năng ứng xử trong trường hợp có nghi ngờ về việc mua bán người',
    );
  });

  it('reads proving someone is Vietnamese, urging a sold member to testify and a facility used as a front', () => {
    expect(phrases('lam sao chung minh co gai do la nguoi viet')).toContain('giấy tờ chứng minh quốc tịch việt nam');
    const urge = 'động viên nạn nhân là thành viên của gia đình hợp tác với các cơ quan có thẩm quyền';
    expect(phrases('nha phai khuyen no khai bao voi cong an khong')).toContain(urge);
    expect(phrases('nhà phải khai báo tạm trú không')).not.toContain(urge);
    const front = 'lợi dụng hoạt động hỗ trợ nạn nhân để mua bán người';
    expect(phrases('cơ sở lấy danh nghĩa giúp nạn nhân để bán người')).toContain(front);
    expect(phrases('lấy danh nghĩa công ty để đưa người đi')).not.toContain(front);
  });

  it('reads protection wanted before any paper is issued as the urgent case, and a protection file of papers kept secret', () => {
    const urgent = 'trước khi ra quyết định áp dụng biện pháp bảo vệ';
    expect(phrases('bi doa gap qua, chua co giay to gi thi co ai toi canh lien khong')).toContain(urgent);
    expect(phrases('chưa có giấy tờ gì thì xin bảo vệ thế nào')).not.toContain(urgent);
    // Support wanted at once before a finding is no protection.
    expect(phrases('Chưa có quyết định xác định là nạn nhân thì có được nhận hỗ trợ ngay không?')).not.toContain(urgent);
    const secret = 'hồ sơ bảo vệ theo chế độ tài liệu mật';
    expect(phrases('giấy tờ bảo vệ cho cháu có được giữ kín không')).toContain(secret);
    expect(phrases('giấy tờ của cháu có được giữ kín không')).not.toContain(secret);
  });

  it("reads how donors' money is spent and who checks that support money is not misspent", () => {
    const donors = 'thỏa thuận về mức chi';
    expect(phrases('nhà hảo tâm ủng hộ tiền cho nạn nhân thì chi theo mức nào')).toContain(donors);
    expect(phrases('nhà hảo tâm ủng hộ tiền cho nạn nhân ở đâu')).not.toContain(donors);
    const checked = 'quản lý, sử dụng kinh phí';
    expect(phrases('có ai giám sát tiền hỗ trợ bị xài sai không')).toContain(checked);
    expect(phrases('có ai giám sát công ty đưa người đi làm không')).not.toContain(checked);
    expect(phrases('Công an theo dõi người có tiền án, thấy tiêu xài bất thường thì xử lý sao?')).not.toContain(checked);
  });

  it("reads a department's own facebook page from 'sở' typed with its marks", () => {
    expect(phrases('sở có đăng lên facebook chuyện giúp nạn nhân không')).toContain('trang mạng xã hội');
  });
});

describe('duties and powers that need two words (bundled pairs)', () => {
  const read = createCuePairReader();
  const phrases = (q: string) => read(q).flatMap((e) => e.phrases);

  it('reads obeying while protected as the duty under protection, not the rules of a shelter', () => {
    expect(phrases('đang được công an bảo vệ thì có phải nghe lời họ không')).toContain('chấp hành đầy đủ các yêu cầu');
    expect(phrases('ở trung tâm có phải nghe lời cô giáo không')).not.toContain('chấp hành đầy đủ các yêu cầu');
    // The protector's power to require it is another clause.
    expect(phrases('người ra lệnh bảo vệ có được bắt người được bảo vệ nghe theo không')).not.toContain('chấp hành đầy đủ các yêu cầu');
    // What an abuser demands, and a guard's procedure, are no duty under protection.
    expect(phrases('Em bị chủ ép phải nghe lời, em xin được bảo vệ')).not.toContain('chấp hành đầy đủ các yêu cầu');
    expect(phrases('cán bộ bảo vệ phải làm theo quy trình nào')).not.toContain('chấp hành đầy đủ các yêu cầu');
  });

  it('reads what a protection file holds as its list of papers, not how the file is kept', () => {
    expect(phrases('hồ sơ bảo vệ nạn nhân gồm giấy tờ gì')).toContain('hồ sơ áp dụng biện pháp bảo vệ bao gồm');
    expect(phrases('hồ sơ bảo vệ phải cất giữ kiểu gì')).not.toContain('hồ sơ áp dụng biện pháp bảo vệ bao gồm');
    expect(phrases('cán bộ giữ hồ sơ bảo vệ nạn nhân phải giữ bí mật những gì')).not.toContain('hồ sơ áp dụng biện pháp bảo vệ bao gồm');
  });

  it('reads being made to hand over information as the power to require it', () => {
    const require = 'yêu cầu cơ quan, tổ chức, cá nhân cung cấp thông tin';
    expect(phrases('biên phòng có được bắt dân đưa thông tin về vụ buôn người không')).toContain(require);
    expect(phrases('dân đưa thông tin cho biên phòng thì có thưởng không')).not.toContain(require);
    // 'bắt' of 'bắt buộc', and a broker demanding papers.
    expect(phrases('Muốn được hỗ trợ thì cần nộp giấy tờ gì, có bắt buộc không')).not.toContain(require);
    expect(phrases('công ty môi giới bắt nộp giấy tờ gốc và tiền cọc')).not.toContain(require);
  });

  it('reads watching who is away from home as the management of residents', () => {
    expect(phrases('công an có theo dõi người đi vắng lâu ngày không')).toContain('tạm trú, lưu trú, tạm vắng');
    expect(phrases('con tôi đi vắng mấy tháng rồi')).not.toContain('tạm trú, lưu trú, tạm vắng');
  });

  it('reads what the talks to villagers say as the content of information, and a story told outside as disclosure', () => {
    expect(phrases('biên phòng đi tuyên truyền thì nói cho dân nghe những gì')).toContain('cung cấp kiến thức pháp luật');
    expect(phrases('biên phòng có đi tuyên truyền không')).not.toContain('cung cấp kiến thức pháp luật');
    expect(phrases('cán bộ có được kể chuyện của nạn nhân ra ngoài không')).toContain('tiết lộ thông tin');
    expect(phrases('hoàn cảnh của em có bị lộ ra ngoài không')).toContain('tiết lộ thông tin');
    // Not let out of the house is no story let out.
    expect(phrases('Nạn nhân bị chủ không cho ra ngoài, không cho nói chuyện với người thân thì có phải bị mua bán không')).not.toContain(
      'tiết lộ thông tin',
    );
  });

  it('reads what a body sees to as its responsibility, and putting the fight into programmes as mainstreaming', () => {
    expect(phrases('bộ quốc phòng lo gì vụ buôn người')).toContain('trách nhiệm của');
    expect(phrases('nạn nhân về được lo gì')).not.toContain('trách nhiệm của');
    expect(phrases('Con tôi mất tích, đã báo công an, tôi còn phải lo gì')).not.toContain('trách nhiệm của');
    // 'hội' of 'xã hội' names no association.
    expect(phrases('cháu vào trung tâm bảo trợ xã hội thì được chăm lo những gì')).not.toContain('trách nhiệm của');
    expect(phrases('có đưa chuyện chống buôn người vô chương trình giảm nghèo không')).toContain('lồng ghép');
    expect(phrases('đưa nạn nhân vô trung tâm thì sao')).not.toContain('lồng ghép');
    expect(phrases('Nạn nhân có được đưa vào chương trình dạy nghề không')).not.toContain('lồng ghép');
  });
});

describe("a support facility's licence asked in chat words (bundled pairs)", () => {
  const read = createCuePairReader();
  const phrases = (q: string) => read(q).flatMap((e) => e.phrases);

  it('reads a licensed facility left idle as the six-month revocation, not any idle talk', () => {
    expect(phrases('cơ sở được cấp phép mà để đó không làm gì thì sao')).toContain('không hoạt động trong thời gian');
    expect(phrases('công an để đó không làm gì thì sao')).not.toContain('không hoạt động trong thời gian');
  });

  it('reads notice before closing as the notice before the planned end, and what a licence says as its contents', () => {
    expect(phrases('muốn dẹp cơ sở thì phải báo trước bao lâu')).toContain('trước ngày dự kiến chấm dứt hoạt động');
    expect(phrases('nạn nhân về thì xã có được báo trước không')).not.toContain('trước ngày dự kiến chấm dứt hoạt động');
    expect(phrases('trong giấy phép người ta ghi những gì')).toContain('gồm các nội dung chính');
    expect(phrases('đơn xin bảo vệ phải ghi những gì')).not.toContain('gồm các nội dung chính');
  });
});
