// Forms the documents require but do not reproduce: a circular names "mẫu Tờ khai … tại Phụ lục 2 ban hành kèm theo"
// and the annex itself is not in the folder. Which form to use, and who fills it in, the documents say; what the form
// holds (its items, the information to write) they do not, and the passage naming the form is no answer to that.
// A form the corpus reproduces (a section headed "Phụ lục …" or "Mẫu …" on it) is left to the documents.
import { citationHeading } from '../../knowledge/cite.js';
import { foldedWords } from '../../knowledge/text.js';
import type { Corpus, DocMeta, Section } from '../../knowledge/types.js';

// A form: "mẫu (số 2)", "biểu mẫu", "tờ khai", "phụ lục 7", "giấy xác nhận", "giấy chứng nhận", "biên bản", "đơn đề nghị".
const FORM = '(bieu mau|mau don|mau( so)?|to khai|phu luc( so)?|giay xac nhan|giay chung nhan|bien ban|don de nghi)';
// What a form holds, asked: "gồm những mục nào", "phải ghi những thông tin gì", "điền những phần nào", "có những nội
// dung gì", "ghi gì".
const HOLDS =
  '((gom|co|ghi|dien|khai|bao gom|the hien)( \\w+){0,2}? (nhung |cac )?(muc|noi dung|thong tin|phan|truong|cot|cau hoi|chi tiet|dong|o)( \\w+){0,2}? (gi|nao)|(ghi|dien|khai|viet) (nhung )?(gi|nhung gi|the nao|nhu the nao|ra sao)|noi dung (gi|the nao|nhu the nao|ra sao|cu the)|(trong|nhin) (nhu the nao|the nao|ra sao))';
const ASKS_FORM_CONTENT = new RegExp(` ${FORM} (.*? )?${HOLDS} `);
// The question's own papers ("hồ sơ gồm những gì") ask what is filed, not what one form holds.
const FILE_FIRST = new RegExp(` ho so (.*? )?${FORM} `);

const REPRODUCED_HEADING = /^ (phu luc|mau|bieu mau) /;
/** Syllables of the form's name, after its kind, a heading must share to be that form. */
const NAME_SHARED = 2;

const FORM_AT = new RegExp(` ${FORM} `);
const HOLDS_AT = new RegExp(` ${HOLDS} `);

/** The form's name as asked, folded: the words from its kind to what is asked of it. */
function formNameAsked(q: string): string[] {
  const form = FORM_AT.exec(q);
  if (!form) return [];
  const rest = q.slice(form.index);
  const holds = HOLDS_AT.exec(rest);
  return rest
    .slice(0, holds ? holds.index : undefined)
    .trim()
    .split(' ');
}

interface FormPlace {
  doc: DocMeta;
  section: Section;
}

/**
 * The section naming the form: the one holding the longest run of the form's name from its start ("tờ khai dùng cho
 * nạn nhân bị mua bán trong nước", "phụ lục 7"), at least its kind and one word more.
 */
function placeNaming(name: string[], corpus: Corpus): FormPlace | undefined {
  const docs = new Map(corpus.docs.map((d) => [d.id, d]));
  const texts = corpus.sections.map((s) => foldedWords(s.text));
  for (let n = name.length; n >= 2; n--) {
    const run = ` ${name.slice(0, n).join(' ')} `;
    const i = texts.findIndex((t) => t.includes(run));
    const doc = i >= 0 ? docs.get(corpus.sections[i].docId) : undefined;
    if (doc) return { doc, section: corpus.sections[i] };
  }
  return undefined;
}

/** A section of the corpus headed as the form itself: the annex is in the folder. */
function reproduced(name: string[], corpus: Corpus): boolean {
  const words = new Set(name.slice(1));
  return corpus.sections.some((s) =>
    s.path.some((h) => {
      const f = foldedWords(h);
      return REPRODUCED_HEADING.test(f) && f.split(' ').filter((w) => words.has(w)).length >= NAME_SHARED;
    }),
  );
}

/**
 * When a question asks what a form holds and the corpus does not reproduce it: where the documents name it (a
 * citation heading, or '' when no section does).
 */
export function unreproducedFormAsked(question: string, corpus: Corpus): { place: string } | undefined {
  const q = foldedWords(question);
  if (!ASKS_FORM_CONTENT.test(q) || FILE_FIRST.test(q)) return undefined;
  const name = formNameAsked(q);
  if (reproduced(name, corpus)) return undefined;
  const at = placeNaming(name, corpus);
  return { place: at ? citationHeading(at.doc, at.section.path) : '' };
}
