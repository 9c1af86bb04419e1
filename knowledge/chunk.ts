// Cuts sections into passages of at most MAX_PASSAGE_CHARS; a chunk never crosses a section.

import { MAX_PASSAGE_CHARS, type Chunk, type DocMeta, type Section } from './types.js';
import { truncateWords } from './text.js';

const MAX_HEADING_CHARS = 500;
/** The last sentence of a chunk is repeated at the start of the next when it is this short. */
const OVERLAP_CHARS = 200;

/** `KH Quảng Nam 2024 › V. Tổ chức thực hiện › 2. Công an tỉnh` */
export function headingLine(doc: DocMeta, path: string[]): string {
  return truncateWords([doc.shortName, ...path].join(' › '), MAX_HEADING_CHARS);
}

/** Paragraphs, then sentences, then words: pieces no longer than max. */
function pieces(text: string, max: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (!para.trim()) continue;
    if (para.length <= max) {
      out.push(para);
      continue;
    }
    const sentences = para.match(/[^.;!?…]+(?:[.;!?…]+["”)]*\s*|$)/g) ?? [para];
    for (const s of sentences) {
      if (s.length <= max) out.push(s.trim());
      else {
        let cur = '';
        for (const w of s.split(/\s+/)) {
          if (cur && cur.length + 1 + w.length > max) {
            out.push(cur);
            cur = '';
          }
          // A single "word" longer than max (a URL) is cut hard.
          let word = w;
          while (word.length > max) {
            out.push(word.slice(0, max));
            word = word.slice(max);
          }
          cur = cur ? `${cur} ${word}` : word;
        }
        if (cur) out.push(cur);
      }
    }
  }
  return out.filter(Boolean);
}

function lastSentence(text: string): string {
  const m = text.match(/[^.;!?…\n]+[.;!?…]*\s*$/);
  return (m ? m[0] : '').trim();
}

export function chunkSection(doc: DocMeta, section: Section): Chunk[] {
  const heading = headingLine(doc, section.path);
  const budget = MAX_PASSAGE_CHARS - heading.length - 1;
  const texts: string[] = [];
  let cur = '';
  for (const piece of pieces(section.text, budget)) {
    // Paragraph pieces are joined by newlines, sentence pieces of one paragraph read fine the same way.
    if (cur && cur.length + 1 + piece.length > budget) {
      texts.push(cur);
      const tail = lastSentence(cur);
      cur = tail && tail.length <= OVERLAP_CHARS && tail.length + 1 + piece.length <= budget ? tail : '';
    }
    cur = cur ? `${cur}\n${piece}` : piece;
  }
  if (cur) texts.push(cur);
  return texts.map((text, n) => ({
    id: `${section.id}~${n}`,
    docId: section.docId,
    sectionId: section.id,
    path: section.path,
    text,
    passage: `${heading}\n${text}`,
  }));
}

export function chunkSections(docs: DocMeta[], sections: Section[]): Chunk[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return sections.flatMap((s) => chunkSection(byId.get(s.docId)!, s));
}
