// Shared shapes of the knowledge base. Every other folder reads these; only knowledge/ builds them.

export type DocKind = 'plan' | 'regulation';
export type DocStatus = 'in_force' | 'expired' | 'replaced' | 'unknown';

export interface DocMeta {
  /** Path relative to the corpus root, with forward slashes, e.g. `plans/quang-nam-2024-ho-tro-nan-nhan.md`. */
  id: string;
  title: string;
  /** Short name used in citations, e.g. `KH Quảng Nam 2024`, `NĐ 09/2013/NĐ-CP`. */
  shortName: string;
  kind: DocKind;
  /** Province slug (`quang-nam`), or null for a national text. */
  province: string | null;
  year: number | null;
  /** Số hiệu, e.g. `09/2013/NĐ-CP`, or null when the document has none. */
  number: string | null;
  issuer?: string;
  issuedDate?: string;
  effectiveDate?: string;
  expiryDate?: string;
  status: DocStatus;
  /** Human-readable Vietnamese note on validity, e.g. `đã được thay thế bởi Luật 53/2024/QH15`. */
  statusNote?: string;
  /** What the file holds of the document (front matter `completeness`), e.g. `Trích 7 trong 63 điều: …`. */
  completeness?: string;
  /** The file holds only some articles of the document: citations say `trích`. */
  excerpt?: boolean;
  /** Số hiệu of the law this text details or guides (e.g. `66/2011/QH12`), when its front matter says so. */
  implementsLaw?: string;
  /**
   * Set when the law it implements is itself replaced: `hướng dẫn Luật 66/2011/QH12, luật này đã được thay thế
   * bởi Luật 53/2024/QH15 từ 01/07/2025`. Filled from the corpus, so it follows the law's own status.
   */
  basisNote?: string;
  /** sha256 of the file's bytes. */
  contentHash: string;
}

export interface Section {
  /** `${docId}#${ordinal}`: stable while the document does not change. */
  id: string;
  docId: string;
  ordinal: number;
  /** Heading path from the top of the document, e.g. [`V. Tổ chức thực hiện`, `2. Công an tỉnh`]. */
  path: string[];
  /** The section's own body text (NFC, markdown emphasis removed), without the headings. */
  text: string;
}

export interface Chunk {
  /** `${sectionId}~${n}`. */
  id: string;
  docId: string;
  sectionId: string;
  path: string[];
  /** A slice of the section body; never crosses a section boundary. */
  text: string;
  /** What is indexed, quoted and evaluated: heading path line + text, at most 1,500 characters. */
  passage: string;
}

export interface LoadError {
  file: string;
  message: string;
}

export interface Corpus {
  docs: DocMeta[];
  sections: Section[];
  chunks: Chunk[];
  /** sha256 over every loaded file's path and hash: the index is rebuilt only when it changes. */
  hash: string;
  errors: LoadError[];
}

export const MAX_PASSAGE_CHARS = 1500;
