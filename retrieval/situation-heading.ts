// A question that first sets out a situation ("Có người tới xã khai mình bị bán thì xã phải làm gì", "Đồn phải làm
// gì khi nạn nhân tự về trình báo") is answered by the article written for that situation: the documents title their
// procedures by it ("Tiếp nhận, xác minh người đến trình báo", "… nạn nhân tự đến trình báo"). People describe the
// situation in their own words, so its headings are found through the documents' terms for those words (the
// thesaurus), not through the words themselves, which rank an actor's general duties ("Ủy ban nhân dân cấp xã còn
// có trách nhiệm") as high. Terms that many headings hold ("nạn nhân", "mua bán người") name no situation.
import { foldedWords } from '../knowledge/text.js';
import type { QueryExpander } from './expand.js';
import { isStopword } from './text.js';

/**
 * Where a question's setting ends or begins: "… thì <ask>", "<ask> khi …", "<ask> nếu …", or a comma or full stop
 * people type instead of "thì" ("Có người đến xã nói mình bị bán, xã phải làm gì").
 */
const SETTING_BREAK = /\s(?:thì|thi|khi|nếu|neu|lúc|luc)\s|\s*[,;.]\s+/iu;
/** A clause that asks: a question word. */
const ASKS = / (gi|nao|sao|the nao|ra sao|bao gio) /;
/**
 * An ask of what to do and nothing more ("phải làm những gì", "xử lý thế nào", "những bước nào", "có trách nhiệm
 * gì"): the situation is all the question says of its topic. An ask with a topic of its own ("được hỗ trợ những gì")
 * is answered by the article on that topic, whatever the situation.
 */
const ASKS_WHAT_TO_DO =
  / (?:(?:lam|xu ly|giai quyet|thuc hien) (?:nhung |cac )?(?:viec |buoc )?(?:gi|nao|the nao|ra sao|sao)|(?:nhung|cac) buoc nao|(?:trach nhiem|nhiem vu) (?:gi|nao)) /;
/** Who acts, folded: an agency or official as people name them in a question ("ủy ban xã", "công an", "đồn", "cán bộ"). */
const ACTOR =
  / (?:ubnd|uy ban(?: nhan dan)?|cong an|bo doi(?: bien phong)?|bien phong|don(?: bien phong)?|canh sat(?: bien)?|hoi(?: lien hiep)? phu nu|trung tam|co so|so|phong|mat tran(?: to quoc)?|can bo|chinh quyen|co quan)(?= )/g;
/** Words of an ask that name who acts or who asks, not what is asked of them ("thì xã phải làm gì", "bên mình giờ"). */
const ACTOR_WORDS = new Set(['xa', 'phuong', 'huyen', 'tinh', 'cap', 'ben', 'bon', 'gio', 'vay', 'nay', 'hoac', 'cu', 'the']);
/** Function words typed either way that the folded stopword list leaves out as ambiguous ("có" / "cỏ"). */
const FOLDED_FILLERS = new Set(['co', 'da', 'bi', 'lam', 'duoc', 'can', 'nen', 'se', 'thi', 'ma']);

/** True for an ask of what to do whose other words only name who acts ("thì xã phải làm những gì"). */
function asksOnlyWhatToDo(clause: string): boolean {
  const folded = foldedWords(clause);
  const m = ASKS_WHAT_TO_DO.exec(folded);
  if (!m) return false;
  const rest = ` ${folded.slice(0, m.index)} ${folded.slice(m.index + m[0].length)} `.replace(ACTOR, ' ');
  return rest.split(' ').every((t) => !t || isStopword(t) || ACTOR_WORDS.has(t) || FOLDED_FILLERS.has(t));
}
/** A term more than this share of the units' headings hold names no situation. */
const COMMON_SHARE = 0.05;

/** Multiplier per unit for a question that sets out a situation its headings name; undefined for any other. */
export type SituationHeadings = (question: string) => ((i: number) => number) | undefined;

/**
 * The clauses of a question that set out its situation (those without a question word), or '' when it has none or
 * when it asks more than what to do.
 */
export function settingOf(question: string): string {
  const clauses = question.split(SETTING_BREAK);
  if (clauses.length < 2) return '';
  const asking = clauses.map((c) => ASKS.test(foldedWords(c)));
  const asks = clauses.filter((_, k) => asking[k]);
  if (!asks.length || !asks.every(asksOnlyWhatToDo)) return '';
  return clauses.filter((_, k) => !asking[k]).join(', ');
}

export function createSituationHeadings(units: { path: string[] }[], expander: QueryExpander, boost: number): SituationHeadings {
  const headings = units.map((u) => foldedWords(u.path.join(' ')));
  const counts = new Map<string, number>();
  const headingCount = (term: string) => {
    let n = counts.get(term);
    if (n === undefined) counts.set(term, (n = headings.filter((h) => h.includes(term)).length));
    return n;
  };
  return (question) => {
    if (boost === 1) return undefined;
    const setting = settingOf(question);
    if (!setting) return undefined;
    const terms = [...new Set(expander.expand(setting).map((p) => foldedWords(p)))].filter(
      (t) => t.trim() && headingCount(t) > 0 && headingCount(t) <= units.length * COMMON_SHARE,
    );
    if (!terms.length) return undefined;
    return (i) => (terms.some((t) => headings[i].includes(t)) ? boost : 1);
  };
}
