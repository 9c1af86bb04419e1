// "Nạn nhân người nước ngoài chưa được giải cứu thì cơ quan tiếp nhận phải báo ngay cho đơn vị nào", "biên phòng giải
// cứu được nạn nhân thì chuyển cho ai": what a body that receives information or a victim must pass on, and to whom,
// is a rule the regulations state in one sentence ("… có trách nhiệm báo ngay cho …", "… chuyển ngay người đó đến …").
// The answer quotes the sentence whose case (its words and the heading it stands under) is closest to the question's,
// rather than the phone directory or the nearest passage, which may be the same duty for another case. Besides the
// regulations, the plan of the province asked about states such duties for its own bodies ("… thì thông tin ngay cho
// cơ quan Công an tỉnh …").
import { docsById } from '../../knowledge/load.js';
import { foldedWords, markedWords } from '../../knowledge/text.js';
import { statesTodaysRules } from '../../knowledge/validity.js';
import { asksRulesOfToday } from '../updates/changes.js';
import { asksOlderText, namedTexts } from '../../retrieval/named-text.js';
import { replacedTexts } from '../../retrieval/today-law.js';
import { answerTypes, carries } from '../../retrieval/question-type.js';
import { splitSentences } from '../../retrieval/text.js';
import { NOT_REPORTING } from '../contacts-answer.js';
import type { Corpus } from '../../knowledge/types.js';
import { CLAUSE_NUMBER, planSentences, quotedAnswer, regulationSentences, type QuotedSentence } from '../report-place.js';
import type { AnswerResult } from '../types.js';
import { inForeignVictimArticle } from './situations.js';

// Passing information on ("báo ngay cho", "thông báo với", "chuyển tin", "gửi văn bản … về") or handing a person over
// ("chuyển ngay người đó đến", "bàn giao nạn nhân cho", "đưa ngay … đến").
// "Thông tin ngay cho" is the verb of passing information on; "thông tin" alone is mostly the noun.
const INFORMS = '(bao ngay|thong bao( ngay)?|chuyen (tin|thong tin)|thong tin ngay)';
const HANDS_OVER = '(chuyen ngay|chuyen giao|ban giao|dua ngay|chuyen)';
const INFORM_DUTY = new RegExp(` ${INFORMS} (cho|voi|ve|den) `);
const HANDOVER_DUTY = new RegExp(` ${HANDS_OVER} (\\w+ ){0,12}(cho|den|ve) `);
// The question asks whom (or where) the body passes it on to.
const WHOM = '(ai|dau|co quan nao|don vi nao|noi nao|cap nao|ben nao|phong nao)';
const ASKS_INFORM = new RegExp(
  ` (bao(?! ${NOT_REPORTING}\\b)|${INFORMS}|thong tin(?= (ngay )?cho))( ngay)?( \\w+){0,3} (cho|voi|ve|den|toi)? ?${WHOM} `,
);
// "báo cho Bộ Y tế hay Sở Y tế": which of two bodies is asked.
const ASKS_INFORM_WHICH = new RegExp(` (bao(?! ${NOT_REPORTING}\\b)|${INFORMS})( ngay)? (cho|voi) (\\w+ ){1,6}hay (\\w+ ){1,6}`);
// "giao cô ấy cho ai" hands a person over; "được giao cho ai" asks who is assigned a task, unless it follows a step
// of the person's way ("báo ở đồn biên phòng thì sau đó được giao cho cơ quan nào"): then the person is handed on.
const ASKS_HANDOVER = new RegExp(` (${HANDS_OVER}|(?<!duoc )giao)( \\w+){0,3} (cho|den|ve|toi) ${WHOM} `);
/** Whom a person is handed on to, asked ("được giao cho cơ quan nào", "bị chuyển đi đâu"), folded. */
export const ASKS_HANDED_ON = new RegExp(` (duoc|bi) (${HANDS_OVER}|giao|dua)( \\w+){0,3}( (cho|den|ve|toi|sang))? ${WHOM} `);
// The person may be named between ("thì sau đó em ấy sẽ được giao cho …").
const HANDED_ON_NEXT = new RegExp(` thi (sau do|roi|tiep theo|ke tiep) (\\w+ ){0,2}?(se )?${ASKS_HANDED_ON.source.slice(1)}`);
// "Người nước ngoài" is a victim's nationality; "ở / từ nước ngoài" is where a Vietnamese victim is or comes back from.
const FOREIGN_NATIONAL = / (nguoi|quoc tich) nuoc ngoai /;
const ABROAD = / (o|tu|dang o) nuoc ngoai /;
/** Below this many shared word pairs, no sentence is taken to be the question's case. */
const MIN_SHARED = 3;

/** What a question asks to be passed on, or undefined when it asks no such thing. */
export function passOnAsked(question: string): 'inform' | 'handover' | undefined {
  const f = foldedWords(question);
  if ((ASKS_HANDOVER.test(f) || HANDED_ON_NEXT.test(f)) && !/ chuyen (tin|thong tin) /.test(f)) return 'handover';
  return ASKS_INFORM.test(f) || ASKS_INFORM_WHICH.test(f) ? 'inform' : undefined;
}

// A body named as the one passing it on ("cơ quan tiếp nhận tin phải báo cho…", "xã thông báo cho…", "đồn sẽ giao…",
// "Cục Quản lý xuất nhập cảnh phải thông báo cho…"); "địa phương" is a place, not a ward. A department ("cục") or an
// office named in full ("Sở Lao động - Thương binh và Xã hội") is one body however many words its name has; folded,
// a bare "sở" is also "số", "phòng" also "phòng, chống" and "cục" also "cực" ("cực kỳ", "tích cực"), so those count
// only with their names.
const BODIES = `(cuc|co quan) quan ly xuat nhap canh|cuc (quan ly|canh sat|lanh su|bao tro)|(so|phong) (lao dong thuong binh va xa hoi|ldtbxh|y te)|co quan|don vi|uy ban|ubnd|xa|(?<!dia )phuong|cong an|bien phong|don|trung tam|canh sat bien`;
const PASSES = `(${INFORMS}|bao|chuyen|ban giao|giao|dua)`;
// A person named between the body and the verb is the one acting ("nhà tôi ở xã, tôi phải báo cho ai").
const PERSON = '(toi|tui|tao|em|minh|chi|anh|chung toi|chung em)';
const BETWEEN = `( (?!${PERSON} )\\w+){0,4}`;
// Right after the body's name, a person says whose body it is ("xã tôi", "công an xã chúng tôi"): that body acts.
const OWNER = `( ${PERSON})?`;
const BODY_PASSES = new RegExp(` (${BODIES})${OWNER}${BETWEEN} (phai |co trach nhiem |se |can )?${PASSES} `);
// The body bound to pass it on ("xã phải báo cho …", "Cục … có trách nhiệm thông báo …"); "bên công an thì báo ở đâu"
// asks where a person reports, with no duty of the police in it.
const BODY_BOUND = new RegExp(` (${BODIES})${OWNER}${BETWEEN} (phai|co trach nhiem|se|can) ${PASSES} `);
// A body of any level, whose name alone tells none of the documents' duties apart ("đơn vị" never gets here: NOT_A_BODY).
const ANY_BODY = new Set(['co quan']);

// Folded words that read as a body's name and are not one: "xã hội" (social, as in "Lao động - Thương binh và Xã
// hội") is no commune, "đơn vị" (a unit) no post ("đồn"), "phương án" (a plan) no ward.
const NOT_A_BODY = / (xa hoi|don vi|phuong (an|tien|thuc)) /g;
// A body's word after where a person is, goes or comes from ("nhà tôi ở xã", "con tôi đi làm xa", "em từ xã …"), or
// after a message it sent ("thông báo của xã"), names a place or an owner, not the body acting; "cán bộ ở xã",
// "trách nhiệm của xã" name the body.
const PLACE_OF = new Set(['o', 'di', 'lam', 'tu']);
const PEOPLE = new Set(['toi', 'tui', 'em', 'minh', 'nha', 'chi', 'anh', 'ho', 'con', 'chau']);
const SENT = new Set(['bao', 'tin', 'don', 'ban', 'so', 'cao', 'kien', 'nghi']);
const PLACE_BEFORE = 3;

/** Whether the folded word at i stands as a place or an owner (PLACE_OF, SENT) rather than as the body acting. */
function asPlaceOrOwner(folded: string[], i: number): boolean {
  const before = folded[i - 1] ?? '';
  if (before === 'cua') return SENT.has(folded[i - 2] ?? '');
  return PLACE_OF.has(before) && folded.slice(Math.max(0, i - 1 - PLACE_BEFORE), i - 1).some((w) => PEOPLE.has(w));
}
// In a question typed with diacritics, "xa" (far) is no "xã" and "cuc" (as in "cực kỳ") no "cục".
const MARKED_BODY: Record<string, string> = { xa: 'xã', cuc: 'cục' };

/**
 * The question's words, folded, as read for the body acting: "xa" in a question typed with diacritics (not "xã"),
 * "cuc" (not "cục") or a word after a word of place or owner is blanked out.
 */
function bodyReading(question: string): string {
  const marked = markedWords(question).trim().split(' ');
  const folded = marked.map((w) => foldedWords(w).trim());
  const hasMarks = !typedWithoutDiacritics(question);
  const words = folded.map((f, i) => {
    const unmarked = hasMarks && MARKED_BODY[f] !== undefined && marked[i] !== MARKED_BODY[f];
    return unmarked || asPlaceOrOwner(folded, i) ? '_' : f;
  });
  return ` ${words.join(' ')} `;
}

/**
 * The body the question names as bound to pass it on ("xa", "trung tam", "cuc quan ly xuat nhap canh"), folded, or
 * undefined; "Trung tâm Bảo trợ xã hội tỉnh phải thông báo" is the centre's duty, not a commune's.
 */
function actingBody(question: string): string | undefined {
  const body = BODY_BOUND.exec(bodyReading(question).replaceAll(NOT_A_BODY, '  '))?.[1]?.replace(/^ubnd$/, 'uy ban');
  return body && !ANY_BODY.has(body) ? body : undefined;
}

// A body the person came to, named before "thì sau đó được giao cho …" ("tới báo ở đồn biên phòng thì sau đó …").
// Folded, a bare "đồn" is also "đơn" or "đón", and "xã" is "xa": only the bodies' longer names count.
const BODY_NAMED = / (co quan|uy ban|ubnd|cong an|bien phong|don bien phong|trung tam|canh sat bien|co so bao tro|co so ho tro) /;

/**
 * The question asks what a body must pass on and to whom, the body being the one acting: a procedure of the
 * documents, not a person abroad asking where to get help.
 */
export function bodyPassesOn(question: string): boolean {
  const f = foldedWords(question);
  if (passOnAsked(question) === undefined) return false;
  const handedOn = HANDED_ON_NEXT.exec(f);
  return BODY_PASSES.test(bodyReading(question)) || (handedOn !== null && BODY_NAMED.test(f.slice(0, handedOn.index + 1)));
}

// Word pairs of a text, with its diacritics ("báo về" is not "bảo vệ") or folded, for a question typed without them.
const wordsOf = (text: string, folded: boolean): string[] => (folded ? foldedWords(text) : markedWords(text)).trim().split(' ');
const pairsOf = (text: string, folded: boolean): Set<string> => {
  const w = wordsOf(text, folded);
  return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
};
const typedWithoutDiacritics = (text: string): boolean => foldedWords(text).trim() === wordsOf(text, false).join(' ');

/** The sentence's case: what it says and the headings it stands under. */
const caseOf = (s: QuotedSentence): string => `${(s.path ?? s.section.path).join(' ')} ${s.quote}`;

/** The text of the clauses a section stands under ("1. Cơ quan đại diện … thực hiện các công việc sau:"), folded. */
function leadsOf(corpus: Corpus, s: QuotedSentence): string {
  const path = s.section.path;
  const above = corpus.sections.filter(
    (x) => x.docId === s.section.docId && x.path.length < path.length && x.path.every((h, i) => h === path[i]),
  );
  return above.map((x) => foldedWords(x.text)).join(' ');
}

// The ways a victim comes to a body that the documents set apart, each with its own duties: back from abroad on their
// own ("từ nước ngoài tự trở về"), not rescued yet ("Trường hợp nạn nhân chưa được giải cứu"), or rescued ("nạn nhân
// được giải cứu", "cơ quan giải cứu", "nơi giải cứu"). "Tự trở về nơi cư trú" is going home from the border gate, not
// coming back alone.
type CaseName = 'selfReturn' | 'notRescued' | 'rescued';
const STATED_CASES: Record<CaseName, RegExp> = {
  selfReturn: / tu tro ve (?!(noi|dia phuong|que))/,
  notRescued: / chua duoc giai cuu /,
  rescued: / ((?<!chua )(duoc|da)|noi|co quan) giai cuu /,
};
// As asked: "tự về", "tự trốn về", "trốn được về", "chạy về"; typed without diacritics "tu" is also "từ" (from), so
// only "tu ve" and "tu tro ve" are read as coming back alone.
const ASKED_CASES: Record<CaseName, { marked: RegExp; folded: RegExp }> = {
  selfReturn: {
    marked: /(?<![\p{L}])(tự|trốn|thoát|chạy)(\s+\p{L}+){0,2}?\s+(trở\s+)?về(?![\p{L}])/iu,
    folded: / (tu (tro )?ve|(tron|thoat|chay)( \w+){0,2} ve) /,
  },
  notRescued: { marked: /(?<![\p{L}])chưa\s+(được\s+)?(giải\s+)?cứu(?![\p{L}])/iu, folded: / chua (duoc )?(giai )?cuu / },
  // "được bộ đội biên phòng giải cứu", "đã giải cứu", "giải cứu được nạn nhân"; not "chưa được giải cứu", nor a
  // rescue still wanted ("cần được giải cứu", "chờ được giải cứu", "đề nghị được giải cứu").
  rescued: {
    marked:
      /(?<![\p{L}])((?<!(chưa|cần|chờ|mong|muốn|nghị)\s+)(được|đã)(\s+\p{L}+){0,4}?\s+giải\s+cứu|giải\s+cứu(\s+\p{L}+){0,2}?\s+(được|xong))(?![\p{L}])/iu,
    folded: / ((?<!(chua|can|cho|mong|muon|nghi) )(duoc|da)( \w+){0,4} giai cuu|giai cuu( \w+){0,2} (duoc|xong)) /,
  },
};

/** The cases the question names, in its words. */
function casesAsked(question: string, folded: boolean): CaseName[] {
  const f = foldedWords(question);
  const text = question.normalize('NFC');
  return (Object.keys(ASKED_CASES) as CaseName[]).filter((n) =>
    folded ? ASKED_CASES[n].folded.test(f) : ASKED_CASES[n].marked.test(text),
  );
}

// Vietnam's representative mission abroad as the body a clause addresses (named in the clause or the one it stands
// under), or the host country's authorities as whom it informs: a duty of the mission, not of a body at home.
const MISSION = / co quan dai dien (ngoai giao |lanh su |viet nam )?(o nuoc ngoai|viet nam)| nuoc so tai /;
// The question speaks of the mission ("Đại sứ quán nhận được tin…", "cơ quan đại diện ở nước ngoài", "lãnh sự quán").
const MISSION_ASKED = / (dai su quan|lanh su|co quan dai dien|co quan viet nam o nuoc ngoai|nuoc so tai) /;

/** One sentence stating a duty, with what tells its case apart. */
interface DutyCase {
  s: QuotedSentence;
  pairs: Set<string>;
  abroad: boolean;
  cases: CaseName[];
  /** The clause is the mission's duty abroad. */
  mission: boolean;
  /** The clause stands in the article written for a foreign national trafficked here. */
  foreign: boolean;
  /** Who acts, folded: the clause's own heading and the sentence up to the duty ("Ủy ban nhân dân cấp xã có trách nhiệm"). */
  actor: string;
}

/** Who acts in a duty's sentence, folded: its clause's heading, then the sentence up to where the duty is stated. */
function actorOf(s: QuotedSentence, duty: RegExp): string {
  const quote = ` ${foldedWords(s.quote)} `;
  const at = duty.exec(quote)?.index ?? quote.length;
  const actor = ` ${foldedWords((s.path ?? s.section.path).at(-1) ?? '')} ${quote.slice(0, at)} `;
  return actor.replaceAll(NOT_A_BODY, '  ');
}

/** The sentences stating a duty, each with the word pairs of its case, and how rare each pair is among them. */
interface Duties {
  cases: DutyCase[];
  /** log(n / the number of cases holding the pair): a pair every case holds ("nạn nhân") tells none apart. */
  weight: Map<string, number>;
}
const dutiesRead = new WeakMap<Corpus, Map<string, Duties>>();

/** The duties of one kind in the corpus, compared with or without diacritics; read once per corpus (replaced whole on a reload). */
function dutiesOf(corpus: Corpus, kind: 'inform' | 'handover', folded: boolean): Duties {
  let byKind = dutiesRead.get(corpus);
  if (!byKind) dutiesRead.set(corpus, (byKind = new Map()));
  const key = `${kind}${folded ? ' folded' : ''}`;
  const known = byKind.get(key);
  if (known) return known;
  const pattern = kind === 'inform' ? INFORM_DUTY : HANDOVER_DUTY;
  const cases = [...regulationSentences(corpus, pattern), ...planSentences(corpus, pattern)].map((s) => {
    const context = ` ${foldedWords(caseOf(s))} `;
    return {
      s,
      pairs: pairsOf(caseOf(s), folded),
      abroad: ABROAD.test(context),
      cases: (Object.keys(STATED_CASES) as CaseName[]).filter((n) => STATED_CASES[n].test(context)),
      mission: MISSION.test(` ${context} ${leadsOf(corpus, s)} `),
      foreign: inForeignVictimArticle(corpus, s.section),
      actor: actorOf(s, pattern),
    };
  });
  const held = new Map<string, number>();
  for (const c of cases) for (const p of c.pairs) held.set(p, (held.get(p) ?? 0) + 1);
  const weight = new Map([...held].map(([p, n]) => [p, Math.log((cases.length + 1) / n)]));
  const duties = { cases, weight };
  byKind.set(key, duties);
  return duties;
}

/**
 * The duties that may answer the question: the regulations' and the plan of the province asked about; a foreign
 * national's case is not one abroad; then, while some of them share enough with the question, only those stating the
 * case it names, only those of a body at home unless it speaks of the mission abroad, and for a foreign national
 * only those of the article written for them.
 */
function dutiesFor(
  question: string,
  province: string | null | undefined,
  duties: Duties,
  asked: Set<string>,
  folded: boolean,
): { pool: DutyCase[]; named: CaseName[]; actor?: string } {
  const f = foldedWords(question);
  const foreigner = FOREIGN_NATIONAL.test(f);
  let pool = duties.cases.filter(
    (c) => (c.s.doc.kind !== 'plan' || (province && c.s.doc.province === province)) && !(foreigner && c.abroad),
  );
  const named = casesAsked(question, folded);
  const actor = actingBody(question);
  const narrowed = [
    (c: DutyCase) => named.every((n) => c.cases.includes(n)),
    (c: DutyCase) => MISSION_ASKED.test(f) || !c.mission,
    (c: DutyCase) => !foreigner || c.foreign,
    (c: DutyCase) => actsAs(c, actor),
  ];
  for (const keep of narrowed) {
    const kept = pool.filter(keep);
    if (closestCase(kept, asked, duties.weight, named, actor)) pool = kept;
  }
  return { pool, named, actor };
}

/** The duty is the acting body's the question names ("xã phải báo cho ai": the commune's), or none is named. */
const actsAs = (c: DutyCase, actor: string | undefined): boolean => !actor || c.actor.includes(` ${actor} `);

/**
 * The sentence stating the duty the question asks about, for the case closest to the question's (the rarest word
 * pairs shared), the text in force first between equals; undefined when none shares enough.
 */
export function passOnRule(question: string, corpus: Corpus, province?: string | null): QuotedSentence | undefined {
  const kind = passOnAsked(question);
  if (!kind) return undefined;
  const folded = typedWithoutDiacritics(question);
  const asked = pairsOf(question, folded);
  const duties = dutiesOf(corpus, kind, folded);
  const { pool: all, named, actor } = dutiesFor(question, province, duties, asked, folded);
  const pool = ofNamedTexts(question, corpus, all);
  const any = closestCase(pool, asked, duties.weight, named, actor);
  if (!any || asksOlderText(question, corpus.docs, statesTodaysRules)) return any?.s;
  // The texts in force state today's rule: theirs leads when it has the case, asked for today's rule ("theo luật
  // mới", "hiện nay") or nearly as close as an older text's sentence.
  const today = closestCase(
    pool.filter((c) => statesTodaysRules(c.s.doc)),
    asked,
    duties.weight,
    named,
    actor,
  );
  return today && (asksRulesOfToday(question) || today.rank >= TODAY_SHARE * any.rank) ? today.s : any.s;
}
/**
 * The cases in the texts the question names ("theo luật 2011", "luật cũ"), when those texts have any: a text that
 * implements it states the same duty in other words, but what that text says is what is asked.
 */
function ofNamedTexts(question: string, corpus: Corpus, cases: DutyCase[]): DutyCase[] {
  const named = namedTexts(question, docsById(corpus), replacedTexts(corpus));
  const inNamed = cases.filter((c) => named.has(c.s.doc.id));
  return inNamed.length ? inNamed : cases;
}

/** Today's rule leads with at least this share of the word pairs the closest older case shares. */
const TODAY_SHARE = 0.6;

/** What the acting body the question names counts for, in word pairs: "xã" stands for "Ủy ban nhân dân cấp xã". */
const ACTOR_SHARE = 2;

/**
 * The sentence whose case shares the most (and then the rarest) word pairs with the question, at least MIN_SHARED; a
 * case the question names and the sentence states counts as one pair shared, however the question words it, and the
 * acting body it names, when the sentence's, as ACTOR_SHARE.
 */
function closestCase(
  cases: DutyCase[],
  asked: Set<string>,
  weight: Duties['weight'],
  named: CaseName[],
  actor?: string,
): { s: QuotedSentence; rank: number } | undefined {
  let best: { s: QuotedSentence; rank: number } | undefined;
  for (const c of cases) {
    let shared = c.cases.filter((n) => named.includes(n)).length + (actor && actsAs(c, actor) ? ACTOR_SHARE : 0);
    let score = 0;
    for (const p of asked) {
      if (!c.pairs.has(p)) continue;
      shared++;
      score += weight.get(p) ?? 0;
    }
    // Most pairs shared first; between equals, the rarer pairs.
    const rank = shared + score / 100;
    if (shared >= MIN_SHARED && rank > (best?.rank ?? 0)) best = { s: c.s, rank };
  }
  return best;
}

// A length of time ("03 ngày", "05 (năm) ngày làm việc"), not "ngay" (at once) nor a date.
const LENGTH_OF_TIME = /\d+\s*(\([^)]{1,20}\)\s*)?(ngày|tháng|giờ|tuần)/u;
const ARTICLE = /^Điều \d+/u;

/**
 * Asked also within how long ("báo cho cơ quan nào và thời hạn xác minh là bao lâu"), the first sentence of the duty's
 * article stating a length of time, when the duty's own sentence states none ("… thông báo ngay …").
 */
export function timeLimitOf(question: string, rule: QuotedSentence, corpus: Corpus): QuotedSentence | undefined {
  if (!answerTypes(question).includes('time') || LENGTH_OF_TIME.test(rule.quote)) return undefined;
  const article = rule.section.path.find((h) => ARTICLE.test(h));
  if (!article) return undefined;
  for (const section of corpus.sections) {
    if (section.docId !== rule.doc.id || !section.path.includes(article)) continue;
    const stated = splitSentences(section.text).find((x) => LENGTH_OF_TIME.test(x));
    if (stated) return { doc: rule.doc, section, quote: stated.replace(CLAUSE_NUMBER, '') };
  }
  return undefined;
}

// The body a duty's sentence passes it on to follows its verb: information ("thông báo cho", "báo ngay cho", "thông
// tin ngay cho") or a person ("bàn giao nạn nhân cho", "chuyển ngay người đó đến"), a few words between; "Nơi nhận
// người" only when those words name the person ("chuyển hồ sơ cho" hands over papers).
const PASSED_TO = [
  {
    lead: 'Cơ quan được báo',
    verb: /(?<!\p{L})(báo ngay|thông báo(\s+ngay)?|chuyển\s+(tin|thông tin)|thông tin ngay)\s+(cho|với|về|đến)\s+/iu,
    person: false,
  },
  {
    lead: 'Nơi nhận người',
    verb: /(?<!\p{L})(chuyển ngay|chuyển giao|bàn giao|đưa ngay|chuyển)(\s+\p{L}+){0,4}?\s+(cho|đến|về)\s+/iu,
    person: true,
  },
];
const PERSON_HANDED = /(?<!\p{L})(nạn nhân|người|trẻ em|họ|cháu|em)(?!\p{L})/iu;
// Where the body's name ends: before what it is passed on for ("để xác minh"), by when ("chậm nhất", "trong thời
// hạn"), "biết", or the clause's end; a comma may list more bodies ("Công an tỉnh và Bộ Chỉ huy …, Cảnh sát biển").
const PASSED_TO_END = /\s+(để|chậm nhất|trong thời hạn|biết|về việc|theo|trước khi)(?!\p{L})|\s*[;.:(]/u;
// What a body does next ("… và phối hợp chuyển tuyến …"): the name ends before "và" or a comma leading to it; the
// verb anywhere else in the words read as the name ("…, Phòng Lao động … phối hợp với …") starts another clause
// whose subject cannot be told from the name, so no name is read.
const NEXT_STEP = /(?<!\p{L})(phối hợp|thực hiện|chuyển|bố trí|hướng dẫn|xác định|giải quyết|báo cáo|có trách nhiệm|gửi|đưa)(?!\p{L})/iu;
const BEFORE_NEXT_STEP = /(\s+và|\s*,)\s+$/u;
// "Thông báo về tình hình … cho Sở …": after "về", what is reported comes first and the body after "cho".
const TO_AFTER_ABOUT = /(?<!\p{L})cho\s+/iu;

/** The words after a duty's verb that name whom it goes to, cut where the name ends; undefined when unsure. */
function nameAfter(rest: string): string | undefined {
  const end = PASSED_TO_END.exec(rest);
  const name = end ? rest.slice(0, end.index) : rest;
  const next = NEXT_STEP.exec(name);
  if (!next) return name.trim();
  const before = BEFORE_NEXT_STEP.exec(name.slice(0, next.index));
  return before ? name.slice(0, before.index).trim() : undefined;
}

/**
 * The body the duty's sentence passes it on to, with what it is called ("Cơ quan được báo", "Nơi nhận người"); undefined
 * when the words there name no agency ("thông báo cho người thân thích") or where its name ends is unclear.
 */
export function passedTo(quote: string): { lead: string; body: string } | undefined {
  const found = PASSED_TO.map(({ lead, verb, person }) => ({ lead, person, m: verb.exec(quote) }))
    .filter((x) => x.m !== null)
    .sort((a, b) => (a.m?.index ?? 0) - (b.m?.index ?? 0))[0];
  if (!found?.m || (found.person && !PERSON_HANDED.test(found.m[0]))) return undefined;
  let rest = quote.slice(found.m.index + found.m[0].length);
  if (/về\s+$/iu.test(found.m[0])) {
    const to = TO_AFTER_ABOUT.exec(rest.slice(0, PASSED_TO_END.exec(rest)?.index ?? rest.length));
    if (to) rest = rest.slice(to.index + to[0].length);
  }
  const body = nameAfter(rest);
  return body && carries('agency', ` ${body} `) ? { lead: found.lead, body } : undefined;
}

// Words of a body's name that tell no body apart ("cơ quan chuyên môn về y tế cấp tỉnh" is told by "y tế").
const GENERIC_NAME = new Set([
  'co',
  'quan',
  'chuyen',
  'mon',
  've',
  'cap',
  'tinh',
  'huyen',
  'xa',
  'trung',
  'uong',
  'noi',
  'va',
  'hoac',
  'cua',
]);

/** The question names the body before what it asks ("Sở Y tế … phải báo cho cơ quan nào"): the asker, not whom it goes to. */
function namesAsker(question: string, body: string): boolean {
  const f = foldedWords(question);
  const asked = ASKS_INFORM.exec(f) ?? ASKS_HANDOVER.exec(f) ?? HANDED_ON_NEXT.exec(f);
  const before = f.slice(0, (asked?.index ?? f.length) + 1);
  const told = foldedWords(body)
    .trim()
    .split(' ')
    .filter((w) => !GENERIC_NAME.has(w));
  return told.length > 0 && told.every((w) => before.includes(` ${w} `));
}

/**
 * The lead naming whom the duty passes it on to, when it answers the question: not when the duty is another body's
 * than the acting one the question names, nor when it names the acting body or the asker itself.
 */
function leadFor(question: string, rule: QuotedSentence): string | undefined {
  const to = passedTo(rule.quote);
  if (!to) return undefined;
  const actor = actingBody(question);
  const kind = passOnAsked(question);
  const duty = kind === 'handover' ? HANDOVER_DUTY : INFORM_DUTY;
  if (actor && !actorOf(rule, duty).includes(` ${actor} `)) return undefined;
  if ((actor && foldedWords(to.body).includes(` ${actor} `)) || namesAsker(question, to.body)) return undefined;
  return `${to.lead}: ${to.body.charAt(0).toUpperCase()}${to.body.slice(1)}.`;
}

/**
 * The duty's sentence (then its time limit, when asked) as an answer with its source, led by the body it is passed on
 * to, so the reader sees first whom it goes to. It answers a body about its procedure, so no emergency lines are
 * added: nobody asked for help.
 */
export function passOnAnswer(question: string, rule: QuotedSentence, limit?: QuotedSentence): AnswerResult {
  const lead = leadFor(question, rule);
  return quotedAnswer([{ ...(lead ? { lead } : {}), sentences: limit ? [rule, limit] : [rule] }]);
}
