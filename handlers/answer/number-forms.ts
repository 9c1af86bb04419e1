// Legal texts write a small number of days or months zero-padded and spelled out ("03 (ba) ngày làm việc",
// "06 tháng"), plans often plainly ("6 tháng"); people type "3 ngày". The forms the documents may use are added to
// the words a question is searched and its sentences are scored with, so "trong 3 ngày" finds "03 (ba) ngày".
// The documents themselves are left as they are (their index is built from their own text).

const UNITS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** A number under 100 in words, as the documents spell it ("mười lăm", "hai mươi", "sáu mươi"). */
export function numberWords(n: number): string {
  if (n < 10) return UNITS[n - 1] ?? '';
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const head = tens === 1 ? 'mười' : `${UNITS[tens - 1]} mươi`;
  if (unit === 0) return head;
  const tail = unit === 5 ? 'lăm' : unit === 1 && tens > 1 ? 'mốt' : UNITS[unit - 1];
  return `${head} ${tail}`;
}

// A count of a unit of time or of things a procedure counts, as a question writes it.
const COUNTED = /(?<![\p{L}\p{N}/.,])(\d{1,2})\s+(ngày làm việc|ngày|tháng|năm|tuần|giờ|bộ|lần)(?![\p{L}])/giu;

/** The question with, after it, the other ways the documents write each count it names; unchanged when it names none. */
export function withNumberForms(question: string): string {
  const forms = new Set<string>();
  for (const m of question.matchAll(COUNTED)) {
    const n = Number(m[1]);
    if (n < 1) continue;
    const unit = m[2].toLowerCase();
    // Zero-padded and spelled out covers "03 ngày" and "03 (ba) ngày"; a padded question also gets the plain "6 tháng".
    forms.add(`${n < 10 ? `0${n}` : n} (${numberWords(n)}) ${unit}`);
    if (m[1] !== String(n)) forms.add(`${n} ${unit}`);
  }
  return forms.size ? `${question}\n${[...forms].join('; ')}` : question;
}
