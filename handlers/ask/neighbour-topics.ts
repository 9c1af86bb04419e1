// Legal topics next to the documents' own that they do not cover: a question on one of them shares words with the
// documents (a passage lists "kết hôn với người nước ngoài" among risky businesses, the crime is named in every text)
// but no passage answers it. Each entry is switched off when the corpus itself has a heading on the topic, so a
// deployer who adds such a document gets answers from it.
import type { Corpus } from '../../knowledge/types.js';
import { foldedWords, stripInvisible } from '../../knowledge/text.js';
import { isStopword } from '../../retrieval/text.js';

interface NeighbourTopic {
  /** What the documents lack, as the reply names it. */
  what: string;
  /** Folded phrases of a question asking about the topic. */
  cues: RegExp;
  /** Folded phrases of a heading on the topic: one in the corpus means the documents cover it. */
  headings: string[];
  /**
   * Whether naming the documents' subject (victims, trafficking) brings the question back in scope: a victim's
   * lost passport is about repatriation, but the prison term for the crime is still the Penal Code's.
   */
  subjectKeepsInScope: boolean;
  /**
   * Whether asking for help with it brings the question back in scope: victims get legal aid to register civil
   * status and to take part in proceedings, so "ai giúp nạn nhân làm giấy khai sinh" is the documents' own.
   */
  helpKeepsInScope?: boolean;
  /**
   * Whether a paper the documents say is issued to victims, named by a question on their subject, brings it back in
   * scope: a foreign victim's exit visa ("cấp thị thực xuất cảnh … cho nạn nhân", free of fees) is the documents' own,
   * a citizen's passport is not.
   */
  grantedKeepsInScope?: boolean;
  /**
   * Whether asking whom to tell about it is outside the documents too: the lines they and the directory give take
   * reports of trafficking, so the reply says the topic is not theirs before pointing to the lines.
   */
  reportOutside?: boolean;
  /**
   * Folded phrases naming the victims of the topic itself ("nạn nhân bạo lực gia đình"): such victims are not the
   * documents' subject, so naming them does not bring the question back in scope.
   */
  ownVictims?: RegExp;
}

// Sexual exploitation named in a question ("ép đi làm gái", "bắt tiếp khách", "bán dâm") is the documents' subject, even
// where the words of trafficking are not.
const EXPLOITED = / ((ep|bat|bi ep|bi bat|dua)( \w+){0,3} (lam gai|ban dam|tiep khach|di khach)|ban dam|mai dam|gai goi) /;

// Asking for help, or who gives it: the documents' legal aid ("trợ giúp làm thủ tục đăng ký hộ khẩu, hộ tịch…").
const ASKS_HELP = /\b(tro giup|giup|ho tro|tu van)\b/;

// Going abroad to work under a contract, in the law's words or chat's ("đi làm việc ở Nhật theo hợp đồng", "đi xuất khẩu
// lao động", "đi lao động ở Hàn Quốc"), and the fees and deposits paid for it.
const WORK_ABROAD =
  '(xuat khau lao dong|di lam viec o nuoc ngoai|di lam( viec)? (o|tai|sang|qua) \\w+( \\w+)? theo hop dong|di lao dong (o|tai|sang|qua) \\w+|dua nguoi lao dong di lam viec)';
const WORK_ABROAD_FEE = '(phi|tien) (moi gioi|dich vu|dat coc|ky quy)|tien coc|ky quy';

// How long a sentence is, in chat's words ("lãnh án bao nhiêu năm", "chịu án tù bao lâu", "án tù mấy năm").
const SENTENCE_LENGTH = '(lanh|linh|chiu|nhan|bi tuyen|tuyen) an( tu)?( \\w+){0,2} (bao nhieu|may|bao lau)|an tu (bao nhieu|may|bao lau)';
// How heavy a penalty is asked: "hình phạt nặng nhất", "hình phạt cho tội … là gì".
const HOW_HEAVY = 'nang nhat|cao nhat|toi da|thap nhat|nhe nhat|la gi|nhu the nao|the nao|ra sao|bao nhieu';

const OFFICE =
  '(giam doc|pho giam doc|chu tich|pho chu tich|bi thu|truong phong|pho truong phong|truong ban|cuc truong|bo truong|thu truong|lanh dao)';

const TOPICS: NeighbourTopic[] = [
  {
    // The documents never speak of these records, for victims or anyone: naming victims does not bring them in.
    what: 'thủ tục hộ tịch (khai sinh, khai tử, ly hôn, thay đổi họ tên, trích lục hộ tịch)',
    // A facility or body renamed ("cơ sở đổi tên", "trung tâm muốn đổi tên") changes its licence, not a civil record.
    cues: /\b(ly hon|khai sinh|khai tu|ho tich|trich luc|(?<!\b(co so|trung tam|mai am|to chuc|don vi|cong ty)( \w+){0,2} )(doi|thay doi|cai chinh) (ho )?ten(?! (goi|co so|trung tam)\b))\b/,
    headings: ['ho tich', 'ly hon', 'khai sinh'],
    subjectKeepsInScope: false,
    helpKeepsInScope: true,
  },
  {
    // Marriage abroad is in the documents as a risk ("kết hôn với người nước ngoài"), so a victim's case may be theirs.
    what: 'thủ tục hộ tịch, nuôi con nuôi (đăng ký kết hôn, nhận con nuôi)',
    cues: /\b(dang ky ket hon|(ket hon|lay (chong|vo))\b.*\b(giay to|thu tuc|ho so)|(thu tuc|ho so|giay to)\b.*\b(ket hon|lay (chong|vo))|(thu tuc|ho so|giay to|dieu kien|dang ky) (xin )?(cho )?(nhan )?(lam |nuoi )?con nuoi|con nuoi\b.*\b(thu tuc|ho so|giay to|dieu kien))\b/,
    headings: ['ho tich', 'dang ky ket hon', 'nuoi con nuoi'],
    subjectKeepsInScope: true,
  },
  {
    // The documents have the travel papers a victim abroad is given to come home ("cấp giấy thông hành"), never an
    // identity card or a residence record at home, nor what any of these papers costs: naming victims does not
    // bring those in, though who helps a victim with them (legal aid) is the documents' own.
    what: 'thủ tục giấy tờ tùy thân, cư trú (căn cước, hộ chiếu, thị thực, thường trú, tạm trú)',
    cues: /\b((lam|cap|doi|xin|thu tuc|le phi|ho so)( lai| doi| moi)?( the)? (can cuoc|chung minh nhan dan|cmnd|cccd)|(mat|bi mat|that lac|danh roi)( the)? (can cuoc|chung minh nhan dan|cmnd|cccd)|dang ky (thuong tru|tam tru)|so ho khau|(le phi|phi|ton|mat|het)( \w+){0,3} (bao nhieu|may)( tien)?\b.*\b(ho chieu|thi thuc|visa)|(ho chieu|thi thuc|visa)\b.*\b(le phi|(ton|mat|het|gia|phi) (bao nhieu|may) (tien|dong)|gia bao nhieu))\b/,
    headings: ['can cuoc', 'ho chieu', 'thi thuc', 'xuat canh nhap canh', 'dang ky cu tru', 'dang ky thuong tru'],
    subjectKeepsInScope: false,
    helpKeepsInScope: true,
    grantedKeepsInScope: true,
  },
  {
    what: 'thủ tục giấy tờ tùy thân, cư trú (căn cước, hộ chiếu, thị thực, thường trú, tạm trú)',
    cues: /\b(lam|cap|doi|gia han|xin|thu tuc|ho so)( lai| doi| moi)? (ho chieu|thi thuc|visa)\b/,
    headings: ['ho chieu', 'thi thuc', 'xuat canh nhap canh'],
    subjectKeepsInScope: true,
    grantedKeepsInScope: true,
  },
  {
    // The documents say only that offenders are "xử lý hành chính hoặc bị truy cứu trách nhiệm hình sự" (and what a
    // facility or a false victim loses), never the sentence a court gives.
    what: 'mức hình phạt (khung hình phạt, số năm tù), do Bộ luật Hình sự quy định,',
    // Folded, "tù" is also the "tư" of "tư vấn" ("cán bộ ngồi tư vấn … được bao nhiêu").
    cues: new RegExp(
      `\\b(phat tu|bao nhieu nam tu|may nam tu|tu bao nhieu nam|(di|ngoi|o) tu (bao nhieu|bao lau|may)|ngoi tu(?! van)|tu hinh|tu chung than|khung hinh phat|muc hinh phat|muc an tu|bi ket an|xu bao nhieu nam|(xu ly|xu|truy cuu trach nhiem) hinh su (nhu the nao|the nao|ra sao|nhu nao|bao nhieu|may nam)|${SENTENCE_LENGTH}|hinh phat( \\w+){0,2} (${HOW_HEAVY}))\\b`,
    ),
    headings: ['hinh phat', 'phat tu', 'toi mua ban nguoi'],
    subjectKeepsInScope: false,
  },
  {
    // Neither the documents nor their texts state a fine: the law leaves them to the Criminal Code and to the decrees
    // on administrative sanctions.
    what: 'mức phạt tiền, do Bộ luật Hình sự và các nghị định xử phạt vi phạm hành chính quy định,',
    cues: /\b(phat tien( \w+){0,3} (bao nhieu|may|toi da|toi thieu|tu)|(bi )?phat (bao nhieu|may) (tien|trieu|dong)|muc phat( tien)?|tien phat|xu phat( hanh chinh)?( \w+){0,6} (bao nhieu|may) (tien|trieu|dong))\b/,
    headings: ['xu phat', 'phat tien', 'hinh phat tien'],
    subjectKeepsInScope: false,
  },
  {
    // The documents never speak of land, for victims or anyone; the legal aid they give a victim is theirs.
    what: 'đất đai',
    cues: /\b(dat dai|so hong|(lam|cap|xin|sang ten) so do|so do (nha|dat|cho)|quyen su dung dat|tranh chap dat|chuyen nhuong dat|(mieng|manh|lo|thua) dat|dat( \w+){0,8} (lan chiem|bi( \w+){0,3} chiem(?! doat))|(doi|lay) lai (\w+ )?dat)\b/,
    headings: ['dat dai', 'quyen su dung dat'],
    subjectKeepsInScope: false,
    helpKeepsInScope: true,
  },
  {
    what: 'thuế',
    cues: /\b(nop thue|ma so thue|quyet toan thue|hoan thue|thue thu nhap|thue gia tri gia tang)\b/,
    headings: ['quan ly thue', 'thue thu nhap'],
    subjectKeepsInScope: true,
  },
  {
    // Victims get health insurance in the documents ("bảo hiểm y tế"), never social insurance.
    what: 'bảo hiểm xã hội, bảo hiểm thất nghiệp',
    cues: /\b(bao hiem xa hoi|bhxh|bao hiem that nghiep|tro cap that nghiep|luong huu|thai san)\b/,
    headings: ['bao hiem xa hoi', 'bao hiem that nghiep'],
    subjectKeepsInScope: false,
  },
  {
    // A closed trial ("xét xử kín") is in the documents as a protection of victims; detention abroad ("trại tạm giữ")
    // is where a victim waits to come home.
    what: 'tố tụng hình sự (tạm giam, quyền của bị can, bị cáo, bị hại, kháng cáo, bản án)',
    cues: /\b(tam giam|bi can|bi cao|khang cao|khang nghi|ban an|doi chat|cao trang|bao chua|thoi han (dieu tra|truy to|khoi to)|khoi to (vu an|bi can)|an phi|nguoi bi hai|bi hai)\b/,
    headings: ['to tung hinh su', 'tam giam', 'bi can', 'bi hai'],
    subjectKeepsInScope: false,
    helpKeepsInScope: true,
  },
  {
    // The documents name offices ("Giám đốc Sở", "Chủ tịch UBND"), never who holds them.
    what: 'người đang giữ chức vụ lãnh đạo của các cơ quan',
    cues: new RegExp(`\\b(ai (la|lam|giu chuc|dang giu chuc) ${OFFICE}|${OFFICE}( \\w+){0,12} (la ai|ten (la )?gi|hien nay la ai))\\b`),
    headings: ['danh sach lanh dao'],
    subjectKeepsInScope: false,
  },
  {
    what: 'thủ tục lao động của người nước ngoài tại Việt Nam (giấy phép lao động)',
    cues: /\b(giay phep lao dong|cap phep lao dong|work permit)\b/,
    headings: ['giay phep lao dong'],
    subjectKeepsInScope: false,
  },
  {
    // The documents pay allowances to people who take part in the work, never salaries.
    what: 'chế độ tiền lương (lương của cán bộ, công chức, viên chức, lương cơ sở)',
    cues: /\b((tien luong|muc luong|he so luong|bang luong|luong)( thang)? (cua|cho) (can bo|cong chuc|vien chuc|nhan vien|giao vien|nguoi lam)|luong co so|luong toi thieu|nang luong|he so luong|tinh luong)\b/,
    headings: ['tien luong', 'luong co so'],
    subjectKeepsInScope: false,
  },
  {
    // The documents name poor households and social-policy families only as victims who get more support.
    what: 'chính sách an sinh xã hội chung (hộ nghèo, cận nghèo, người có công, người khuyết tật, trợ cấp xã hội hằng tháng)',
    cues: /\b((giay )?(chung nhan|xac nhan|cong nhan|binh xet|xet duyet|ra soat|tieu chi|chuan|thoat) ho (can ngheo|ngheo)|(ho tro|tien) (tien )?(dien|nuoc sach)|nguoi co cong|nguoi khuyet tat|tro cap (xa hoi )?hang thang)\b/,
    headings: ['ho ngheo', 'ho can ngheo', 'nguoi co cong', 'nguoi khuyet tat', 'tro cap xa hoi hang thang'],
    subjectKeepsInScope: true,
  },
  {
    // What going abroad to work costs and requires is no victim's support, whatever the question says of being cheated.
    what: 'điều kiện, chi phí đi làm việc ở nước ngoài theo hợp đồng',
    cues: new RegExp(
      `\\b((dieu kien|chi phi|le phi|giay phep|${WORK_ABROAD_FEE})\\b.*\\b${WORK_ABROAD}|${WORK_ABROAD}\\b.*\\b(dieu kien|chi phi|le phi|giay phep|${WORK_ABROAD_FEE}))\\b`,
    ),
    headings: ['di lam viec o nuoc ngoai theo hop dong', 'xuat khau lao dong'],
    subjectKeepsInScope: false,
  },
  {
    what: 'thủ tục đi làm việc ở nước ngoài theo hợp đồng',
    cues: new RegExp(`\\b((thu tuc|ho so)\\b.*\\b${WORK_ABROAD}|${WORK_ABROAD}\\b.*\\b(thu tuc|ho so))\\b`),
    headings: ['di lam viec o nuoc ngoai theo hop dong', 'xuat khau lao dong'],
    subjectKeepsInScope: true,
  },
  {
    what: 'các khoản vay ngân hàng, vay tiêu dùng',
    cues: /\b(vay\b.*\b(mua nha|mua xe|xay nha|lam nha|sua nha|tieu dung|sinh vien|hoc phi)|(mua nha|mua xe|xay nha|lam nha)\b.*\bvay|vay the chap|vay tin chap|the tin dung)\b/,
    headings: ['vay mua nha', 'vay tieu dung', 'tin dung hoc sinh'],
    subjectKeepsInScope: true,
  },
  {
    // Other records and papers people ask offices for; the documents name a criminal record only as police data.
    what: 'thủ tục hành chính khác (lý lịch tư pháp, chứng thực, công chứng, đăng ký kinh doanh, đăng ký xe, thừa kế)',
    cues: /\b((phieu|cap|xin|lam) ly lich tu phap|chung thuc|cong chung|giay phep kinh doanh|dang ky (kinh doanh|doanh nghiep|ho kinh doanh|xe)|bien so xe|thua ke|di chuc)\b/,
    headings: ['ly lich tu phap', 'chung thuc', 'dang ky kinh doanh', 'thua ke'],
    subjectKeepsInScope: false,
    helpKeepsInScope: true,
  },
  {
    // Violence at home is a neighbour of trafficking (both are in the child-protection line's remit), never the
    // documents' subject: they speak of violence only as a means of trafficking.
    what: 'bạo lực gia đình',
    cues: /\b(bao (luc|hanh) (trong )?gia dinh|(chong|vo|bo|cha|me|bo duong|cha duong|me ke) (danh dap|danh|bao hanh|hanh ha) (vo|chong|con))\b/,
    headings: ['bao luc gia dinh'],
    subjectKeepsInScope: true,
    ownVictims: /\bnan nhan (cua )?(bi )?bao (luc|hanh) (trong )?gia dinh\b/,
    reportOutside: true,
  },
  {
    // The documents fund support from budgets and donations, never from a fund of that name: what such a fund holds,
    // or how it is set aside, is not theirs to say.
    what: 'quỹ hỗ trợ nạn nhân (số tiền, việc trích lập, sử dụng quỹ)',
    cues: /\bquy (ho tro|phong chong|cuu tro)( nan nhan| mua ban)?\b/,
    headings: ['quy ho tro nan nhan'],
    subjectKeepsInScope: false,
  },
  {
    // Pupils leaving school: the documents teach pupils about trafficking and support victims' schooling, but keeping
    // children in school is another programme's.
    what: 'chính sách hỗ trợ học sinh bỏ học quay lại trường',
    cues: /\b((hoc sinh|tre em|cac em|em|chau|con)( \w+){0,4} bo hoc|bo hoc\b.*\bdi hoc lai)\b/,
    headings: ['bo hoc'],
    subjectKeepsInScope: true,
  },
  {
    // Violence and bullying among pupils, and the school's discipline for it: child protection's and the schools' rules,
    // not the documents' (they speak of schools only as places to teach about trafficking).
    what: 'bạo lực học đường (bắt nạt, đánh nhau giữa học sinh và việc kỷ luật học sinh)',
    // Bullying and group beatings happen outside school too (a maid bullied by the employer, a stranger's gang): only
    // with a word of school are they this topic.
    cues: /\b(bao luc hoc duong|(ky luat|xu ly ky luat) (hoc sinh|cac em|may em|may dua|nhung dua|cac chau))\b|^(?=[\s\S]*\b(hoc sinh|hoc duong|nha truong|truong hoc|o truong|tai truong|ban hoc|cung lop|trong lop|lop \d+|giao vien|co giao (chu nhiem|day)|thay giao)\b)[\s\S]*\b(bat nat|danh hoi dong)\b/,
    headings: ['bao luc hoc duong'],
    subjectKeepsInScope: true,
    ownVictims: /\bnan nhan (cua )?(bi )?bao luc hoc duong\b/,
    reportOutside: true,
  },
  {
    // A victim's certificate is issued in the documents, never given a term of validity or renewed.
    what: 'thời hạn sử dụng và việc gia hạn giấy xác nhận nạn nhân',
    cues: /\b(giay (xac nhan|chung nhan)( \w+){0,8} (het han|gia han|thoi han su dung|con han|(?<!cap )co thoi han( su dung)? (bao lau|may nam|bao nhieu)|co gia tri( trong)? bao lau|dung duoc bao lau)|(gia han|het han)( \w+){0,3} giay (xac nhan|chung nhan))\b/,
    headings: ['gia han giay xac nhan'],
    subjectKeepsInScope: false,
  },
  {
    // Titles a commune, a residential area or a family is recognised with, and their criteria: emulation rules, which
    // the documents never set (they only reward those who did well, in general words). Folded, "cong nhan" is also a
    // worker (công nhân): only "được công nhận" or criteria count; criteria to be recognised as a victim are the documents'.
    what: 'tiêu chí công nhận danh hiệu thi đua (xã, khu dân cư, gia đình…)',
    cues: /\b(tieu chi( \w+){0,6} (cong nhan|dat chuan|danh hieu)(?!( \w+){0,4} nan nhan)|duoc cong nhan (la |dat )?(xa|phuong|thon|ap|to dan pho|khu dan cu|gia dinh|don vi)|danh hieu thi dua)\b/,
    headings: ['tieu chi cong nhan', 'danh hieu thi dua'],
    subjectKeepsInScope: false,
  },
  {
    what: 'giấy phép lái xe',
    cues: /\b(giay phep lai xe|bang lai)\b/,
    headings: ['lai xe'],
    subjectKeepsInScope: true,
  },
];

/** Lowercase, no diacritics, one space between words: the form the cues and headings are written in. */
const folded = (s: string) => foldedWords(stripInvisible(s));

const coveredCache = new WeakMap<Corpus, Set<NeighbourTopic>>();
/** The topics the corpus has a heading (or a document title) on. */
function coveredTopics(corpus: Corpus): Set<NeighbourTopic> {
  let covered = coveredCache.get(corpus);
  if (covered) return covered;
  const headings = [...corpus.sections.flatMap((s) => s.path), ...corpus.docs.map((d) => d.title)].map(folded);
  covered = new Set(TOPICS.filter((t) => t.headings.some((h) => headings.some((line) => line.includes(` ${h} `)))));
  coveredCache.set(corpus, covered);
  return covered;
}

// Papers a person is issued, folded; "visa" is the everyday word for "thị thực".
const PAPER = /^(thi thuc|ho chieu|giay thong hanh|can cuoc)$/;
const PAPER_WORDS = 3;
const VISA = / visa /g;

const grantedCache = new WeakMap<Corpus, string[]>();
/**
 * The papers the documents say are issued to victims, folded with the word that says which ("thi thuc xuat canh"): read
 * from their sentences "cấp <paper> … cho nạn nhân".
 */
function grantedPapers(corpus: Corpus): string[] {
  let papers = grantedCache.get(corpus);
  if (papers) return papers;
  const found = new Set<string>();
  for (const section of corpus.sections) {
    for (const sentence of section.text.split(/(?<=[.;])\s+/u)) {
      const said = folded(sentence);
      if (!said.includes(' nan nhan ')) continue;
      const words = said.trim().split(' ');
      words.forEach((w, i) => {
        if (w !== 'cap') return;
        for (let n = 2; n <= PAPER_WORDS; n++) {
          if (!PAPER.test(words.slice(i + 1, i + 1 + n).join(' '))) continue;
          const which = words[i + 1 + n];
          found.add([...words.slice(i + 1, i + 1 + n), ...(which && !isStopword(which) ? [which] : [])].join(' '));
        }
      });
    }
  }
  papers = [...found];
  grantedCache.set(corpus, papers);
  return papers;
}

/** True when the question names a paper the documents say is issued to victims. */
function namesGrantedPaper(q: string, corpus: Corpus): boolean {
  const asked = q.replace(VISA, ' thi thuc ');
  return grantedPapers(corpus).some((p) => asked.includes(` ${p} `));
}

/** What the documents' lack about, when the question asks about a neighbouring topic the corpus has no heading on. */
export function neighbourTopicIn(text: string, corpus: Corpus, onSubject: boolean): string | undefined {
  return neighbourTopicOf(text, corpus, onSubject)?.what;
}

/**
 * The neighbouring topic a question asking whom to tell is about, when telling of it is outside the documents too
 * ("bạo lực gia đình thì báo cho ai"): the reply says so before the lines.
 */
export function reportedNeighbourTopic(text: string, corpus: Corpus, onSubject: boolean): string | undefined {
  const topic = neighbourTopicOf(text, corpus, onSubject);
  return topic?.reportOutside ? topic.what : undefined;
}

function neighbourTopicOf(text: string, corpus: Corpus, onSubject: boolean): NeighbourTopic | undefined {
  const q = folded(text);
  const covered = coveredTopics(corpus);
  const help = ASKS_HELP.test(q);
  const granted = (t: NeighbourTopic) => onSubject && t.grantedKeepsInScope === true && namesGrantedPaper(q, corpus);
  const subject = onSubject || EXPLOITED.test(q);
  const subjectHere = (t: NeighbourTopic) => subject && t.subjectKeepsInScope && !t.ownVictims?.test(q);
  return TOPICS.find((t) => !covered.has(t) && !subjectHere(t) && !(help && t.helpKeepsInScope) && !granted(t) && t.cues.test(q));
}
