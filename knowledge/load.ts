// Loads a folder of documents (.md, .txt, and .docx/.pdf through extract.ts) into a Corpus:
// docs, sections, chunks and a content hash. loadCorpus is synchronous and reads .docx/.pdf text from the
// extraction cache (filled by loadCorpusAsync or `npm run ingest`); loadCorpusAsync extracts what is missing.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { z } from 'zod';
import { chunkSections } from './chunk.js';
import { DOCUMENT_FILE, EXTRACTED_FORMAT, cachedExtraction, extractDocument, sha256, storeExtraction } from './extract.js';
import { inferMeta } from './meta.js';
import { parseDocument } from './parse.js';
import type { Corpus, DocMeta, LoadError, Section } from './types.js';
import { validityNote } from './validity.js';

/** Absolute path of the bundled knowledge folder (this module's folder). */
export const BUNDLED_KNOWLEDGE_DIR: string = fileURLToPath(new URL('.', import.meta.url)).replace(/[\\/]$/, '');

/** Bumped when parsing or chunking changes, so persisted indexes are rebuilt. */
export const PARSER_VERSION = 3;

const MANIFEST_FILE = 'manifest.yaml';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày viết dạng YYYY-MM-DD');

const manifestEntry = z
  .object({
    title: z.string().min(1),
    shortName: z.string().min(1),
    kind: z.enum(['plan', 'regulation']),
    province: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'mã tỉnh viết thường, không dấu, nối bằng gạch ngang (quang-nam)')
      .nullable(),
    year: z.number().int().nullable(),
    number: z.string().min(1).nullable(),
    issuer: z.string().min(1),
    issuedDate: isoDate,
    effectiveDate: isoDate,
    expiryDate: isoDate,
    status: z.enum(['in_force', 'expired', 'replaced', 'unknown']),
    statusNote: z.string().min(1),
    /** The text that replaces this one, e.g. `Luật 53/2024/QH15`; implies status `replaced`. */
    replacedBy: z.string().min(1),
    completeness: z.string().min(1),
    excerpt: z.boolean(),
    /** Số hiệu of the law the text details, e.g. `66/2011/QH12`. */
    implementsLaw: z.string().regex(/^\d{1,4}\/\d{4}\/QH\d{1,2}$/, 'số hiệu luật dạng 66/2011/QH12'),
  })
  .partial()
  .strict();

export const manifestSchema = z.record(z.string(), manifestEntry);
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = z.infer<typeof manifestEntry>;

/** Every document file under dir (sorted, forward-slash relative paths), skipping README.md and hidden folders. */
export function listDocuments(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (DOCUMENT_FILE.test(name) && !/^readme\.md$/i.test(name)) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

function readManifest(dir: string, errors: LoadError[]): { manifest: Manifest; hash: string } {
  const file = join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return { manifest: {}, hash: '' };
  const raw = readFileSync(file, 'utf8');
  try {
    const parsed = manifestSchema.safeParse(YAML.parse(raw) ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${issue.path.join('.')}: ${issue.message}`);
    }
    return { manifest: parsed.data, hash: sha256(raw) };
  } catch (err) {
    errors.push({ file: MANIFEST_FILE, message: `Tệp manifest không hợp lệ, bỏ qua: ${(err as Error).message}` });
    return { manifest: {}, hash: sha256(raw) };
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface LoadOptions {
  /** Reference date for plan periods (tests pin it). */
  now?: Date;
}

/** A document's text, or why it could not be read. */
interface Source {
  id: string;
  contentHash: string;
  text?: string;
  error?: string;
}

function readSource(dir: string, id: string): { bytes: Buffer; source: Source } {
  const bytes = readFileSync(join(dir, id));
  const contentHash = sha256(bytes);
  if (EXTRACTED_FORMAT.test(id)) {
    const text = cachedExtraction(dir, contentHash);
    return {
      bytes,
      source:
        text === undefined
          ? { id, contentHash, error: 'Chưa trích xuất văn bản từ tệp này: chạy `npm run ingest` hoặc nạp bằng loadCorpusAsync.' }
          : { id, contentHash, text },
    };
  }
  try {
    return { bytes, source: { id, contentHash, text: utf8.decode(bytes) } };
  } catch {
    return { bytes, source: { id, contentHash, error: 'Tệp không phải văn bản UTF-8.' } };
  }
}

const docsOf = new WeakMap<Corpus, Map<string, DocMeta>>();
/** The corpus' documents by id, once per loaded corpus. */
export function docsById(corpus: Corpus): Map<string, DocMeta> {
  let docs = docsOf.get(corpus);
  if (!docs) docsOf.set(corpus, (docs = new Map(corpus.docs.map((d) => [d.id, d]))));
  return docs;
}

const sectionsOf = new WeakMap<Corpus, Map<string, number>>();
/** Where each section stands in the corpus' list, by id, once per loaded corpus. */
export function sectionIndexById(corpus: Corpus): Map<string, number> {
  let at = sectionsOf.get(corpus);
  if (!at) sectionsOf.set(corpus, (at = new Map(corpus.sections.map((s, i) => [s.id, i]))));
  return at;
}

/** Synchronous: .md/.txt directly, .docx/.pdf from the extraction cache (an error names files not yet extracted). */
export function loadCorpus(dir: string, opts: LoadOptions = {}): Corpus {
  return buildCorpus(
    dir,
    listDocuments(dir).map((id) => readSource(dir, id).source),
    opts,
  );
}

/** Like loadCorpus, but extracts .docx/.pdf text that is not cached yet (and caches it). */
export async function loadCorpusAsync(dir: string, opts: LoadOptions = {}): Promise<Corpus> {
  const sources: Source[] = [];
  for (const id of listDocuments(dir)) {
    const { bytes, source } = readSource(dir, id);
    if (source.text === undefined && EXTRACTED_FORMAT.test(id)) {
      try {
        const text = await extractDocument(bytes, id);
        storeExtraction(dir, source.contentHash, text);
        sources.push({ id, contentHash: source.contentHash, text });
      } catch (err) {
        sources.push({ id, contentHash: source.contentHash, error: (err as Error).message });
      }
    } else sources.push(source);
  }
  return buildCorpus(dir, sources, opts);
}

/** Applies a manifest entry over inferred metadata; an overridden status drops the inferred note. */
export function applyOverride(meta: DocMeta, entry: ManifestEntry | undefined): DocMeta {
  if (!entry) return meta;
  const { replacedBy, ...rest } = entry;
  const out: DocMeta = { ...meta, ...rest };
  if (rest.status && !rest.statusNote && rest.status !== meta.status) delete out.statusNote;
  if (replacedBy) {
    out.status = 'replaced';
    out.statusNote = rest.statusNote ?? `đã được thay thế bởi ${replacedBy}`;
  }
  return out;
}

/** A text detailing a law that was replaced says so in its citation, whatever its own (unchecked) status. */
function noteReplacedBasis(docs: DocMeta[]): void {
  for (const doc of docs) {
    const law = doc.implementsLaw && docs.find((d) => d.number === doc.implementsLaw);
    if (law && law.status === 'replaced') doc.basisNote = `hướng dẫn ${law.shortName}, luật này ${validityNote(law)}`;
  }
}

function buildCorpus(dir: string, sources: Source[], opts: LoadOptions): Corpus {
  const errors: LoadError[] = [];
  const docs: DocMeta[] = [];
  const sections: Section[] = [];
  const hashParts: string[] = [`parser:${PARSER_VERSION}`];
  const { manifest, hash: manifestHash } = readManifest(dir, errors);
  if (manifestHash) hashParts.push(`${MANIFEST_FILE}\0${manifestHash}`);

  for (const { id, contentHash, text, error } of sources) {
    try {
      if (error !== undefined || text === undefined) throw new Error(error ?? 'Không đọc được tệp.');
      const parsed = parseDocument(text);
      if (parsed.sections.length === 0) throw new Error('Văn bản không có nội dung.');
      const meta = applyOverride(inferMeta({ id, parsed, contentHash, now: opts.now }), manifest[id]);
      docs.push(meta);
      parsed.sections.forEach((s, ordinal) => {
        sections.push({ id: `${id}#${ordinal}`, docId: id, ordinal, path: s.path, text: s.text });
      });
      hashParts.push(`${id}\0${contentHash}`);
    } catch (err) {
      errors.push({ file: id, message: (err as Error).message });
    }
  }
  for (const key of Object.keys(manifest)) {
    if (!docs.some((d) => d.id === key))
      errors.push({ file: MANIFEST_FILE, message: `Manifest nhắc tới văn bản không có trong kho: ${key}` });
  }
  noteReplacedBasis(docs);
  return { docs, sections, chunks: chunkSections(docs, sections), hash: sha256(hashParts.join('\n')), errors };
}
