import { describe, expect, it } from 'vitest';
import {
  bigrams,
  foldableSyllables,
  normalizeText,
  questionText,
  seqOf,
  spellOutChat,
  syllables,
  terms,
  tokenize,
  withoutPaddingZeros,
  WRITTEN_BARE,
} from '../../retrieval/text.js';

describe('text analysis', () => {
  it("reads words that are only every object's properties as words, not as abbreviations", () => {
    for (const w of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) expect(tokenize(`${w} là gì`), w).toContain(w.toLowerCase());
  });

  it('normalises NFD, zero-width characters and spaces', () => {
    const nfd = 'hỗ trợ'.normalize('NFD');
    expect(normalizeText(`  ${nfd}\u200b  nạn\u200d\tnhân \u0007 `)).toBe('hỗ trợ nạn nhân');
  });

  it('lower-cases a question written all in capitals, and only that', () => {
    expect(questionText('CHO HỎI  NẠN NHÂN ĐƯỢC GÌ?')).toBe('cho hỏi nạn nhân được gì?');
    expect(questionText('XIN HOI UBND XA LAM GI')).toBe('xin hoi ubnd xa lam gi');
    expect(questionText('Hỏi CA xã và UBND làm gì')).toBe('Hỏi CA xã và UBND làm gì');
    expect(questionText('2024?')).toBe('2024?');
  });

  it('reads a padded small number as the number people type, keeping a long digit run whole', () => {
    expect(tokenize('Định kỳ 06 tháng')).toEqual(tokenize('định kỳ 6 tháng'));
    expect(tokenize('trong thời hạn 003 ngày')).toContain('3');
    expect(withoutPaddingZeros('0')).toBe('0');
    expect(withoutPaddingZeros('00')).toBe('0');
    expect(withoutPaddingZeros('15')).toBe('15');
    expect(withoutPaddingZeros('0236')).toBe('0236');
  });

  it('tokenizes into lowercase syllables and builds bigrams', () => {
    expect(tokenize('Mua bán NGƯỜI, 2024!')).toEqual(['mua', 'bán', 'người', '2024']);
    expect(bigrams(['mua', 'bán', 'người'])).toEqual(['mua bán', 'bán người']);
  });

  it('expands abbreviations so they meet the full forms', () => {
    const t = terms('Sở LĐTBXH và UBND xã');
    expect(t.uni).toContain('lđtbxh');
    expect(t.bi).toContain('sở lao');
    expect(t.biF).toContain('uy ban');
    expect(terms('ldtbxh').uniF).toContain('thuong');
    // Two-letter abbreviations expand only in capitals: `ca` is also an ordinary syllable.
    expect(terms('CA tỉnh').uni).toContain('công');
    expect(terms('ca hát').uni).not.toContain('công');
  });

  it('expands what officials type for victims, licences, border guards and the steering board, in capitals only', () => {
    expect(terms('hỗ trợ NN ra sao').bi).toContain('nạn nhân');
    expect(terms('BP tiếp nhận').bi).toContain('biên phòng');
    expect(terms('xin GP thành lập').bi).toContain('giấy phép');
    expect(terms('BCĐ 138 tỉnh').bi).toContain('chỉ đạo');
    expect(terms('hồ sơ gửi TAND').bi).toContain('tòa án');
    expect(terms('tgpl miễn phí').bi).toContain('trợ giúp');
    // In lowercase two letters stay what they are (chat's "nn" is read by its context: see spellOutChat).
    expect(terms('bp nn').bi).not.toContain('biên phòng');
  });

  it('reads two capitals hyphened to two more as one abbreviation when the pair spells one, else as two', () => {
    expect(terms('Đài PT-TH tỉnh').bi).toContain('phát thanh');
    expect(terms('Đài PT-TH tỉnh').bi).toContain('truyền hình');
    // The "NĐ-CP" of a decree's number stays a decree of the government; a longer run keeps its parts.
    expect(syllables('Nghị định 09/2013/NĐ-CP')).toEqual(['Nghị', 'định', '09', '2013', 'NĐ', 'CP']);
    expect(syllables('QCPH-LĐTBXH-CA-QP-NG')).toEqual(['QCPH', 'LĐTBXH', 'CA', 'QP', 'NG']);
  });

  it('drops stopwords from unigrams but keeps content bigrams', () => {
    const t = terms('Nạn nhân được hỗ trợ những gì?');
    expect(t.uni).not.toContain('gì');
    expect(t.uni).not.toContain('được');
    expect(t.bi).toContain('hỗ trợ');
    // `cơ` (cơ quan) is not a stopword even though it folds like `có`.
    expect(terms('cơ quan').uniF).toContain('co');
  });

  it('reads chat shorthand as the words it stands for, leaving no unknown token behind', () => {
    expect(tokenize('dc xác nhận ko')).toEqual(['được', 'xác', 'nhận', 'không']);
    expect(tokenize('Đc hỗ trợ ntn')).toEqual(['được', 'hỗ', 'trợ', 'như', 'thế', 'nào']);
    expect(terms('sđt tổng đài').bi).toContain('điện thoại');
    // Stopwords once read, so they no longer count as rare words of the question.
    expect(terms('dc ho tro ko').uniF).toEqual(['ho', 'tro']);
  });

  it('spells out chat shorthand for questions (bn, j, ng, k), but not a document abbreviation in capitals', () => {
    expect(tokenize('ng bi ban dc cho bn tien j')).toEqual(['người', 'bi', 'ban', 'được', 'cho', 'bao', 'nhiêu', 'tien', 'gì']);
    expect(spellOutChat('giay to j, k biet mat bn ngay')).toBe('giay to gì, không biet mat bao nhiêu ngay');
    // `NG` in a document's number is Bộ Ngoại giao, not `người`.
    expect(tokenize('Quy chế 2548/QCPH-LĐTBXH-CA-QP-NG')).toContain('ng');
    expect(tokenize('Quy chế 2548/QCPH-LĐTBXH-CA-QP-NG')).not.toContain('người');
  });

  it('reads a country named by its initials as the country, in capitals as in lowercase', () => {
    expect(tokenize('bị bán qua VN')).toEqual(['bị', 'bán', 'qua', 'việt', 'nam']);
    expect(tokenize('bị lừa sang TQ')).toEqual(['bị', 'lừa', 'sang', 'trung', 'quốc']);
    expect(tokenize('về vn rồi')).toEqual(['về', 'việt', 'nam', 'rồi']);
  });

  it('reads "bv" as protecting next to whom or what is protected, else as a hospital', () => {
    expect(spellOutChat('xin bv nạn nhân thì ai quyết')).toBe('xin bảo vệ nạn nhân thì ai quyết');
    expect(spellOutChat('nn dc bv an toan ko')).toBe('nạn nhân được bảo vệ an toan không');
    expect(tokenize('BV gia đình nạn nhân')).toEqual(['bảo', 'vệ', 'gia', 'đình', 'nạn', 'nhân']);
    expect(spellOutChat('đưa đi bv khám')).toBe('đưa đi bệnh viện khám');
    expect(spellOutChat('bv tỉnh ở đâu')).toBe('bệnh viện tỉnh ở đâu');
  });

  it('reads lowercase "nn" as the victim only after what is done for one, and as abroad after a place, going or a person', () => {
    expect(spellOutChat('người nhà của nn gồm ai')).toBe('người nhà của nạn nhân gồm ai');
    expect(spellOutChat('tiếp nhận nn ở đâu')).toBe('tiếp nhận nạn nhân ở đâu');
    expect(spellOutChat('bị lừa đi nn làm việc')).toBe('bị lừa đi nước ngoài làm việc');
    expect(spellOutChat('lấy chồng nn')).toBe('lấy chồng nước ngoài');
    // A person from abroad in shorthand ("ck", "ng") is no victim.
    expect(spellOutChat('lấy ck nn')).toBe('lấy chồng nước ngoài');
    expect(spellOutChat('ng nn bị lừa')).toBe('người nước ngoài bị lừa');
    expect(spellOutChat('kết hôn với ng nn')).toBe('kết hôn với người nước ngoài');
    // After other words it may be abroad as well: it stays as typed.
    for (const q of ['lao động nn bị lừa có được hỗ trợ ko', 'bị giữ ở cty nn', 'đi xkld nn', 'kết hôn với nn']) {
      expect(spellOutChat(q)).not.toContain('nạn nhân');
    }
    expect(spellOutChat('Nn được hỗ trợ gì')).toBe('nạn nhân được hỗ trợ gì');
    expect(spellOutChat('CA huyện xác minh nn mất bao lâu')).toBe('CA huyện xác minh nạn nhân mất bao lâu');
  });

  it('reads "hs" as a file only where it is handled or holds something, never as a pupil who needs or must', () => {
    expect(spellOutChat('hs xin trợ cấp gồm j')).toBe('hồ sơ xin trợ cấp gồm gì');
    expect(spellOutChat('nộp hs ở đâu')).toBe('nộp hồ sơ ở đâu');
    expect(spellOutChat('Hs gồm những gì')).toBe('hồ sơ gồm những gì');
    expect(spellOutChat('hs bị dụ dỗ')).toBe('hs bị dụ dỗ');
    expect(spellOutChat('con gái tôi là hs lớp 8 bị dụ sang tq, hs cần làm gì để được về')).not.toContain('hồ sơ');
    expect(spellOutChat('hs phải làm gì để ko bị lừa bán')).not.toContain('hồ sơ');
    expect(spellOutChat('hs cần được bảo vệ thế nào')).not.toContain('hồ sơ');
  });

  it('reads "đk" as a condition only in "đủ đk", as it is as often "được" or a registration', () => {
    expect(spellOutChat('có đủ đk để được hỗ trợ không')).toBe('có đủ điều kiện để được hỗ trợ không');
    for (const q of ['em ko làm đk gì', 'giúp đk gì ko', 'cần đk gì để đưa về', 'cần đk tạm trú', 'cần đk kết hôn']) {
      expect(spellOutChat(q)).not.toContain('điều kiện');
    }
  });

  it('reads "ca" as the police only before a tier written with its marks, and not after a number', () => {
    expect(spellOutChat('ca huyện xác minh')).toBe('công an huyện xác minh');
    expect(spellOutChat('Ca xã làm gì')).toBe('công an xã làm gì');
    expect(spellOutChat('ca trực đêm')).toBe('ca trực đêm');
    for (const q of ['ca cấp cứu', 'có 2 ca cấp cứu', '1 ca cấp tỉnh', 'ca tinh', 'ca xa deu biet', 'có 2 ca xã này']) {
      expect(spellOutChat(q)).not.toContain('công an');
    }
  });

  it("reads two capitals after 'Sở' or 'Bộ' as the ministry's abbreviation spells them, 'TP' before a name as the city", () => {
    expect(spellOutChat('Sở TC lo j')).toBe('Sở tài chính lo gì');
    expect(spellOutChat('Sở TP giúp gì')).toBe('Sở tư pháp giúp gì');
    expect(spellOutChat('Bộ NG hỗ trợ gì')).toBe('Bộ ngoại giao hỗ trợ gì');
    expect(spellOutChat('về TP Hồ Chí Minh')).toBe('về TP Hồ Chí Minh');
    expect(spellOutChat('Sở TP HCM')).toBe('Sở TP HCM');
    expect(spellOutChat('so ca bi mua ban')).toBe('so ca bi mua ban');
    expect(spellOutChat('so ng bi mua ban nam 2024')).not.toContain('ngoại giao');
  });

  it('reads chat contractions longer than three letters', () => {
    expect(spellOutChat('tgian bao lâu')).toBe('thời gian bao lâu');
  });

  it('reads regional spellings as the words they stand for, only as typed with their marks', () => {
    expect(tokenize('tui bị bán dìa, ổng lo hông')).toEqual(['tôi', 'bị', 'bán', 'về', 'ông', 'ấy', 'lo', 'không']);
    // Without its mark `dia` may be `địa` (địa phương): it stays as typed.
    expect(tokenize('ve dia phuong')).toEqual(['ve', 'dia', 'phuong']);
    expect(tokenize('ngta mún đưa nó zô trung tâm thì tốn bnhiu')).toEqual([
      'người',
      'ta',
      'muốn',
      'đưa',
      'nó',
      'vào',
      'trung',
      'tâm',
      'thì',
      'tốn',
      'bao',
      'nhiêu',
    ]);
    expect(tokenize('mik hông biết mng ơi, thui để nhìu người lo')).toEqual([
      'mình',
      'không',
      'biết',
      'mọi',
      'người',
      'ơi',
      'thôi',
      'để',
      'nhiều',
      'người',
      'lo',
    ]);
    // 'hem' typed without marks is an alley ('hẻm'), not 'không'.
    expect(tokenize('nha o hem 5 duong le loi, em bi nhot')).not.toContain('không');
  });

  it("counts chat's sentence particles and the titles officials are addressed by as stopwords", () => {
    expect(terms('hỗ trợ gì hả mấy chú, giùm em nghen').uni).toEqual(['hỗ', 'trợ']);
    // Typed without marks, `nha` may be `nhà` (a house to rent): it still counts.
    expect(terms('tien thue nha').uniF).toEqual(['tien', 'thue', 'nha']);
  });

  it('treats question words without content as stopwords', () => {
    expect(terms('Thời hạn bao lâu, mấy ngày, tới đâu?').uni).toEqual(['thời', 'hạn', 'ngày']);
    expect(terms('thoi han bao lau').uniF).toEqual(['thoi', 'han']);
  });

  it('reads a tone written on either vowel of a final oa, oe or uy as one term', () => {
    expect(tokenize('Uỷ ban hoà nhập, sức khoẻ')).toEqual(tokenize('Ủy ban hòa nhập, sức khỏe'));
  });
});

describe('syllables typed without diacritics that may stand for marked ones', () => {
  const bare = WRITTEN_BARE;

  it('reads a common bare word of a question typed with its marks as written, and any other bare syllable as a slip', () => {
    expect(foldableSyllables(seqOf('bị chủ giữ không cho về'), bare)).toEqual([false, false, false, false, false, false]);
    expect(foldableSyllables(seqOf('nó bị giữ bat làm suốt ngày'), bare)).toEqual([false, false, false, true, false, false, false]);
    // "bao tin" is "báo tin" mistyped: "bao" is no word kept as written.
    expect(foldableSyllables(seqOf('tôi muốn bao tin về đường dây'), bare)).toEqual([false, false, true, true, false, false, false]);
  });

  it('reads every bare syllable in a question typed without marks, or with only some', () => {
    expect(foldableSyllables(seqOf('bi chu giu khong cho ve'), bare)).toEqual([true, true, true, true, true, true]);
    expect(foldableSyllables(seqOf('bộ đội bien phong giai cuu'), bare)).toEqual([false, false, true, true, true, true]);
  });
});
