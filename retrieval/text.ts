// Vietnamese text analysis shared by the lexical ranker, the hashed embedder and the answerer.
import { foldDiacritics, ownEntry, prepareSource, uniformTone } from '../knowledge/text.js';

/** NFC, strips zero-width/control characters, collapses horizontal spaces, keeps at most one blank line. */
export function normalizeText(s: string): string {
  return prepareSource(s)
    .replace(/ {2,}/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A question as typed, normalizeText'd, and lower-cased when it is written all in capitals ("CHO HỎI NẠN NHÂN …",
 * "XIN HOI …"): every rule reading a question expects its words in lower case, and a shouted abbreviation ("UBND")
 * still expands lower-cased, while in mixed case the capitals tell an abbreviation ("CA", "QN") from a word.
 */
export function questionText(s: string): string {
  const q = normalizeText(s);
  return /\p{Lu}/u.test(q) && !/\p{Ll}/u.test(q) ? q.toLowerCase() : q;
}

// Folding lets `ho tro nan nhan` match `hỗ trợ nạn nhân`. Token-level folding is hot (every syllable of every passage): memoise it over the small vocabulary.
const foldCache = new Map<string, string>();
/** foldDiacritics for one token, cached. */
export function foldToken(t: string): string {
  let f = foldCache.get(t);
  if (f === undefined) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: any ASCII token, controls included, has nothing to fold
    f = /^[\x00-\x7f]*$/.test(t) ? t : foldDiacritics(t);
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(t, f);
  }
  return f;
}

/** True when the text carries at least one Vietnamese diacritic. */
export function hasDiacritics(s: string): boolean {
  return s.length < 24 ? foldToken(s) !== s : foldDiacritics(s) !== s.normalize('NFC');
}

/**
 * True when fewer than half of the text's syllables with letters carry a diacritic: a question typed without them,
 * or with only a few ("nạn nhân bi ban ve dc ho tro j"). Accented Vietnamese leaves only a few syllables bare (xe,
 * cho, theo), so a question typed with its marks is never counted.
 */
export function typedMostlyPlain(s: string): boolean {
  const { letters, marked } = markedCount(syllables(s));
  return marked * 2 < letters;
}

/** How many of the syllables hold letters, and how many of those carry a diacritic. */
function markedCount(words: Iterable<string>): { letters: number; marked: number } {
  let letters = 0;
  let marked = 0;
  for (const w of words) {
    if (!/\p{L}/u.test(w)) continue;
    letters++;
    if (hasDiacritics(w)) marked++;
  }
  return { letters, marked };
}

// A run of letters or digits ("GD&ĐT" whole); or two capitals joined by a hyphen to two more, standing alone
// ("Đài PT-TH"), which is one abbreviation when the pair spells one (the "NĐ-CP" of a number is two).
const SYLLABLE = /(?<![\p{L}\p{N}-])\p{Lu}{2}-\p{Lu}{2}(?![\p{L}\p{N}-])|[\p{L}\p{N}]+(?:&[\p{L}]+)?/gu;

/** Raw syllables (letters/digits runs), original case kept, NFC. */
export function syllables(s: string): string[] {
  const found = normalizeText(s).match(SYLLABLE) ?? [];
  if (!found.some((w) => w.length === 5 && w[2] === '-')) return found;
  return found.flatMap((w) =>
    w.length === 5 && w[2] === '-' && !ownEntry(ABBREVIATIONS, abbreviationKey(w)) ? [w.slice(0, 2), w.slice(3)] : [w],
  );
}

/** The key an abbreviation is looked up by: folded, lowercase, without the hyphen of a pair ("PT-TH" → "ptth"). */
function abbreviationKey(raw: string): string {
  return foldToken(raw).toLowerCase().replace('-', '');
}

/**
 * Common abbreviations of Vietnamese administrative and legal texts. Keys are folded + lowercased.
 * Short keys (two letters) are ambiguous with ordinary syllables and only expand when written in capitals.
 */
const ABBREVIATIONS: Record<string, string> = {
  ubnd: 'ủy ban nhân dân',
  hdnd: 'hội đồng nhân dân',
  ub: 'ủy ban',
  ldtbxh: 'lao động thương binh và xã hội',
  bldtbxh: 'bộ lao động thương binh và xã hội',
  pcmbn: 'phòng chống mua bán người',
  mbn: 'mua bán người',
  bdbp: 'bộ đội biên phòng',
  mttq: 'mặt trận tổ quốc',
  ubmttq: 'ủy ban mặt trận tổ quốc',
  ctxh: 'công tác xã hội',
  lhpn: 'liên hiệp phụ nữ',
  hlhpn: 'hội liên hiệp phụ nữ',
  ttg: 'thủ tướng',
  nd: 'nghị định',
  qd: 'quyết định',
  tt: 'thông tư',
  ttlt: 'thông tư liên tịch',
  qh: 'quốc hội',
  cp: 'chính phủ',
  kh: 'kế hoạch',
  ca: 'công an',
  bca: 'bộ công an',
  bqp: 'bộ quốc phòng',
  btc: 'bộ tài chính',
  bng: 'bộ ngoại giao',
  byt: 'bộ y tế',
  btp: 'bộ tư pháp',
  bhyt: 'bảo hiểm y tế',
  gddt: 'giáo dục và đào tạo',
  'gd&dt': 'giáo dục và đào tạo',
  vhttdl: 'văn hóa thể thao và du lịch',
  tttt: 'thông tin và truyền thông',
  tw: 'trung ương',
  ttxh: 'trật tự xã hội',
  bvcstre: 'bảo vệ chăm sóc trẻ em',
  dtn: 'đoàn thanh niên',
  tncs: 'thanh niên cộng sản',
  ccb: 'cựu chiến binh',
  ndtc: 'nông dân',
  cshs: 'cảnh sát hình sự',
  ttbtxh: 'trung tâm bảo trợ xã hội',
  ttctxh: 'trung tâm công tác xã hội',
  // Two letters, so capitals only (see expansionOf): what officials type in notes and chats.
  nn: 'nạn nhân',
  // "Đoàn TN", "Hội PN": the youth union and the women's union as officials shorten them.
  tn: 'thanh niên',
  pn: 'phụ nữ',
  gp: 'giấy phép',
  bp: 'biên phòng',
  tp: 'thành phố',
  tx: 'thị xã',
  ld: 'lao động',
  bcd: 'ban chỉ đạo',
  bch: 'bộ chỉ huy',
  tbxh: 'thương binh và xã hội',
  sldtbxh: 'sở lao động thương binh và xã hội',
  pldtbxh: 'phòng lao động thương binh và xã hội',
  nsnn: 'ngân sách nhà nước',
  xnc: 'xuất nhập cảnh',
  qlxnc: 'quản lý xuất nhập cảnh',
  csb: 'cảnh sát biển',
  cand: 'công an nhân dân',
  qdnd: 'quân đội nhân dân',
  vks: 'viện kiểm sát',
  vksnd: 'viện kiểm sát nhân dân',
  tand: 'tòa án nhân dân',
  tgpl: 'trợ giúp pháp lý',
  cqdd: 'cơ quan đại diện',
  dsq: 'đại sứ quán',
  gcn: 'giấy chứng nhận',
  gxn: 'giấy xác nhận',
  xkld: 'xuất khẩu lao động',
  pctp: 'phòng chống tội phạm',
  tnxh: 'tệ nạn xã hội',
  ptth: 'phát thanh truyền hình',
  ctv: 'cộng tác viên',
};

/**
 * Chat shorthand (keys folded + lowercase): it stands for ordinary words, so unlike an abbreviation it is replaced,
 * not kept as a token of its own: an unknown `dc` would otherwise weigh as the rarest word of the question.
 */
const CHAT_SHORTHAND: Record<string, string> = {
  dc: 'được',
  ko: 'không',
  k: 'không',
  kg: 'không',
  khg: 'không',
  hok: 'không',
  hk: 'không',
  j: 'gì',
  bn: 'bao nhiêu',
  bh: 'bao giờ',
  ntn: 'như thế nào',
  sdt: 'số điện thoại',
  vs: 'với',
  ng: 'người',
  mn: 'mọi người',
  mng: 'mọi người',
  lm: 'làm',
  bit: 'biết',
  cx: 'cũng',
  mk: 'mình',
  mik: 'mình',
  ck: 'chồng',
  vk: 'vợ',
  nc: 'nước',
  vn: 'việt nam',
  tq: 'trung quốc',
  cty: 'công ty',
  bv: 'bệnh viện',
  tg: 'thời gian',
  gd: 'gia đình',
  dt: 'điện thoại',
  kq: 'kết quả',
  trc: 'trước',
  wa: 'qua',
  bik: 'biết',
};

/**
 * Regional and chat spellings of ordinary words, keyed as typed (lowercase, with their marks): folded, several would
 * read as other words of the documents (`dìa` folds like `địa`), so only the marked form stands for the word.
 */
const REGIONAL_WORDS: Record<string, string> = {
  tui: 'tôi',
  hông: 'không',
  hổng: 'không',
  dìa: 'về',
  ổng: 'ông ấy',
  bả: 'bà ấy',
  bển: 'bên đó',
  dzậy: 'vậy',
  zậy: 'vậy',
  vầy: 'vậy',
  rứa: 'vậy',
  răng: 'sao',
  mần: 'làm',
  chừ: 'giờ',
  mún: 'muốn',
  nhìu: 'nhiều',
  thui: 'thôi',
  ngta: 'người ta',
  bnhiu: 'bao nhiêu',
  zô: 'vào',
  dzô: 'vào',
  // Chat contractions longer than CHAT_SHORTHAND's three letters, which its length bound would skip.
  tgian: 'thời gian',
  thgian: 'thời gian',
};

/**
 * The words a chat shorthand or a regional spelling stands for, or undefined. Chat is typed in lowercase; in capitals (`NG` in
 * `BLĐTBXH-CA-QP-NG`) two letters or more are a document's abbreviation, not shorthand.
 */
function chatWordsOf(raw: string): string | undefined {
  const regional = ownEntry(REGIONAL_WORDS, raw.toLowerCase());
  if (regional) return regional;
  const capitals = raw.length > 1 && raw === raw.toUpperCase() && !COUNTRY_INITIALS.has(raw.toLowerCase());
  if (raw.length > 3 || capitals) return undefined;
  return ownEntry(CHAT_SHORTHAND, foldToken(raw).toLowerCase());
}

/**
 * Countries people name by their initials, as often in capitals as not ("bán qua TQ", "về VN"): no document
 * abbreviates them, so in capitals too they are the country's name, not an unknown word of the question.
 */
const COUNTRY_INITIALS = new Set(['vn', 'tq']);

/**
 * A regex alternation of words as typed with their marks, plus the unmarked spelling of those given in `foldedToo`:
 * only words whose folded spelling is no other common word (`đề nghị` → `de nghi`, but not `cấp` → `cap`) may be
 * typed without marks and still be read.
 */
function anyOf(marked: readonly string[], foldedToo: readonly string[] = []): string {
  return `(?:${[...new Set([...marked, ...foldedToo, ...foldedToo.map(foldDiacritics)])].join('|')})`;
}
/** Lookbehind: the shorthand follows one of these words. */
function after(words: string): string {
  return `(?<=(?:^|[^\\p{L}\\p{N}])${words}\\s+)`;
}
/** Lookahead: the shorthand is followed by one of these words. */
function before(words: string): string {
  return `(?=\\s+${words}(?![\\p{L}\\p{N}]))`;
}
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
// Lookbehind: the shorthand opens the text or a sentence, where a phone may capitalise it.
const SENTENCE_START = '(?<=(?:^|[.?!\\n])\\s*)';

// "bv" is "bệnh viện" in chat ("đưa đi bv"), but "bảo vệ" next to whom or what is protected ("bv nạn nhân", "xin bv",
// "được bv an toàn"): read by the words around it, as a reader does.
const PROTECT_SHORTHAND = new RegExp(
  `${after(anyOf(['dc', 'đc', 'xin', 'bp'], ['được', 'đề nghị', 'yêu cầu', 'biện pháp']))}bv${WORD_END}|` +
    `${WORD_START}bv${before(anyOf(['nn'], ['nạn nhân', 'người', 'trẻ em', 'an toàn', 'bí mật', 'nhân chứng', 'gia đình']))}`,
  'giu',
);

// Lowercase "nn" is abroad after a word of place or going or a person, typed out or not ("đi nn", "lấy ck nn", "ng
// nn": the chat words are spelled out after this pass), and the victim only after what is done for a victim ("tiếp
// nhận nn", "người nhà của nn") or as the subject opening a sentence ("Nn được hỗ trợ gì"). After any other word it
// may be either ("lao động nn", "cty nn"), so it stays as typed. In capitals it is the documents' abbreviation.
const ABROAD_SHORTHAND = new RegExp(
  `${after(anyOf(['ng', 'ck', 'vk', 'ra', 'sang', 'qua', 'từ', 'tại'], ['đi', 'ở', 'bên', 'chồng', 'vợ', 'người']))}nn${WORD_END}`,
  'gu',
);
const VICTIM_SHORTHAND = new RegExp(
  `(?:${after(anyOf(['bv'], ['tiếp nhận', 'hỗ trợ', 'bảo vệ', 'người nhà của', 'xác định', 'xác định là', 'xác minh', 'giải cứu']))}|${SENTENCE_START})[nN]n${WORD_END}`,
  'gu',
);

// "hs" is a file of papers where it is handled as one or holds something ("nộp hs", "hs gồm gì", "hs đề nghị"); next
// to what one needs, must do or is given it is as often a pupil ("hs cần làm gì", "hs phải làm gì"), so it stays as typed.
const FILE_SHORTHAND = new RegExp(
  `${after(anyOf(['làm', 'lập', 'bộ', 'đủ'], ['nộp', 'chuẩn bị', 'thẩm định']))}hs${WORD_END}|` +
    `${WORD_START}[hH]s${before(anyOf(['gồm', 'xin'], ['đề nghị']))}`,
  'gu',
);

// "đk" is "được" as often as "đăng ký" or "điều kiện" ("ko làm đk gì", "cần đk tạm trú"): only "đủ đk" is a condition.
const CONDITION_SHORTHAND = new RegExp(`${after(anyOf(['đủ']))}(?:đk|dk)${WORD_END}`, 'gu');

// Lowercase "ca" is an ordinary syllable (ca hát, ca trực, "2 ca cấp cứu") except before a tier of government, written
// with its marks: "ca xã" is the police. After a number it counts cases ("2 ca xã này").
const POLICE_SHORTHAND = new RegExp(
  `${WORD_START}(?<!\\p{N}\\s+)[cC]a${before(anyOf(['xã', 'huyện', 'tỉnh', 'phường', 'quận', 'thị trấn']))}`,
  'gu',
);

// After "Sở" or "Bộ" with its marks, two capitals name the department ("Sở TC", "Bộ CA") as the ministry's own
// abbreviation spells it ("BTC", "BCA"); "TP" before a name is the city ("Sở TP HCM").
const DEPARTMENT_SHORTHAND = /(?<=(?:^|[^\p{L}\p{N}])(?:[sS]ở|[bB]ộ)\s+)\p{Lu}{2}(?![\p{L}\p{N}])(?!(?<=TP)\s+\p{Lu})/gu;
function departmentOf(initials: string): string {
  const ministry = ownEntry(ABBREVIATIONS, `b${initials.toLowerCase()}`);
  return ministry?.startsWith('bộ ') ? ministry.slice('bộ '.length) : initials;
}

/** Shorthand that reads by the words around it, each with a quick test that skips texts without it. */
const SHORTHAND_IN_CONTEXT: readonly { has: RegExp; apply: (s: string) => string }[] = [
  { has: /bv/i, apply: (s) => s.replace(PROTECT_SHORTHAND, 'bảo vệ') },
  { has: /[nN]n/, apply: (s) => s.replace(ABROAD_SHORTHAND, 'nước ngoài').replace(VICTIM_SHORTHAND, 'nạn nhân') },
  { has: /[hH]s/, apply: (s) => s.replace(FILE_SHORTHAND, 'hồ sơ') },
  { has: /[đd]k/, apply: (s) => s.replace(CONDITION_SHORTHAND, 'điều kiện') },
  { has: /[cC]a /, apply: (s) => s.replace(POLICE_SHORTHAND, 'công an') },
  { has: /(?:[sS]ở|[bB]ộ)\s+\p{Lu}{2}/u, apply: (s) => s.replace(DEPARTMENT_SHORTHAND, departmentOf) },
];

/** The text with the shorthand read by its context spelled out ("xin bv nạn nhân" → "xin bảo vệ nạn nhân"). */
function withShorthandInContext(s: string): string {
  // Most texts hold none of it: the quick tests skip the lookaround patterns, as every passage is analysed through here.
  let out = s;
  for (const rule of SHORTHAND_IN_CONTEXT) if (rule.has.test(out)) out = rule.apply(out);
  return out;
}

/** The text with chat shorthand spelled out ("bn tiền" → "bao nhiêu tiền"), for rules written on whole words. */
export function spellOutChat(s: string): string {
  return withShorthandInContext(s).replace(/[\p{L}\p{N}]+/gu, (raw) => chatWordsOf(raw) ?? raw);
}

function expansionOf(raw: string): string | undefined {
  // Abbreviations are short and contain a capital or are written in lowercase ASCII: skip ordinary syllables fast.
  if (raw.length > 8) return undefined;
  const key = abbreviationKey(raw);
  const exp = ownEntry(ABBREVIATIONS, key);
  if (!exp) return undefined;
  // `ca`, `tt`, `nd`... are also ordinary syllables or noise when lowercase: expand capitals only.
  if (key.length <= 2 && raw !== raw.toUpperCase()) return undefined;
  // Plain words that happen to spell a key in capitals inside an all-caps heading are rare enough to accept.
  return exp;
}

/** Function words and question words that carry no topic. Accented forms; folded forms are derived when unambiguous. */
export const STOPWORDS = new Set(
  (
    'và với của là các những này đó thì mà có được cho theo trong khi để tại từ về ra vào hay hoặc nếu ' +
    'một như nào gì ai đâu sao vậy bao nhiêu thế không chưa đã sẽ đang phải cần muốn hỏi xin ạ nhé nhỉ ' +
    'tôi em anh chị mình bạn chúng ta họ người nó ở lại rồi cũng vẫn nữa đi thôi đấy kia nào đều bị hãy ' +
    'làm gồm những cái việc ấy hả vâng dạ ơi lâu mấy tới ' +
    // Chat's sentence particles and the titles people address officials by ("mấy chú", "hả bác").
    'nhen nghen nè hở á chứ giùm dùm chú bác'
  ).split(/\s+/),
);
// Folded forms only when the folded syllable is not also a common content syllable (e.g. `co` = có/cơ, `de` = để/đề).
const FOLDED_STOPWORDS = new Set(
  'va voi cua la cac nhung nay ma duoc cho theo trong khi hay hoac neu mot nao gi ai sao nhieu khong phai muon xin minh nua kia deu gom lai o lau'.split(
    ' ',
  ),
);
// `người`, `bị`, `làm`... matter inside bigrams (mua bán người, bị mua bán) so stopwords only drop unigrams.

// Stopword status per token, cached like foldToken (asked for every syllable and every bigram).
const stopCache = new Map<string, boolean>();
export function isStopword(tok: string): boolean {
  let v = stopCache.get(tok);
  if (v === undefined) {
    v = STOPWORDS.has(tok) || (!hasDiacritics(tok) && FOLDED_STOPWORDS.has(tok));
    if (stopCache.size > 200_000) stopCache.clear();
    stopCache.set(tok, v);
  }
  return v;
}

/** Folded content syllables in order: a text's words without the stopwords ("trach", "nhiem", "so", "y", "te"). */
export function contentSyllables(text: string): string[] {
  return analyze(text)
    .seq.filter((t) => !isStopword(t))
    .map(foldToken);
}

/**
 * Lowercased NFC syllables with abbreviations expanded in place (the abbreviation itself is kept as a token,
 * but the expansion is what forms bigrams, so `Sở LĐTBXH` yields the bigram `sở lao`).
 */
// Per raw syllable: its lowercase form, the words chat shorthand stands for, or an abbreviation's expansion. Cached.
type Lexed = string | { words: string[]; keepRaw: boolean };
const rawCache = new Map<string, Lexed>();
function lexRaw(raw: string): Lexed {
  let v = rawCache.get(raw);
  if (v === undefined) {
    const chat = chatWordsOf(raw);
    const exp = chat ?? expansionOf(raw);
    v = exp ? { words: exp.split(' '), keepRaw: !chat } : withoutPaddingZeros(uniformTone(raw.toLowerCase()));
    if (rawCache.size > 200_000) rawCache.clear();
    rawCache.set(raw, v);
  }
  return v;
}

// The documents pad small numbers ("06 tháng", "trong thời hạn 03 (ba) ngày", "trước 15/5"); people type "6 tháng",
// "3 ngày". A short number is one token however it is padded; a long digit run (a phone number) keeps its zeros.
const PADDED_NUMBER = /^0+(?=\d)(?=\d{1,2}$)/;

/** "06" → "6", "003" → "3"; other tokens as they are. */
export function withoutPaddingZeros(token: string): string {
  return token.length <= 3 ? token.replace(PADDED_NUMBER, '') : token;
}

export function analyze(s: string): { seq: string[]; extra: string[] } {
  const seq: string[] = [];
  const extra: string[] = [];
  for (const raw of syllables(withShorthandInContext(s))) {
    const v = lexRaw(raw);
    if (typeof v === 'string') seq.push(v);
    else {
      if (v.keepRaw) extra.push(raw.toLowerCase());
      for (const t of v.words) seq.push(t);
    }
  }
  return { seq, extra };
}

/** The text as lowercased syllables with abbreviations and chat shorthand spelled out ("CSB giải cứu" → "cảnh sát biển giải cứu"). */
export function spelledOut(s: string): string {
  return analyze(s).seq.join(' ');
}

/** Lowercased syllables (abbreviations expanded). */
export function tokenize(s: string): string[] {
  const { seq, extra } = analyze(s);
  return [...seq, ...extra];
}

/** Adjacent-syllable bigrams joined by a space; bigrams made only of stopwords are dropped. */
export function bigrams(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (isStopword(a) && isStopword(b)) continue;
    out.push(`${a} ${b}`);
  }
  return out;
}

export interface Terms {
  /** Accented unigrams without stopwords. */
  uni: string[];
  /** Folded unigrams without stopwords. */
  uniF: string[];
  bi: string[];
  biF: string[];
  /** Lowercased syllables in order (abbreviations expanded). */
  seq: string[];
}

/** Every term family the ranker indexes, for a document text or a query. */
export function terms(s: string): Terms {
  const { seq, extra } = analyze(s);
  const all = [...seq, ...extra];
  // Stopword status is decided on the original syllable: `có` is a stopword but `cơ` (cơ quan) is not, both fold to `co`.
  const uni = all.filter((t) => !isStopword(t));
  const uniF = uni.map(foldToken);
  const folded = seq.map(foldToken);
  return { uni, uniF, bi: bigrams(seq), biF: bigrams(folded), seq };
}

/** Splits a body into sentences/clauses: lines first, then sentence ends and semicolons before a new clause. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    for (const part of line.split(/(?<=[.;!?])\s+(?=[\p{Lu}\p{N}"“(\-–])/u)) {
      const s = part.replace(/^[-–•+]\s*/, '').trim();
      if (s.replace(/[^\p{L}\p{N}]/gu, '').length >= 3) out.push(s);
    }
  }
  return out;
}

/**
 * `read` remembering its last text and result: one question is read by several steps in a row (ranking, the
 * quote, the answer's shape), and a different text is read afresh.
 */
export function lastRead<T>(read: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastResult: T;
  return (text) => {
    if (text !== lastText) {
      lastResult = read(text);
      lastText = text;
    }
    return lastResult;
  };
}

/**
 * Common words written bare whose folded form other words share ("cho" / chờ, chở, chỗ; "lao" / Lào; "con" / còn;
 * "trong" / trông): typed bare in a question typed with its marks, they are these words. Only these: any other bare
 * syllable there may be a slip ("bao tin" for "báo tin", "ủy ban xa" for "xã") and is still read folded.
 */
export const WRITTEN_BARE: ReadonlySet<string> = new Set(['cho', 'lao', 'con', 'trong']);

/**
 * Which of the question's syllables typed without diacritics may stand for marked ones (matchesAt's `plain`). In a
 * question typed with its marks (two syllables in three carry one, as accented Vietnamese does), a bare syllable of
 * `bare` is that word: "không cho về" is cho, not chờ or chở; "người lao động" is no "người Lào". Any other bare
 * syllable, and every one in a question typed without marks or with only some ("bộ đội bien phong giai cuu"), may be
 * read folded.
 */
export function foldableSyllables(tokens: readonly string[], bare: ReadonlySet<string> = WRITTEN_BARE): boolean[] {
  const plain = tokens.map((t) => !hasDiacritics(t));
  const { letters, marked } = markedCount(tokens);
  return marked * 3 >= letters * 2 ? plain.map((p, i) => p && !bare.has(tokens[i])) : plain;
}

/** The syllables of a phrase as typed (lowercase, with their diacritics). */
export const seqOf = (phrase: string): string[] => analyze(phrase).seq;

/** A wording as syllables: with their diacritics, and folded. */
export interface Wording {
  accented: readonly string[];
  folded: readonly string[];
}

/** A phrase read as a wording. */
export function wordingOf(phrase: string): Wording {
  const accented = seqOf(phrase);
  return { accented, folded: accented.map(foldToken) };
}

/**
 * Whether the wording is at `i` in the question's syllables (`tokens` as typed, `folded`, `plain`: typed without
 * diacritics). A syllable typed with diacritics must match exactly. One typed without them matches by its folded
 * form, but only inside a wording of two or more syllables: alone, `tien` may be tiền, tiến, tiện or tiên.
 */
export function matchesAt(wording: Wording, tokens: string[], folded: string[], plain: boolean[], i: number): boolean {
  const n = wording.accented.length;
  if (i + n > tokens.length) return false;
  for (let j = 0; j < n; j++) {
    const t = i + j;
    if (tokens[t] === wording.accented[j]) continue;
    if (n > 1 && plain[t] && folded[t] === wording.folded[j]) continue;
    return false;
  }
  return true;
}

/** Whether `needle` occurs as a run in `hay`. */
export function containsSeq(hay: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
