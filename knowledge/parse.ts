// Cuts a Vietnamese plan or legal text into sections along its own structure.
// Markdown heading levels in the corpus are inconsistent (a numbered item may be `##` or `#####`),
// so the rank of a heading comes from its marker (Chương, Điều, I., 1., a) …), not from the `#`s.

import YAML from 'yaml';
import { prepareSource, sentenceCaseIfShouting, stripMarkdown, truncateWords } from './text.js';

export interface ParsedSection {
  path: string[];
  text: string;
}

export interface ParsedDoc {
  frontMatter: Record<string, unknown> | null;
  /** First document-type line of the title block, e.g. `KẾ HOẠCH`. */
  docType: string | null;
  /** The subject line that follows the document-type line. */
  subject: string | null;
  /** The first `# ` markdown title, if any. */
  heading1: string | null;
  /** The first clean lines of the body (number, place and date live there). */
  headerLines: string[];
  /** All clean body lines, for metadata inference. */
  plainText: string;
  sections: ParsedSection[];
}

/** A leaf section longer than this is split along paragraphs. */
export const MAX_SECTION_CHARS = 3000;
const MAX_LABEL_CHARS = 200;

// Heading ranks: smaller is higher up.
const RANK = { part: 0, chapter: 1, mucSection: 2, roman: 3, article: 4, clause: 5, subclause: 6, point: 7 } as const;

const DOC_TYPE =
  /^(KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ ĐỊNH|THÔNG TƯ LIÊN TỊCH|THÔNG TƯ|LUẬT|NGHỊ QUYẾT|CHỈ THỊ|QUY CHẾ|ĐỀ ÁN|HƯỚNG DẪN|QUY ĐỊNH|CÔNG VĂN)\s*(:?)$/;
const RECIPIENTS = /^Nơi nhận\s*:?$/i;
const CLOSING = /^Trên đây là\s/;
const NUMBER_LINE = /^Số\s*:/;
const PLACE_DATE = /^[\p{L} .-]{2,40}, ngày\b.*\bnăm\s+\d{4}\s*$/u;
// Quốc hiệu, tiêu ngữ and separator rules of an official header carry no content.
const HEADER_NOISE =
  /^(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|[-_=–—.\s]{3,})$/u;

interface Marker {
  rank: number;
  /** The marker token, e.g. `1.`, `a)`, `Điều 5.` */
  token: string;
}

function markerOf(s: string, emphasised: boolean): Marker | null {
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(Phần\s+(?:thứ\s+\S+|[IVXLC]+|\d+))\b/))) return { rank: RANK.part, token: m[1] };
  if ((m = s.match(/^(Chương\s+(?:[IVXLC]+|\d+))\b/))) return { rank: RANK.chapter, token: m[1] };
  if ((m = s.match(/^(Mục\s+(?:\d+|[IVXLC]+))\b(?!\s*[,;])/)) && (emphasised || s.length <= 120))
    return { rank: RANK.mucSection, token: m[1] };
  if ((m = s.match(/^([IVXL]{1,6})\.\s*\S/))) return { rank: RANK.roman, token: `${m[1]}.` };
  if ((m = s.match(/^(Điều\s+\d+[a-z]?)\s*[.:]/))) return { rank: RANK.article, token: `${m[1]}.` };
  if ((m = s.match(/^(\d{1,2}\.\d{1,2})\.?\s+\S/))) return { rank: RANK.subclause, token: `${m[1]}.` };
  if ((m = s.match(/^(\d{1,2})[.)](?:\s+\S|$)/))) return { rank: RANK.clause, token: `${m[1]}.` };
  if ((m = s.match(/^([a-zđ])\)\s+\S/))) return { rank: RANK.point, token: `${m[1]})` };
  return null;
}

function isShouting(s: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** A line that carries a structural marker, before markdown is removed. */
function isMarkerLine(raw: string): boolean {
  return markerOf(stripMarkdown(raw), false) !== null;
}

function splitFrontMatter(src: string): { fm: Record<string, unknown> | null; body: string } {
  if (!/^---[ \t]*\n/.test(src)) return { fm: null, body: src };
  const m = src.match(/^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/);
  if (!m) throw new Error('Phần đầu YAML (front matter) không có dòng `---` đóng.');
  let data: unknown;
  try {
    data = YAML.parse(m[1]);
  } catch (err) {
    throw new Error(`Phần đầu YAML (front matter) không hợp lệ: ${(err as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return { fm: {}, body: src.slice(m[0].length) };
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('Phần đầu YAML (front matter) phải là một bảng khóa: giá trị.');
  return { fm: data as Record<string, unknown>, body: src.slice(m[0].length) };
}

/** Rejoins lines that a page break or a hard line break cut in the middle of a sentence. */
function mergeBrokenLines(lines: string[]): string[] {
  const out: string[] = [];
  let last = -1;
  for (const line of lines) {
    const t = line.trim();
    if (!t) {
      out.push('');
      continue;
    }
    if (last >= 0 && isContinuation(out[last], t)) {
      out[last] = `${out[last]} ${t}`;
      out.length = last + 1;
      continue;
    }
    out.push(t);
    last = out.length - 1;
  }
  return out;
}

function isContinuation(prev: string, next: string): boolean {
  if (prev.startsWith('#') || next.startsWith('#') || next.startsWith('- ') || isMarkerLine(next)) return false;
  const first = next.replace(/^[*_]+/, '');
  if (!/^[\p{Ll}\d]/u.test(first)) return false;
  const end = prev.replace(/[*_\s]+$/, '');
  if (/[.;:!?…]$/.test(end)) return false;
  if (/^\d/.test(first) && !/[-–,\p{Ll}]$/u.test(end)) return false;
  return true;
}

interface Node {
  rank: number;
  label: string;
  /** Unmarked bold headings nest under the nearest marked heading. */
  bold: boolean;
  hasChildren: boolean;
  hasText: boolean;
}

interface Classified {
  kind: 'blank' | 'h1' | 'doctype' | 'recipients' | 'heading' | 'boldHeading' | 'text';
  text: string;
  rank?: number;
  label?: string;
  body?: string;
  colon?: boolean;
}

function classify(raw: string): Classified {
  if (!raw) return { kind: 'blank', text: '' };
  const md = raw.match(/^(#{1,6})\s*(.*)$/);
  const level = md ? md[1].length : 0;
  const rest = md ? md[2] : raw;
  const whole = stripMarkdown(rest);
  if (!whole) return { kind: 'blank', text: '' };
  if (level === 1) return { kind: 'h1', text: whole };
  const dt = whole.match(DOC_TYPE);
  if (dt) return { kind: 'doctype', text: dt[1], colon: dt[2] === ':' };
  if (RECIPIENTS.test(whole)) return { kind: 'recipients', text: whole };

  const bold = rest.match(/^\*{2,3}(.+?)\*{2,3}(.*)$/);
  const boldTail = bold ? stripMarkdown(bold[2]) : '';
  const fullyEmphasised = level > 0 || (bold !== null && boldTail === '');
  const headPart = bold && boldTail ? stripMarkdown(bold[1]) : whole;
  const marker = markerOf(headPart, fullyEmphasised || bold !== null);

  if (!marker) {
    if (fullyEmphasised && whole.length <= MAX_LABEL_CHARS && !/[.;]$/.test(whole))
      return { kind: 'boldHeading', text: whole, label: sentenceCaseIfShouting(whole.replace(/:$/, '')) };
    return { kind: 'text', text: whole };
  }

  const shape = (label: string): string => {
    const tokenLen = label.startsWith(marker.token.replace(/\.$/, '')) ? marker.token.length : 0;
    const head = label.slice(0, tokenLen);
    const tail = label.slice(tokenLen);
    return truncateWords(`${head}${sentenceCaseIfShouting(tail)}`.replace(/\s*:$/, ''), MAX_LABEL_CHARS);
  };

  if (bold && boldTail) {
    // `**3. Sở Kế hoạch và Đầu tư:** Phối hợp …` or `**Điều 1.** Phê duyệt …`
    return { kind: 'heading', text: whole, rank: marker.rank, label: shape(headPart), body: boldTail };
  }
  if (fullyEmphasised || marker.rank <= RANK.article) {
    const long = headPart.length > MAX_LABEL_CHARS;
    return { kind: 'heading', text: whole, rank: marker.rank, label: shape(headPart), body: long ? headPart : undefined };
  }
  // Plain numbered or lettered line: a heading when short and not a sentence, otherwise a clause with its text.
  if (whole.length <= MAX_LABEL_CHARS && !/[.;!?…]$/.test(whole)) {
    return { kind: 'heading', text: whole, rank: marker.rank, label: shape(whole) };
  }
  const content = whole.slice(whole.indexOf(' ') + 1);
  const lead = content.match(/^([^.;:!?]{2,80}?):\s+\S/);
  const label = lead && lead[1].split(/\s+/).length <= 10 ? `${marker.token} ${lead[1]}` : marker.token;
  return { kind: 'heading', text: whole, rank: marker.rank, label: shape(label), body: whole };
}

export function parseDocument(source: string): ParsedDoc {
  const { fm, body } = splitFrontMatter(prepareSource(source));
  // `**I. MỤC ĐÍCH, YÊU CẦU****1. Mục đích**`: two bold headings glued on one line.
  const unglued = body.replace(/\*\*\*\*(?=\S)/g, '**\n**');
  const walker = new SectionWalker();
  for (const raw of mergeBrokenLines(unglued.split('\n'))) walker.line(classify(raw));
  return walker.finish(fm);
}

/** Reads the classified lines of a body in order, building the section tree and the title-block facts. */
class SectionWalker {
  private readonly sections: ParsedSection[] = [];
  private readonly headerLines: string[] = [];
  private readonly plain: string[] = [];
  private docType: string | null = null;
  private subject: string | null = null;
  private heading1: string | null = null;
  /** Open headings, outermost first. */
  private readonly stack: Node[] = [];
  /** Text lines of the innermost open heading not yet emitted as a section. */
  private paragraphs: string[] = [];
  /** Lines left in which the subject line may still appear after the document-type line. */
  private expectSubject = 0;
  private structureSeen = false;
  /** Inside the distribution list after `Nơi nhận`, which is not content. */
  private dropping = false;
  /** A bare `Chương I` whose title may follow on the next line. */
  private awaitingTitle: Node | null = null;

  line(c: Classified): void {
    if (c.kind === 'blank') return;
    if (this.headerLines.length < 15) this.headerLines.push(c.text);
    this.plain.push(c.text);
    if (c.kind === 'doctype') return this.docTypeLine(c);
    if (c.kind === 'recipients') {
      this.flush();
      this.dropping = true;
      return;
    }
    if (this.dropping) {
      if (c.kind === 'heading' && (c.rank ?? 99) <= RANK.article) this.dropping = false;
      else return;
    }
    if (c.kind === 'h1') {
      if (this.heading1 === null) this.heading1 = c.text;
      return;
    }
    this.noteSubject(c);
    if (this.completesTitle(c)) return;
    if (c.kind === 'heading') return this.heading(c);
    if (c.kind === 'boldHeading' && this.stack.length > 0) return this.boldHeading(c);
    this.text(c);
  }

  finish(frontMatter: Record<string, unknown> | null): ParsedDoc {
    this.flush();
    this.popTo(-1);
    return {
      frontMatter,
      docType: this.docType,
      subject: this.subject,
      heading1: this.heading1,
      headerLines: this.headerLines,
      plainText: this.plain.join('\n'),
      sections: this.sections.flatMap(splitLongSection),
    };
  }

  private docTypeLine(c: Classified): void {
    // Lines above the first title (issuing body, quốc hiệu) are header, not content.
    if (!this.structureSeen && this.sections.length === 0 && this.docType === null) this.paragraphs = [];
    this.flush();
    this.popTo(-1);
    this.dropping = false;
    if (!c.colon && this.docType === null) {
      this.docType = c.text;
      this.expectSubject = 2;
    }
  }

  private noteSubject(c: Classified): void {
    if (this.expectSubject <= 0) return;
    this.expectSubject--;
    if (this.subject === null && (c.kind === 'text' || c.kind === 'boldHeading')) {
      this.subject = c.text;
      this.expectSubject = 0;
    }
  }

  /** `Chương I` / `QUY ĐỊNH CHUNG` on two lines: the second line is the chapter's title. */
  private completesTitle(c: Classified): boolean {
    const node = this.awaitingTitle;
    if (!node) return false;
    this.awaitingTitle = null;
    if ((c.kind === 'text' || c.kind === 'boldHeading') && isShouting(c.text) && c.text.length <= MAX_LABEL_CHARS) {
      node.label = `${node.label}. ${sentenceCaseIfShouting(c.text.replace(/:$/, ''))}`;
      return true;
    }
    return false;
  }

  private heading(c: Classified): void {
    this.flush();
    this.popTo(c.rank!);
    this.push(c.rank!, c.label!, false);
    this.structureSeen = true;
    if (c.body) this.paragraphs.push(c.body);
    else if (c.rank! <= RANK.mucSection && /^(Phần|Chương|Mục)\s+\S+$/.test(c.label!))
      this.awaitingTitle = this.stack[this.stack.length - 1];
  }

  /** An unmarked bold heading nests half a rank under the nearest marked heading. */
  private boldHeading(c: Classified): void {
    this.flush();
    const base = [...this.stack].reverse().find((n) => !n.bold);
    const rank = (base ? base.rank : -1) + 0.5;
    this.popTo(rank);
    this.push(rank, c.label!, true);
  }

  /** Plain text (or a bold line in the title block). */
  private text(c: Classified): void {
    if (CLOSING.test(c.text)) {
      this.flush();
      this.popTo(-1);
    }
    if (this.isTitleBlockNoise(c.text)) return;
    this.paragraphs.push(c.text);
  }

  /** Number, place and date, quốc hiệu and the issuing body before the first heading carry no content. */
  private isTitleBlockNoise(text: string): boolean {
    if (this.structureSeen || this.stack.length > 0) return false;
    return (
      NUMBER_LINE.test(text) ||
      PLACE_DATE.test(text) ||
      HEADER_NOISE.test(text) ||
      // Issuing body in capitals (`ỦY BAN NHÂN DÂN TỈNH`), not the subject line.
      (isShouting(text) && text.length <= 80 && text !== this.subject)
    );
  }

  private flush(): void {
    const text = this.paragraphs.join('\n').trim();
    this.paragraphs = [];
    if (!text) return;
    this.sections.push({ path: this.stack.map((n) => n.label), text });
    if (this.stack.length) this.stack[this.stack.length - 1].hasText = true;
  }

  private popTo(rank: number): void {
    const { stack } = this;
    while (stack.length && stack[stack.length - 1].rank >= rank) {
      const node = stack.pop()!;
      // A heading with neither text nor children would vanish: keep its words as text.
      if (!node.hasText && !node.hasChildren && node.label) {
        this.sections.push({ path: [...stack.map((n) => n.label), node.label], text: node.label });
      }
    }
  }

  private push(rank: number, label: string, bold: boolean): void {
    if (this.stack.length) this.stack[this.stack.length - 1].hasChildren = true;
    this.stack.push({ rank, label, bold, hasChildren: false, hasText: false });
  }
}

/** Splits a section whose own text is too long into consecutive parts along paragraphs. */
function splitLongSection(s: ParsedSection): ParsedSection[] {
  if (s.text.length <= MAX_SECTION_CHARS) return [s];
  const paras = s.text.split('\n');
  const parts = Math.ceil(s.text.length / (MAX_SECTION_CHARS * 0.8));
  const target = s.text.length / parts;
  const out: ParsedSection[] = [];
  let cur: string[] = [];
  let len = 0;
  for (const p of paras) {
    if (cur.length && len + p.length > target && len > target / 3) {
      out.push({ path: s.path, text: cur.join('\n') });
      cur = [];
      len = 0;
    }
    cur.push(p);
    len += p.length + 1;
  }
  if (cur.length) out.push({ path: s.path, text: cur.join('\n') });
  return out;
}
