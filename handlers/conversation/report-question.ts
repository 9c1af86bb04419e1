// A report or an emergency that also asks something the documents answer ("nộp đơn ở đâu, có hạn không",
// "đưa em đến đâu để được ở"): the case reply is kept as it is, and the question is asked through the one
// question pipeline so that the documents' answer follows it. Only a confident answer is quoted; when the
// documents do not answer, one short line says so and that the officer will advise, so the question is not
// ignored. Everything runs on folded, abbreviation-expanded tokens, so "o dau" = "ở đâu".
import { UNSURE_INTRO } from '../answer.js';
import { isContactQuestion } from '../contacts-answer.js';
import { asksWhichBody, asksWhoProtects, staysAbroad } from '../ask/abroad.js';
import { ASKS_HANDED_ON } from '../ask/pass-on.js';
import type { AskOptions, AskResult } from '../ask/pipeline.js';
import { foldDiacritics } from '../../knowledge/text.js';
import { COUNTRY } from '../../retrieval/countries.js';
import { namesForeigner } from '../../retrieval/victim-subject.js';
import { analyze, bigrams, isStopword } from '../../retrieval/text.js';
import { vi } from '../replies/vi.js';
import { analyse, type Cue } from '../triage/features.js';
import type { Citation, IncomingMessage, OutgoingMessage } from '../types.js';
import type { ConversationContext } from './context.js';

/** Asks one question through the question pipeline (the channels' `askQuestion`, the eval's `answering.ask`). */
export type AskFn = (question: string, opts: AskOptions) => Promise<AskResult>;

// "Đâu" folds to the letters of "đau" (pain): it counts only after a verb of going, sending or asking.
const WHERE = /\b(o|di|den|toi|ve|ra|vao|vo|nop|gui|bao|trinh bao|tim|xin|vay|muon|dua|lien he|hoi|cho) (\w+ ){0,2}dau\b/;
/** Verbs and nouns of an entitlement or a procedure, which make a yes/no question one the documents answer. */
const ASKED_OF = '(duoc|huong|nhan|xin|ho tro|giup|lo|cap|vay|muon|hoc|lam|phai|can|nen|nop|goi|bao|tro cap|che do|mien)';
/** Cues of a question the documents can answer: where to go, which agency, what papers, how long, whether entitled. */
const QUESTION_CUES = [
  WHERE,
  /\b(co quan|cho|noi|to chuc|don vi|ben|phong|bo phan|luc luong|hoi doan|doan the|so|nganh|cap|tram|trung tam|giay|giay to|thu tuc|che do|ho tro|quy|nguon|kinh phi|khoan) nao\b(?! cung)/,
  // Not after a negation: "chưa nhắn gì", "không giúp gì" tell that nothing came.
  /(?<!\b(khong|chua|chang) )\b(can|phai|lam|duoc|giay|ho so|thu tuc|che do|giup|ho tro|huong|xin|tro cap) (\w+ ){0,2}(gi|nhung gi)\b/,
  /\b(bao lau|bao nhieu|khi nao|bao gio|thoi han)\b/,
  // What a paper must say: "văn bản phải ghi những nội dung gì", "đơn khai thông tin nào".
  /\b(noi dung|thong tin|muc) (gi|nao)\b/,
  /\bco han\b/,
  /\blam (sao|the nao|rang)\b/,
  /\b(nhu the nao|ra rang|bang cach nao)\b/,
  // How a step is done ("thủ tục ra sao", "xin bảo vệ thế nào"); alone "ra sao" asks how somebody is, for the officer.
  /\b(thu tuc|quy trinh|ho so|don|giay to|che do|ho tro|bao ve|trinh bao|to giac|khai bao) (\w+ ){0,2}(ra sao|the nao)\b/,
  // Which of two ways a step takes ("phải làm đơn hay gọi điện", "được gọi điện hay phải đến tận nơi"); "hay" alone
  // also means "often" ("hay gọi điện dọa"), so a word of obligation or permission opens the choice.
  /\b(phai|nen|can|duoc) (\w+ ){1,4}hay (la |phai |can |nen |chi |bat buoc )?\w+/,
  /\bduoc hay (la|phai|can|nen|bat buoc)\b/,
  // Whether one is entitled, or whether an agency provides ("đồn có lo chỗ ở và tiền xe về quê cho cháu không"), however
  // long the list in between. "Có phải … không" asks whether the situation is what it seems: the officer's to judge.
  /\bco (duoc|can|bi|lo|cap|ho tro|giup|bo tri|dua|tra|chi tra) (\w+ ){0,10}khong\b/,
  // A yes/no question closing the clause, southern "hông" too: "còn được hưởng chế độ hông", "được không hay phải làm đơn".
  new RegExp(`\\b${ASKED_OF} (\\w+ ){0,8}(khong|hong)( (a|ha|vay|nhi|ta))*( hay \\w+( \\w+)*)? $`),
  // Central "chi" (what) closing a clause: "nộp giấy tờ chi".
  /\b(giay to|giay|ho so|thu tuc|che do|lam|nop|can|mang|xin|huong|ho tro|giup|lo) chi( (a|ha|rua|vay))? $/,
  /\bai (lo|cap|giup|tiep nhan|chiu|ho tro|cham soc|giai quyet|phat hien|xu ly|dieu tra|xac minh|phu trach|quan ly|quyet dinh)\b/,
  // Who may decide it or must do it ("ai có thẩm quyền quyết định", "ai có quyền cho bảo vệ", "ai có trách nhiệm bảo
  // vệ"): the documents name the competent body.
  /\bai (co |duoc )?(tham quyen|quyen|trach nhiem)\b/,
  /\b(tim|gap|hoi|nho|lien he|bao cho|giao|giao cho|keu|goi|den|gui|gui cho|nop|nop cho) ai\b/,
  // How the law names the situation ("có tính là mua bán người không"): the documents' definitions answer it.
  /\b(co|duoc|bi) (tinh|coi|xem) (la )?(\w+ ){0,3}(mua ban nguoi|nan nhan|toi|toidanh)\b/,
];
/**
 * Which association or union ("hội nào", "đoàn nào giúp"), only as typed with its accents: folded, "hồi nào" asks when
 * and "đoạn nào" which part, both said inside an account.
 */
const WHICH_UNION = /(?<!\p{L})(hội|đoàn) nào(?!\p{L})/u;
/** Central "mô" (where) after a verb of going or sending; only as typed with its accent, folded it is "mở", "mổ". */
const WHERE_CENTRAL = /(?:^|\s)(?:ở|đi|đến|tới|về|vô|vào|nộp|gửi|báo|chỗ|nơi|bên)(?:\s\S+){0,2}\smô(?=[\s?.,!]|$)/u;
/**
 * Asking the reader ("có ai thấy không", "cán bộ có giúp được không"), or whether the situation is what it seems:
 * for the officer, not the documents.
 */
const JUDGED =
  /\b(co phai|phai khong|ai (thay|biet|gap|nghe)|co sao|bi sao|con song|co that|co dung|dung khong|(can bo|cac anh|cac chi|anh chi|ban|bot|admin|tong dai) (co )?(the )?(giup|ho tro|cuu|tim))\b/;
/**
 * "Tôi phải làm sao bây giờ", "gia đình nên làm gì": a plea about what to do now, with nothing named to ask about.
 * The case reply's advice and the officer answer it; the documents have no passage on it.
 */
const PLEA =
  /^ ((toi|em|minh|chau|con|gia dinh|nha|chung|bay|gio|vay|thi|the|ma|oi|da|thua|anh|chi|can bo|a|u) )*(phai |nen |can |biet )?(lam (sao|gi|the nao|nhu the nao|rang)|tinh sao|xu ly sao)( (bay gio|gio|day|a|vay|ha|nhi|ta|the|nay|nua|di))* $/;
/**
 * Where a person is now or was taken: only the officers and the police can answer that, not the documents. A "thì"
 * opens what the person wants to do ("bị lừa bán thì tới đâu"), not where they were taken.
 */
const WHEREABOUTS = [
  /\b(dang|hien|bay gio|gio) (dang )?o dau\b/,
  /\bbi (\w+ )?(ban|dua|dem|lua|bat|dan) ((?!thi )\w+ ){0,2}(di |sang |qua )?dau\b/,
];

// Not "máy", which folds to "mấy": "điện thoại tắt máy" tells.
const QUESTION_WORD = / (nao|dau|ai|gi|sao|khong|hong|chua|so may) /;

const SENTENCE_END = /(?<=[.!?…;])\s+|\n+/u;
/** Where one clause of a sentence ends; a comma between digits ("15.000") is part of a number. */
const CLAUSE_END = /(?<=[,:])(?!\d)\s*/u;

/** Folded tokens of a sentence, padded so that the cues' word boundaries hold at both ends. */
const foldedOf = (sentence: string) => ` ${analyse(sentence).tokens.join(' ')} `;

/**
 * The text asks something the documents may answer: a question cue, and not where somebody is. A question
 * mark alone is not enough: "có ai thấy không?" asks the reader, not the documents.
 */
function asksSomething(text: string): boolean {
  const t = foldedOf(text);
  if (WHEREABOUTS.some((re) => re.test(t)) || JUDGED.test(t) || PLEA.test(t)) return false;
  // Whom to call or which number ("gọi số nào", "tổng đài của tỉnh số mấy") is asked as the pipeline's contact step reads it.
  const marked = text.normalize('NFC').toLowerCase();
  if (QUESTION_CUES.some((re) => re.test(t)) || WHERE_CENTRAL.test(marked) || WHICH_UNION.test(marked)) return true;
  // The contact step reads any mention of a phone as asking for one: here the words must ask ("điện thoại tắt máy" tells).
  return (text.includes('?') || QUESTION_WORD.test(t)) && isContactQuestion(text);
}

/** The clauses of a sentence, each with its punctuation. */
const clausesOf = (sentence: string) => sentence.split(CLAUSE_END).filter((c) => c.trim());

/** Cues of the account a report gives (what happened, who is back, who is in danger), as opposed to what is asked. */
const ACCOUNT_CUES: readonly Cue[] = [
  'harm',
  'returned',
  'escaped',
  'fresh',
  'danger_now',
  'danger_soft',
  'violence',
  'missing',
  'self_victim',
  'threat',
  'suspect',
];
function tellsAccount(clause: string): boolean {
  const { cues } = analyse(clause);
  return ACCOUNT_CUES.some((c) => cues.has(c));
}
/** An alternative to the clause before it ("…được không, hay phải làm đơn?") belongs to the question. */
const ALTERNATIVE = /^\s*(hay|hoac)\s/u;

/** What one asking sentence asks: its asking clauses alone, and with the circumstances told beside them ("nhà nghèo"). */
function askedIn(sentence: string): [string, string] {
  const clauses = clausesOf(sentence);
  const asking = clauses.map((c, i) => asksSomething(c) || (i > 0 && ALTERNATIVE.test(c) && asksSomething(clauses[i - 1])));
  // A cue that spans a comma leaves no single clause asking: the sentence is the question.
  if (!asking.some(Boolean)) return [sentence, sentence];
  const join = (keep: (c: string, i: number) => boolean) => clauses.filter(keep).join(' ').trim();
  return [join((_, i) => asking[i]), join((c, i) => asking[i] || !tellsAccount(c))];
}

/** The sentences of a report that ask something the documents may answer, joined; undefined when none does. */
export function questionPartOf(text: string): string | undefined {
  const asked = askingSentences(text);
  return asked.length ? asked.join(' ') : undefined;
}

/** A sentence asks when one of its clauses does, or when its cue spans a comma and no clause of it is a plea. */
function asksInSentence(sentence: string): boolean {
  const clauses = clausesOf(sentence);
  if (clauses.some(asksSomething)) return true;
  return asksSomething(sentence) && !clauses.some((c) => PLEA.test(foldedOf(c)));
}

const askingSentences = (text: string) => text.split(SENTENCE_END).filter((s) => s.trim() && asksInSentence(s));

/**
 * The ways of putting what a report asks to the pipeline, the narrowest first: the asking clauses with the
 * circumstances told beside them ("nhà nghèo"), the asking clauses alone, then the whole asking sentences. The
 * account around a question ("em gái tui bị bán mới về, giờ muốn…") pulls retrieval towards the report, but a
 * clause alone may lack the words it is about.
 */
export function questionsOf(text: string): string[] {
  const sentences = askingSentences(text);
  const parts = sentences.map(askedIn);
  const narrow = parts.map((p) => p[0]).join(' ');
  const told = parts.map((p) => p[1]).join(' ');
  const whole = sentences.join(' ');
  return [...new Set([told, narrow, whole].filter(Boolean))];
}

/** Account cues that say whom a report is about is a victim of trafficking (sold, held, brought back, identified). */
const VICTIM_CUES: readonly Cue[] = ['harm', 'returned', 'escaped', 'identified', 'self_victim'];

/** One way of putting a report's question: the text put to the pipeline, and the person's own words of it. */
interface WayToAsk {
  put: string;
  words: string;
}

/**
 * The asking clauses put as asked for the victim. "Giờ muốn học nghề thì hồ sơ gồm những gì" names nobody: alone it
 * reads as off the documents' subject, and with the account around it the question is drowned; the account has
 * already said that the person is a victim, so the question is put for "nạn nhân", the documents' word. Whether an
 * answer speaks of the question is still judged on the person's own words.
 */
function forTheVictim(text: string): WayToAsk | undefined {
  if (!VICTIM_CUES.some((c) => analyse(text).cues.has(c))) return undefined;
  const words = askedWords(text);
  return words ? { put: `Nạn nhân: ${words}`, words } : undefined;
}

// A person of another country told by the language they speak ("mấy chị nói tiếng Lào", "không biết tiếng Việt").
const SPEAKS_FOREIGN = / (?:noi|biet) tieng (?:nuoc ngoai|lao|campuchia|khmer|trung|myanmar|mien dien|thai) | khong biet tieng viet /;

/**
 * A person of another country is the victim in the account ("cô gái người Campuchia", "mấy chị nói tiếng Lào"), not
 * the buyer, the husband or the trafficker (victim-subject.ts), nor a worker ("người lao động").
 */
const tellsForeignVictim = (folded: string) => namesForeigner(folded) || SPEAKS_FOREIGN.test(folded);

/**
 * The agency that has rescued or taken in the person the report is about ("vừa được bộ đội biên phòng giải cứu",
 * "đang ở đồn biên phòng"), with the name the regulations give it.
 */
const TAKEN_IN_BY =
  / (?:duoc (?:[a-z]+ ){0,2}(bien phong|canh sat bien|cong an)(?: [a-z]+){0,2} (?:giai cuu|cuu|tiep nhan|dua ve|don)|o (?:don |tram )?(bien phong|canh sat bien|cong an)) /;
const AGENCY_NAMES: Record<string, string> = { 'bien phong': 'Bộ đội Biên phòng', 'canh sat bien': 'Cảnh sát biển', 'cong an': 'Công an' };

/** An agency named in what is asked ("biên phòng có lo tiền xe không"): the question is about what that agency does. */
const AGENCY_ASKED_OF = / (?:bien phong|canh sat bien|cong an|bo doi) /;
/** "Đồn" (the post) only as typed with its accents: folded it is "đơn", the application. */
const POST_ASKED_OF = /(?:^|\s)đồn(?=[\s?.,!]|$)/u;
const namesAgency = (words: string) => AGENCY_ASKED_OF.test(foldedOf(words)) || POST_ASKED_OF.test(words.normalize('NFC').toLowerCase());

/**
 * The person came to the commune or its police and said they were sold ("tự tìm đến UBND xã, nói bị bán"): the rules
 * for one who comes to report set what that office does, which is what its staff ask ("cán bộ xã tụi em cần làm những
 * bước gì"). Another tier ("Công an tỉnh", "UBND huyện") or another account ("báo chuyện con mất tích", "bị bạn trai
 * đánh": folded, "bị bạn" is "bi ban" too, so "bán" needs where or to whom) is not that case.
 */
const CAME_TO_REPORT =
  / (?:tu )?(?:tim |di |chay )?(?:den|toi|ra|len|vo|vao) (?:tru so )?(uy ban nhan dan (?:xa|phuong)|cong an (?:xa|phuong)|xa|phuong)(?: \w+){0,3} (?:khai|trinh bao|bao|ke|noi)(?: \w+){0,3} (?:bi|da bi) (?:mua ban|lua ban|ban (?:sang|qua|vo|vao|cho|di|lam|o)) /;
/** The office's staff ask for its steps ("cán bộ xã cần làm những bước gì", "xã phải xử lý thế nào"). */
const ASKS_STEPS =
  / (lam nhung (buoc|viec) gi|(nhung|cac) buoc|thu tuc|quy trinh|trinh tu|xu ly (the nao|ra sao)|(xa|phuong|can bo|chung toi|tui em|chung em|ben em)( \w+){0,3} (can|phai|nen) lam gi) /;

/**
 * The person went to a border post, the coast guard or the police and reported there ("đến đồn biên phòng trình báo"):
 * the rules set where that body hands them on, which is what "sau đó em ấy được giao cho ai" asks.
 */
const REPORTED_AT =
  / (?:den|toi|vao|ra|len) (?:don |tram )?(bien phong|canh sat bien|cong an)(?: \w+){0,3} (?:trinh bao|khai bao|to giac|bao) /;
const POST_NAMES: Record<string, string> = {
  'bien phong': 'Đồn Biên phòng',
  'canh sat bien': 'Cảnh sát biển',
  'cong an': 'cơ quan Công an',
};
/** The office the account says the person came to, in the documents' words. */
const officeCameTo = (office: string) => (office.startsWith('cong an') ? 'Công an cấp xã' : 'Ủy ban nhân dân cấp xã');

/**
 * Who the victim is, in the documents' words, when the account says it and the rules differ by it: a foreign victim
 * (whose information goes to another police unit and who is returned to their country), one who came to an office to
 * report when its steps are asked, one who reported at a border post or the police when whom they are handed on to is
 * asked (each such body hands them to its own next office), or, when the question asks what an agency does, one that
 * agency has already rescued or taken in (whose first needs it meets itself).
 */
function victimAsTold(text: string, words: string): string | undefined {
  const folded = foldedOf(text);
  if (tellsForeignVictim(folded)) return 'Nạn nhân là người nước ngoài';
  if (stillAbroad(text, folded) && asksAboutOverThere(words)) return 'Nạn nhân đang ở nước ngoài';
  const came = CAME_TO_REPORT.exec(folded);
  if (came && ASKS_STEPS.test(foldedOf(words))) return `Có người tự đến ${officeCameTo(came[1])} trình báo bị mua bán`;
  const reportedAt = REPORTED_AT.exec(folded);
  if (reportedAt && ASKS_HANDED_ON.test(foldedOf(words))) {
    const back = ABROAD.test(folded) ? 'từ nước ngoài tự trở về, ' : '';
    return `Nạn nhân ${back}đến trình báo tại ${POST_NAMES[reportedAt[1]]}`;
  }
  if (!namesAgency(words)) return undefined;
  const taken = TAKEN_IN_BY.exec(folded);
  const agency = taken && AGENCY_NAMES[taken[1] ?? taken[2]];
  return agency ? `Nạn nhân được ${agency} giải cứu, tiếp nhận` : undefined;
}

// Where to go or report: after a verb of going (WHERE), or "chỗ nào", "nơi nào".
const WHERE_TO_GO = (folded: string) => WHERE.test(folded) || / (noi|cho) nao /.test(folded);
// Abroad in an account: another country, "nước ngoài", across the border.
const ABROAD = new RegExp(` (?:nuoc ngoai|ben kia bien gioi|qua bien gioi|${COUNTRY})(?![a-z])`);

/**
 * The account puts the victim abroad and not yet back, escaped there ("bị bán sang nước ngoài, giờ trốn ra được
 * rồi") or still there ("chưa về được", "còn kẹt bên đó"): where to report and who protects them is the case of a
 * victim abroad (the representative mission), not one at home.
 */
function stillAbroad(text: string, folded: string): boolean {
  const { cues } = analyse(text);
  return ABROAD.test(folded) && !cues.has('returned') && (cues.has('escaped') || staysAbroad(text));
}

/**
 * What is asked is where to go or report, which body to turn to ("liên hệ cơ quan nào để được giúp về nước"), or who
 * protects the person ("bên đó ai lo bảo vệ cho nó").
 */
const asksAboutOverThere = (words: string) => WHERE_TO_GO(foldedOf(words)) || asksWhichBody(words) || asksWhoProtects(words);

/** The asking clauses of a report, without what it tells. */
const askedWords = (text: string) =>
  askingSentences(text)
    .map((s) => askedIn(s)[0])
    .join(' ');

/**
 * The ways of putting a report's question (see `questionsOf`): first for the victim as the account tells who they
 * are, when that decides the rule (the narrower ways read as the general case); last as asked for the victim.
 */
function waysToAsk(text: string): WayToAsk[] {
  const ways = questionsOf(text).map((q) => ({ put: q, words: q }));
  if (!ways.length) return ways;
  const words = askedWords(text);
  const told = words ? victimAsTold(text, words) : undefined;
  // Put as the case the documents set out ("nạn nhân là người nước ngoài thì báo cho ai"), which their steps read as such.
  const rest = words.replace(/^thì\s+/iu, '');
  const first = told ? [{ put: `${told} thì ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`, words }] : [];
  const victim = forTheVictim(text);
  return [...first, ...ways, ...(victim ? [victim] : [])];
}

const QUOTED = /«([^»]*)»/g;
const HAS_QUOTE = /«[^»]*»/;
/** Where an answer's citations with their passages begin. */
const CITATIONS_HEADING = '\nTrích dẫn:';

/**
 * Folded word pairs of the text with at least one word that carries content, told apart as written ("chỗ ăn"
 * keeps "chỗ", a word only its folded form shares with "cho"), compared folded so unaccented questions match.
 */
const wordPairs = (text: string): string[] => bigrams(analyze(text).seq).map(foldDiacritics);
/**
 * The quote's word pairs, and its pairs across one word: the documents name a thing in full where a person shortens
 * it ("tiền xe" is found in "tiền tàu xe").
 */
function quotedPairs(quotes: string): Set<string> {
  const seq = analyze(quotes).seq;
  const across = seq.slice(2).map((w, i) => [seq[i], w]);
  return new Set([...wordPairs(quotes), ...across.filter((p) => !p.every(isStopword)).map((p) => foldDiacritics(p.join(' ')))]);
}
/** The section headings of a citation, without the text's name before them nor the notes after them. */
const headingsOf = (c: Citation) =>
  (c.heading ?? c.label)
    .split(' › ')
    .slice(1)
    .join('\n')
    .replace(/\s*\([^)]*\)\s*$/u, '');

/** A listed line's key: the number or agency before its first colon ("• 113: Công an…" → "113"). */
const LISTED = /^\s*•\s*([^:\n]+):/gmu;
const squeezed = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * The answer tells the person something the case reply does not: a quote that shares content words with the
 * question (not the nearest passage on another matter), or, for a list of contacts, a line the hotlines lack.
 * Passages a step chose for what is asked (where to report, help abroad) speak of it whatever their words: they
 * only need to say something the case reply does not say yet.
 */
function addsToCaseReply(r: AskResult, question: string, caseReply: string): boolean {
  const answer = r.text;
  if (r.chosenForAsk) {
    const lead = answer.split(CITATIONS_HEADING)[0];
    return [...lead.matchAll(QUOTED)].some((m) => !caseReply.includes(m[1]));
  }
  const listed = [...answer.matchAll(LISTED)];
  // Asked for a number, the documents' lines with their sources answer it even where the case reply lists the same,
  // and whatever rule they quote beside them.
  if (listed.length && r.citations.length && isContactQuestion(question)) return true;
  const quotes = [...answer.matchAll(QUOTED)].map((m) => m[1]).join('\n');
  if (quotes) {
    // A quote is read under its headings: the steps of "Thủ tục … trợ cấp khó khăn ban đầu" speak of that allowance.
    // Not under the text's name or its notes ("KH Quảng Nam 2024", "đã hết thời gian thực hiện"), which any quote has.
    const said = quotedPairs(`${quotes}\n${r.citations.map(headingsOf).join('\n')}`);
    return wordPairs(question).some((pair) => said.has(pair));
  }
  const known = squeezed(caseReply);
  return listed.some((m) => !known.includes(squeezed(m[1])));
}

/** How the pipeline's reply to one way of putting the question serves the person who reported. */
type Outcome = { kind: 'answer'; result: AskResult } | { kind: 'said' | 'unsure' | 'not covered' };

function outcomeOf(r: AskResult, question: string, caseReply: string): Outcome {
  if (r.kind === 'abstain') return { kind: 'not covered' };
  if (r.kind !== 'answer' || r.text.startsWith(UNSURE_INTRO)) return { kind: 'unsure' };
  if (addsToCaseReply(r, question, caseReply)) return { kind: 'answer', result: r };
  // Lines or passages the case reply already gives answer the question; quotes on another matter do not.
  return r.chosenForAsk || !HAS_QUOTE.test(r.text) ? { kind: 'said' } : { kind: 'unsure' };
}

/** The line that takes up a question the documents do not answer, or nothing when the case reply already does. */
function unansweredLine(outcomes: Outcome[]): string | undefined {
  if (outcomes.some((o) => o.kind === 'said')) return undefined;
  return outcomes.every((o) => o.kind === 'not covered') ? vi.reportQuestionNotCovered() : vi.reportQuestionUnsure();
}

/**
 * The documents' answer to the question a report also asks, ready to follow the case reply; undefined when the
 * message asks nothing or the case reply already answers it. The question is put to the pipeline the narrowest
 * way first (see `questionsOf`), and the first confident answer that tells the person something new is taken;
 * when none is, a line says that the documents do not answer it and the officer will advise.
 */
export async function answerInReport(text: string, province: string | null, caseReply: string, ask: AskFn): Promise<AskResult | undefined> {
  const outcomes: Outcome[] = [];
  for (const { put, words } of waysToAsk(text)) {
    const outcome = outcomeOf(await ask(put, { province, intent: 'question' }), words, caseReply);
    if (outcome.kind === 'answer') return { ...outcome.result, text: `${vi.reportQuestionAnswer()}\n${outcome.result.text}` };
    outcomes.push(outcome);
  }
  const line = outcomes.length ? unansweredLine(outcomes) : undefined;
  return line === undefined ? undefined : { kind: 'abstain', text: line, citations: [] };
}

/**
 * The replies to a new case, with the documents' answer to what the report also asks placed right after the
 * citizen's case reply (its hotlines and safety advice stay first) and kept in the case record, so the officer
 * sees what the person was told. A case that could not be stored gets its hotlines only.
 */
export async function withReportAnswer(
  ctx: ConversationContext,
  msg: IncomingMessage,
  ref: string,
  text: string,
  out: OutgoingMessage[],
  ask: AskFn,
): Promise<OutgoingMessage[]> {
  const at = out.findIndex((m) => m.to.channel === msg.channel && m.to.chatId === msg.chatId);
  const caseId = out[at]?.caseId;
  if (caseId === undefined) return out;
  let asked: AskResult | undefined;
  try {
    asked = await answerInReport(text, ctx.safeProvince(ref) ?? null, out[at].text, ask);
  } catch (err) {
    ctx.deps.logger.error({ err, caseId }, "answering a report's question failed");
    return out;
  }
  if (!asked) return out;
  try {
    ctx.deps.store.addMessage(caseId, { direction: 'bot', text: asked.text, at: ctx.clock() });
  } catch (err) {
    ctx.deps.logger.error({ err, caseId }, "storing a report's answer failed");
  }
  const answer = ctx.reply(msg, 'answer', asked.text, {
    caseId,
    citations: asked.citations,
    ...(asked.buttons ? { buttons: asked.buttons } : {}),
  });
  return [...out.slice(0, at + 1), answer, ...out.slice(at + 1)];
}
