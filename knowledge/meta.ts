// Infers a document's metadata (DocMeta) from its front matter, its title block and its text.

import type { DocKind, DocMeta, DocStatus } from './types.js';
import type { ParsedDoc } from './parse.js';
import { kindNamesPattern, kindOfName, REGULATION_KINDS, TEXT_KINDS } from './text-kinds.js';
import { sentenceCaseIfShouting, slugify, truncateWords, vnDate } from './text.js';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

const REGULATION_TYPES = /^(luật|nghị định|thông tư|nghị quyết|chỉ thị|pháp lệnh)/i;
const NUMBER = /(\d{1,4}\/\d{4}\/[\p{Lu}\d][\p{Lu}\p{Ll}\d-]*)/u;

/** Document type → abbreviation used in citations (`Thông tư liên tịch` → TTLT). */
export function typeAbbreviation(docType: string | null | undefined): string | null {
  return docType ? (kindOfName(docType)?.abbr ?? null) : null;
}

/** `09/2013/NĐ-CP` → `NĐ`, `66/2011/QH12` → `Luật`. */
function abbreviationFromNumber(num: string): string | null {
  const suffix = num.split('/')[2] ?? '';
  if (/^QH/.test(suffix)) return 'Luật';
  const head = suffix.split('-')[0];
  return TEXT_KINDS.some((k) => k.abbr === head) ? head : null;
}

function sentenceCase(s: string): string {
  const lower = s.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

function str(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = String(v).trim();
  return s ? s : undefined;
}

/** `29/03/2011` or `2011-03-29` → `2011-03-29`. */
function isoDate(v: unknown): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  const m = s.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return s;
}

/** `Hà Nội, ngày 05 tháng 01 năm 2026` → `2026-01-05` (undefined when day or month is blank). */
function vietnameseDate(line: string | undefined): string | undefined {
  const m = line?.match(/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : undefined;
}

/** Province named by the text: the most frequent `(địa bàn|UBND|Ủy ban nhân dân) tỉnh X`. */
export function inferProvince(text: string): { slug: string; name: string } | null {
  const counts = new Map<string, { name: string; n: number }>();
  const name = String.raw`(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,2})`;
  const patterns = [
    new RegExp(String.raw`(?:địa bàn|UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố)\s+${name}`, 'gu'),
    new RegExp(String.raw`\btỉnh\s+${name}`, 'gu'),
  ];
  for (const [i, re] of patterns.entries()) {
    for (const m of text.matchAll(re)) {
      const slug = slugify(m[1]);
      const cur = counts.get(slug) ?? { name: m[1], n: 0 };
      cur.n += i === 0 ? 3 : 1;
      counts.set(slug, cur);
    }
  }
  let best: { slug: string; name: string; n: number } | null = null;
  for (const [slug, v] of counts) if (!best || v.n > best.n) best = { slug, ...v };
  return best ? { slug: best.slug, name: best.name } : null;
}

interface Period {
  from: number;
  to: number;
}

function inferPeriod(title: string): Period | null {
  const m = title.match(/giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/i);
  if (m) return { from: Number(m[1]), to: Number(m[2]) };
  const y = title.match(/\bnăm\s+(\d{4})\s*$/);
  if (y) return { from: Number(y[1]), to: Number(y[1]) };
  return null;
}

function periodLabel(p: Period): string {
  return p.from === p.to ? String(p.from) : `${p.from}–${p.to}`;
}

// The text named after "thay thế bởi": a kind of regulation, its name, then its number.
const REPLACED_BY_TEXT = new RegExp(
  `(${kindNamesPattern(REGULATION_KINDS)})[^0-9]{0,80}?(?:số\\s+)?(\\d{1,4}\\/\\d{4}\\/[\\p{Lu}\\d][\\p{Lu}\\p{Ll}\\d-]*)`,
  'u',
);

/** Reads a free-text Vietnamese status (e.g. `Hết hiệu lực từ 01/07/2025, được thay thế bởi Luật … số 53/2024/QH15`). */
export function interpretStatus(raw: string): { status: DocStatus; statusNote?: string; expiryDate?: string } {
  const s = raw.trim();
  const enumValue = s.toLowerCase().replace(/[\s-]+/g, '_');
  if (['in_force', 'expired', 'replaced', 'unknown'].includes(enumValue)) return { status: enumValue as DocStatus };
  if (/^(còn hiệu lực|đang có hiệu lực)/i.test(s)) return { status: 'in_force' };
  const first = s.split(/(?<=[.:])\s/)[0];
  const expiry = s.match(/hết hiệu lực (?:từ|kể từ) (?:ngày )?(\d{1,2}\/\d{1,2}\/\d{4})/i);
  const expiryDate = expiry ? isoDate(expiry[1]) : undefined;
  if (/^(đã )?(hết hiệu lực|không còn|bị thay thế|được thay thế|bị bãi bỏ)/i.test(first)) {
    const after = s.match(/(?:thay thế bởi|thay bằng|quy định lại tại|bị thay thế bằng)\s+([\s\S]*)/i);
    const ref = after?.[1].match(REPLACED_BY_TEXT);
    if (ref) {
      const abbr = typeAbbreviation(ref[1]) ?? ref[1];
      return { status: 'replaced', statusNote: `đã được thay thế bởi ${abbr} ${ref[2]}`, expiryDate };
    }
    return { status: 'expired', statusNote: 'hết hiệu lực', expiryDate };
  }
  if (/cần kiểm tra|chưa (được )?kiểm tra|chưa đối chiếu/i.test(s))
    return { status: 'unknown', statusNote: 'chưa xác minh được hiệu lực hiện hành' };
  return { status: 'unknown' };
}

const LAW_NUMBER = /(\d{1,4}\/\d{4}\/QH\d{1,2})/u;

/** The law a text details or guides, as its status line says (`Hướng dẫn Luật 66/2011/QH12 …`). */
export function implementedLaw(status: string | undefined): string | undefined {
  const m = status?.match(new RegExp(`(?:hướng dẫn|quy định chi tiết)[^.;]*?Luật[^.;]*?${LAW_NUMBER.source}`, 'iu'));
  return m?.[1];
}

/** A file that holds only part of its document: `completeness: "Trích 7 trong 63 điều…"` or a `(trích)` title. */
export function isExcerpt(completeness: string | undefined, title: string): boolean {
  return /^trích\b/iu.test(completeness ?? '') || /\(trích\b/iu.test(title);
}

export interface InferInput {
  id: string;
  parsed: ParsedDoc;
  contentHash: string;
  now?: Date;
}

export function inferMeta({ id, parsed, contentHash, now = new Date() }: InferInput): DocMeta {
  const fm = parsed.frontMatter ?? {};
  const docType = inferDocType(fm, parsed);
  const number = str(fm.number) ?? headerNumber(parsed) ?? null;
  const title = inferTitle(fm, parsed, id);
  const issuer = str(fm.issuer);
  const provinceGuess = inferProvince(`${title}\n${parsed.plainText}`);
  const kind = inferKind(fm, id, number, docType, provinceGuess !== null);
  const { province, provinceName } = inferDocProvince(fm, kind, issuer, provinceGuess);
  const period = kind === 'plan' ? inferPeriod(title) : null;
  const issuedDate = isoDate(fm.issued_date) ?? vietnameseDate(placeDateLine(parsed));
  const year = inferYear(fm, parsed, issuedDate, number, period);
  const textEffective = statedEffectiveDate(parsed.plainText);
  const fmStatus = str(fm.status);
  const validity = inferValidity(fm, fmStatus, kind, textEffective, period, now);
  const abbr = typeAbbreviation(docType) ?? (number ? abbreviationFromNumber(number) : null) ?? (kind === 'plan' ? 'KH' : null);

  const meta: DocMeta = {
    id,
    title,
    shortName: str(fm.short_name) ?? inferShortName({ kind, title, abbr, number, provinceName, period, year }),
    kind,
    province,
    year: Number.isFinite(year) ? year : null,
    number,
    status: validity.status,
    contentHash,
  };
  const inferredIssuer = issuer ?? (kind === 'plan' && provinceName ? `Ủy ban nhân dân tỉnh ${provinceName}` : undefined);
  if (inferredIssuer) meta.issuer = inferredIssuer;
  if (issuedDate) meta.issuedDate = issuedDate;
  const eff = isoDate(fm.effective_date) ?? textEffective;
  if (eff) meta.effectiveDate = eff;
  if (validity.expiryDate) meta.expiryDate = validity.expiryDate;
  if (validity.statusNote) meta.statusNote = validity.statusNote;
  const completeness = str(fm.completeness);
  if (completeness) meta.completeness = completeness;
  if (isExcerpt(completeness, title)) meta.excerpt = true;
  const law = implementedLaw(fmStatus);
  if (law && law !== number) meta.implementsLaw = law;
  return meta;
}

type FrontMatter = Record<string, unknown>;

function inferDocType(fm: FrontMatter, parsed: ParsedDoc): string | undefined {
  return (
    str(fm.doc_type) ??
    (parsed.docType ? sentenceCase(parsed.docType) : undefined) ??
    parsed.heading1?.match(REGULATION_TYPES)?.[0] ??
    undefined
  );
}

/** `Số: 09/2013/NĐ-CP` in the title block, or `… số 09/2013/NĐ-CP` in the markdown title. */
function headerNumber(parsed: ParsedDoc): string | undefined {
  const headerText = [parsed.heading1 ?? '', ...parsed.headerLines.slice(0, 6)].join('\n');
  return (
    headerText.match(new RegExp(String.raw`^Số\s*:\s*${NUMBER.source}`, 'mu'))?.[1] ??
    parsed.heading1?.match(new RegExp(String.raw`số\s+${NUMBER.source}`, 'u'))?.[1]
  );
}

function inferTitle(fm: FrontMatter, parsed: ParsedDoc, id: string): string {
  const fileStem = id
    .split('/')
    .pop()!
    .replace(/\.(md|txt|docx|pdf)$/i, '');
  return (
    str(fm.title) ??
    (parsed.docType && parsed.subject
      ? `${sentenceCase(parsed.docType)} ${lowerFirst(sentenceCaseIfShouting(parsed.subject))}`
      : undefined) ??
    parsed.heading1 ??
    parsed.sections[0]?.text.split('\n')[0].slice(0, 200) ??
    fileStem
  );
}

/** Front matter first, then the folder (`plans/`, `regulations/`), then what the text looks like. */
function inferKind(fm: FrontMatter, id: string, number: string | null, docType: string | undefined, namesProvince: boolean): DocKind {
  const fmKind = str(fm.kind);
  if (fmKind === 'plan' || fmKind === 'regulation') return fmKind;
  const folder = id.includes('/') ? id.split('/')[0].toLowerCase() : '';
  if (folder === 'plans') return 'plan';
  if (folder === 'regulations') return 'regulation';
  if (number || (docType && REGULATION_TYPES.test(docType))) return 'regulation';
  return namesProvince ? 'plan' : 'regulation';
}

/** A province is inferred from the text only for plans and texts issued by a provincial committee. */
function inferDocProvince(
  fm: FrontMatter,
  kind: DocKind,
  issuer: string | undefined,
  guess: { slug: string; name: string } | null,
): { province: string | null; provinceName: string | null } {
  if ('province' in fm) {
    const given = str(fm.province);
    return { province: given ? slugify(given) : null, provinceName: null };
  }
  const provincialIssuer = issuer ? /(ủy|uỷ) ban nhân dân (tỉnh|thành phố)|ubnd/i.test(issuer) : false;
  if (kind === 'plan' || provincialIssuer) return { province: guess?.slug ?? null, provinceName: guess?.name ?? null };
  return { province: null, provinceName: null };
}

/** `Hà Nội, ngày … năm 2026` among the title block's lines. */
function placeDateLine(parsed: ParsedDoc): string | undefined {
  return parsed.headerLines.find((l) => /, ngày\b.*\bnăm\s+\d{4}\s*$/.test(l));
}

function inferYear(
  fm: FrontMatter,
  parsed: ParsedDoc,
  issuedDate: string | undefined,
  number: string | null,
  period: Period | null,
): number | null {
  const placeDate = placeDateLine(parsed);
  return (
    (typeof fm.year === 'number' ? fm.year : undefined) ??
    (issuedDate ? Number(issuedDate.slice(0, 4)) : undefined) ??
    (number ? Number(number.split('/')[1]) : undefined) ??
    (placeDate ? Number(placeDate.match(/(\d{4})\s*$/)![1]) : undefined) ??
    period?.from ??
    null
  );
}

/** `có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2012` in the text → `2012-01-01`. */
function statedEffectiveDate(plainText: string): string | undefined {
  const m = plainText.match(/có hiệu lực(?: thi hành)?(?: kể)? từ ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : undefined;
}

/** Validity: explicit front matter first, then a regulation's stated start, then a plan's own period. */
function inferValidity(
  fm: FrontMatter,
  fmStatus: string | undefined,
  kind: DocKind,
  textEffective: string | undefined,
  period: Period | null,
  now: Date,
): { status: DocStatus; statusNote?: string; expiryDate?: string } {
  let status: DocStatus = 'unknown';
  let statusNote: string | undefined;
  let expiryDate = isoDate(fm.expiry_date);
  if (fmStatus) {
    const st = interpretStatus(fmStatus);
    status = st.status;
    statusNote = st.statusNote;
    expiryDate ??= st.expiryDate;
  } else if (kind === 'regulation' && textEffective && textEffective <= now.toISOString().slice(0, 10)) {
    // The text states when it took effect and nothing says it has ended: presume it is in force.
    status = 'in_force';
    statusNote = `có hiệu lực từ ${vnDate(textEffective)}; chưa kiểm tra văn bản sửa đổi, thay thế`;
  } else if (period) {
    if (period.to < now.getFullYear()) {
      status = 'expired';
      statusNote = `hết thời gian thực hiện (${period.from === period.to ? 'năm' : 'giai đoạn'} ${periodLabel(period)})`;
      expiryDate ??= `${period.to}-12-31`;
    } else status = 'in_force';
  }
  return { status, statusNote: str(fm.status_note) ?? statusNote, expiryDate };
}

/** The name a citation uses: `KH Quảng Nam 2024` for a plan, `NĐ 09/2013/NĐ-CP` for a numbered text. */
function inferShortName(d: {
  kind: DocKind;
  title: string;
  abbr: string | null;
  number: string | null;
  provinceName: string | null;
  period: Period | null;
  year: number | null;
}): string {
  if (d.kind === 'plan') {
    // `Kế hoạch thực hiện Đề án …` is cited by the Đề án it implements.
    const planAbbr = /Đề án/.test(d.title) ? 'ĐA' : /Quy chế/.test(d.title) ? 'QC' : /Kế hoạch/.test(d.title) ? 'KH' : d.abbr;
    const when = d.period ? periodLabel(d.period) : d.year ? String(d.year) : '';
    if (!d.provinceName && !when) return truncateWords(d.title, 60);
    return [planAbbr, d.provinceName ?? '', when].filter(Boolean).join(' ');
  }
  if (d.number) return d.abbr ? `${d.abbr} ${d.number}` : d.number;
  return truncateWords(d.title, 60);
}
