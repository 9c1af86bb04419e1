// A clause or plan section headed by an agency ("2. Công an tỉnh", "a) Đồn Biên phòng, Cảnh sát biển thực hiện:",
// "2. Cục Quản lý xuất nhập cảnh trong thời hạn 05 ngày …") says what that agency does. A question about that agency ("Công an tỉnh
// Đồng Nai phải làm gì", "Đồn Biên phòng bàn giao họ cho ai") is answered there, not in a sibling clause on another
// agency's steps that shares more of its words.
import { foldedAsMeant, foldedWords } from '../knowledge/text.js';
import type { QueryExpander } from './expand.js';
import { actorNames } from './title-topic.js';

/**
 * Syllables of a heading's agency name a question must repeat: enough to tell `cong an tinh` from `cong an cap xa`,
 * and no more, since a heading runs on after the name ("Công an cấp huyện nơi người khai …").
 */
const NAME_SYLLABLES = 4;
/**
 * An agency heading more units than this (the provincial department that every plan and decree tasks) says little
 * about which of them answers: it is not used.
 */
const MAX_HEADED_UNITS = 10;
/** How much of a unit's text is read for the subject it opens with. */
const OPENING_CHARS = 300;

// What a heading opens with before the agency: its marker ("2.", "a)", "Điều 42."), "Trách nhiệm của", "Đề nghị", "Giao".
const HEADING_LEAD =
  /^(?:Điều\s+\d+[a-z]?\.?|\d{1,2}\.|[a-zđ]\)|[IVX]+\.)?\s*(?:(?:Trách nhiệm|Nhiệm vụ)(?:\s+của)?\s+|Đề nghị\s+|Giao\s+)?/iu;

// A time limit or a condition before the subject: "Trong thời hạn 03 ngày, kể từ khi …, Cục Lãnh sự …", "Khi …, X …".
const OPENING_CLAUSE = /^(?:Trong thời hạn|Ngay sau khi|Sau khi|Khi|Trường hợp|Đối với|Kể từ|kể từ)[^,;:]*,\s*/u;

/**
 * The agency a heading is about, folded and cut to NAME_SYLLABLES: the one it opens with ("a) Đồn Biên phòng, Cảnh
 * sát biển thực hiện:" → `don bien phong`), not one it names in passing ("d) … kể từ khi nhận được văn bản của Cục …").
 */
export function headingActor(heading: string): string | undefined {
  let rest = heading.replace(HEADING_LEAD, '');
  for (let next = rest.replace(OPENING_CLAUSE, ''); next !== rest; next = rest.replace(OPENING_CLAUSE, '')) rest = next;
  const [name] = actorNames(rest);
  if (!name || !foldedWords(rest).startsWith(` ${name} `)) return undefined;
  return name.split(' ').slice(0, NAME_SYLLABLES).join(' ');
}

// "cơ sở y tế", "cơ sở giáo dục" (the `co` before a `so …` name) are facilities of a field, not its department ("Sở Y tế").
// Typed with diacritics, "có Sở Y tế" (has) is told apart from "cơ": the question is read with "có" left out.
const FACILITY = ['cơ'];
// Words before an agency that make it the one written or sent to ("báo cáo Cục …", "gửi Sở …"), or the partner of the
// one acting ("Công an phối hợp gia đình …", "… cùng Đoàn Thanh niên"), not the one acting.
const TO_WORDS = / (gui|bao cao|cho|den|toi|voi|len|phoi hop|phoi hop cung) $/;

// The setting of a question ("khi xã thông báo … thì", "nếu … thì"): an agency named there is not the one asked about.
const SETTING = / (?:khi|neu|sau khi|truong hop) .*? thi /;

/** A folded question without its setting ("khi … thì"), where an agency named is not the one asked about. */
export function withoutSetting(question: string): string {
  return question.replace(SETTING, ' ');
}

/**
 * The question (foldedWords) names the agency as the one acting ("Bộ đội Biên phòng giải cứu … thì phải hỗ trợ gì"),
 * not only in its setting ("khi xã thông báo … thì cơ quan nào tiếp nhận") nor as the one written or sent to.
 */
function namesAsActor(question: string, name: string): boolean {
  const q = withoutSetting(question);
  const at = q.indexOf(` ${name} `);
  return at >= 0 && !TO_WORDS.test(q.slice(0, at + 1)) && !(name.startsWith('so ') && q.slice(0, at + 1).endsWith(' co '));
}

// "Gia đình có trách nhiệm gì", "nhà trường phải làm gì": the question opens with the actor and asks for its duties, so
// the article or clause written for that actor is the answer, more surely than when the actor is named in passing.
const ASKS_DUTIES = / (trach nhiem|nhiem vu|phai lam|lam (nhung )?(gi|viec gi)|tham gia|vai tro) /;
const OPENING_SYLLABLES = 3;

function opensWithActorDuties(question: string, name: string): boolean {
  const at = question.indexOf(` ${name} `);
  return at >= 0 && question.slice(0, at).trim().split(' ').filter(Boolean).length <= OPENING_SYLLABLES && ASKS_DUTIES.test(question);
}

/**
 * The actor a heading opens with, when the question asks for its duties naming it as the one acting ("gia đình cần
 * làm gì" of "Điều 13. Gia đình tham gia phòng ngừa mua bán người"), wherever in the question it names it.
 */
export function dutiesAskedOf(question: string, heading: string): string | undefined {
  const name = headingActor(heading);
  const q = foldedAsMeant(question, FACILITY);
  if (name === undefined || !namesAsActor(q, name)) return undefined;
  // What is asked follows the actor ("gia đình nên làm gì"), unless the question opens with its duties ("Trách nhiệm của
  // gia đình …"); duties asked before it are another's ("Công an xã phải làm gì khi gia đình báo tin").
  const asked = withoutSetting(q);
  const after = asked.slice(Math.max(0, asked.indexOf(` ${name} `)));
  return ASKS_DUTIES.test(after) || opensWithActorDuties(q, name) ? name : undefined;
}

// What an actor named as a clause's subject is then given to do ("cơ sở bảo trợ xã hội, cơ sở hỗ trợ nạn nhân có
// trách nhiệm liên hệ …"), within a few words of its name; named in passing ("trách nhiệm của … gia đình") it is not.
const ACTS_AFTER = /^[^.;:]{0,60}? (co trach nhiem|phai|thuc hien|chu tri|phoi hop|tiep nhan) /;

/**
 * A passage names an actor (folded, as headingActor cuts its name) in its headings, first or among others ("Cơ sở
 * bảo trợ xã hội, cơ sở hỗ trợ nạn nhân"), or in its text as the one given something to do.
 */
export function passageNames(passage: { path: string[]; text: string }, name: string): boolean {
  if (passage.path.some((h) => foldedWords(h).includes(` ${name} `))) return true;
  const text = foldedWords(passage.text);
  for (let at = text.indexOf(` ${name} `); at >= 0; at = text.indexOf(` ${name} `, at + 1)) {
    if (ACTS_AFTER.test(text.slice(at + name.length + 1))) return true;
  }
  return false;
}

/** For a question, the multiplier of each unit headed by an agency it names; undefined when it names none. */
export type HeadingActors = (question: string) => ((i: number) => number) | undefined;

/**
 * The heading agencies a question names in everyday words ("công an huyện", "hội phụ nữ", "mấy chú bộ đội"): a
 * wording whose documents' phrase is, or starts with, the agency's name, used where the question has it act.
 */
function namedInEverydayWords(question: string, q: string, all: string[], expander: QueryExpander | undefined): string[] {
  if (!expander) return [];
  const named = new Set<string>();
  for (const { words, phrases } of expander.expansions(question)) {
    if (!words.length || !namesAsActor(q, words.join(' '))) continue;
    const legal = phrases.map((p) => foldedWords(p));
    for (const n of all) if (legal.some((l) => l.startsWith(` ${n} `))) named.add(n);
  }
  return [...named];
}

export function createHeadingActors(units: { path: string[]; text: string }[], boost: number, expander?: QueryExpander): HeadingActors {
  // A clause that is a unit of its own has only its marker in the path: its text opens with its subject.
  const names = units.map((u) => [
    ...new Set([...u.path, u.text.slice(0, OPENING_CHARS)].map(headingActor).filter((n): n is string => n !== undefined)),
  ]);
  const headed = new Map<string, number>();
  for (const n of names.flat()) headed.set(n, (headed.get(n) ?? 0) + 1);
  const all = [...headed].filter(([, n]) => n <= MAX_HEADED_UNITS).map(([name]) => name);
  return (question) => {
    if (boost === 1) return undefined;
    const q = foldedAsMeant(question, FACILITY);
    const named = all.filter((n) => namesAsActor(q, n));
    const strength = new Map(named.map((n) => [n, opensWithActorDuties(q, n) ? boost * boost : boost]));
    for (const n of namedInEverydayWords(question, q, all, expander)) if (!strength.has(n)) strength.set(n, boost);
    if (!strength.size) return undefined;
    return (i) => names[i].reduce((most, n) => Math.max(most, strength.get(n) ?? 1), 1);
  };
}
