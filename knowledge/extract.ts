// Text extraction for office formats: .docx (mammoth) and .pdf with a text layer (unpdf), into the
// plain/markdown-ish text that parse.ts reads. Extraction is async, so results are cached by content
// hash (in memory and under `<corpus>/.extracted/`) for the synchronous loadCorpus.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ownEntry } from './text.js';

/** Files the loader reads. Word lock files (`~$x.docx`) are not documents. */
export const DOCUMENT_FILE = /^(?!~\$).+\.(md|txt|docx|pdf)$/i;
export const EXTRACTED_FORMAT = /\.(docx|pdf)$/i;
/** Bumped when extraction output changes, so cached text is not reused. */
export const EXTRACTOR_VERSION = 2;
export const CACHE_FOLDER = '.extracted';

/** Thrown for a PDF without a text layer (a scan): it must go through OCR first. */
export class NeedsOcrError extends Error {
  constructor(pages: number) {
    super(`Tệp PDF không có lớp chữ (${pages} trang, có thể là bản scan): cần OCR trước khi nạp.`);
    this.name = 'NeedsOcrError';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ownEntry(ENTITIES, e.toLowerCase()) ?? m;
  });
}

/**
 * mammoth HTML → lines the section parser understands: headings become `##` (ranked by their own markers), whole-paragraph bold
 * stays `**…**` (an unnumbered bold heading), Word auto-numbered lists get their `1.` / `a)` back.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  const tokens = html.match(/<[^>]+>|[^<]+/g) ?? [];
  let line = '';
  let prefix = '';
  const end = () => {
    // Cell separators at the ends of a line (cells holding paragraphs) carry nothing.
    const t = decodeEntities(line)
      .replace(/\s+/g, ' ')
      .replace(/^(\s*\|)+|(\|\s*)+$/g, '')
      .trim();
    if (t) out.push(prefix + t);
    line = '';
    prefix = '';
  };
  for (const tok of tokens) {
    if (tok[0] !== '<') {
      line += tok;
      continue;
    }
    const m = tok.match(/^<(\/?)([a-z0-9]+)/i);
    if (!m) continue;
    const [, close, tag] = [m[0], m[1], m[2].toLowerCase()];
    if (!close && /^h[1-6]$/.test(tag)) {
      end();
      // Never `# `: the parser reads that as the title line and Word users put Chương/Điều in Heading 1 too.
      prefix = '## ';
    } else if (close && (/^h[1-6]$/.test(tag) || tag === 'p' || tag === 'li' || tag === 'tr')) end();
    else if (!close && tag === 'p') end();
    else if (tag === 'strong' || tag === 'b') line += '**';
    else if (!close && (tag === 'ol' || tag === 'ul')) {
      end();
      lists.push({ ordered: tag === 'ol', n: 0 });
    } else if (close && (tag === 'ol' || tag === 'ul')) {
      end();
      lists.pop();
    } else if (!close && tag === 'li') {
      end();
      const l = lists[lists.length - 1];
      if (l) {
        l.n++;
        // Top-level numbered items are khoản (`1.`), nested ones điểm (`a)`).
        prefix = !l.ordered ? '- ' : lists.length === 1 ? `${l.n}. ` : `${String.fromCharCode(96 + Math.min(l.n, 26))}) `;
      }
    } else if (close && tag === 'td') line += ' | ';
    else if (tag === 'br') end();
  }
  end();
  // `**` around a whole line only: runs of bold inside sentences are kept as plain text.
  return out.map((l) => (/^\*\*[^*]+\*\*$/.test(l) || l.startsWith('#') ? l : l.replace(/\*\*/g, ''))).join('\n\n');
}

async function extractDocx(bytes: Buffer): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.convertToHtml({ buffer: bytes });
  return htmlToText(value);
}

const PAGE_NUMBER = /^(?:Trang\s*)?[-–]?\s*\d{1,4}\s*(?:\/\s*\d{1,4})?\s*[-–]?$/i;

async function extractPdf(bytes: Buffer): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  // verbosity 0: pdf.js would print warnings about damaged files to stdout.
  const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const { totalPages, text } = await extractText(doc, { mergePages: false });
    const pages = text.map((page) => {
      const lines = page.split('\n');
      // Page numbers at the top or bottom of a page would glue onto the sentences around them.
      while (lines.length && PAGE_NUMBER.test(lines[lines.length - 1].trim())) lines.pop();
      while (lines.length && PAGE_NUMBER.test(lines[0].trim())) lines.shift();
      return lines.join('\n');
    });
    const letters = pages.join('').match(/\p{L}/gu)?.length ?? 0;
    // A scan may carry a few stray characters (a stamp, a page number); real text has far more.
    if (letters < Math.max(20, totalPages * 5)) throw new NeedsOcrError(totalPages);
    return pages.join('\n');
  } finally {
    await doc.destroy();
  }
}

/** Extracts the text of a .docx or .pdf file (bytes); throws a Vietnamese message when it cannot. */
export async function extractDocument(bytes: Buffer, fileName: string): Promise<string> {
  const ext = fileName.toLowerCase().split('.').pop();
  try {
    if (ext === 'docx') return await extractDocx(bytes);
    if (ext === 'pdf') return await extractPdf(bytes);
  } catch (err) {
    if (err instanceof NeedsOcrError) throw err;
    throw new Error(`Không đọc được tệp .${ext} (${(err as Error).message.split('\n')[0]}).`);
  }
  throw new Error(`Định dạng không được hỗ trợ: .${ext}`);
}

// ---- cache ----

const memory = new Map<string, string>();

function cacheKey(contentHash: string): string {
  return `${contentHash}-v${EXTRACTOR_VERSION}`;
}

/** Cached text of an extracted file, from memory or from `<dir>/.extracted/`, or undefined. */
export function cachedExtraction(dir: string, contentHash: string): string | undefined {
  const key = cacheKey(contentHash);
  const hit = memory.get(key);
  if (hit !== undefined) return hit;
  const file = join(dir, CACHE_FOLDER, `${key}.txt`);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  memory.set(key, text);
  return text;
}

/** Remembers extracted text; the disk copy is best effort (a read-only folder still works in memory). */
export function storeExtraction(dir: string, contentHash: string, text: string): void {
  const key = cacheKey(contentHash);
  memory.set(key, text);
  try {
    mkdirSync(join(dir, CACHE_FOLDER), { recursive: true });
    writeFileSync(join(dir, CACHE_FOLDER, `${key}.txt`), text);
  } catch {
    // Not fatal: the async loader extracts again next time.
  }
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
