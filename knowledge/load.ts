// Loads a folder of .md/.txt documents into a Corpus: docs, sections, chunks and a content hash.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { z } from 'zod';
import { chunkSections } from './chunk.js';
import { inferMeta } from './meta.js';
import { parseDocument } from './parse.js';
import type { Corpus, DocMeta, LoadError, Section } from './types.js';

/** Absolute path of the bundled knowledge folder (this module's folder). */
export const BUNDLED_KNOWLEDGE_DIR: string = fileURLToPath(new URL('.', import.meta.url)).replace(/[\\/]$/, '');

/** Bumped when parsing or chunking changes, so persisted indexes are rebuilt. */
export const PARSER_VERSION = 3;

const MANIFEST_FILE = 'manifest.yaml';

const manifestEntry = z
  .object({
    title: z.string().min(1),
    shortName: z.string().min(1),
    kind: z.enum(['plan', 'regulation']),
    province: z.string().min(1).nullable(),
    year: z.number().int().nullable(),
    number: z.string().min(1).nullable(),
    issuer: z.string().min(1),
    issuedDate: z.string().min(1),
    effectiveDate: z.string().min(1),
    expiryDate: z.string().min(1),
    status: z.enum(['in_force', 'expired', 'replaced', 'unknown']),
    statusNote: z.string().min(1),
  })
  .partial()
  .strict();

export const manifestSchema = z.record(z.string(), manifestEntry);
export type Manifest = z.infer<typeof manifestSchema>;

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Every .md/.txt file under dir (sorted, forward-slash relative paths), skipping README.md and hidden folders. */
function listDocuments(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (/\.(md|txt)$/i.test(name) && !/^readme\.md$/i.test(name)) out.push(relative(dir, full).split(sep).join('/'));
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

export function loadCorpus(dir: string, opts: LoadOptions = {}): Corpus {
  const errors: LoadError[] = [];
  const docs: DocMeta[] = [];
  const sections: Section[] = [];
  const hashParts: string[] = [`parser:${PARSER_VERSION}`];
  const { manifest, hash: manifestHash } = readManifest(dir, errors);
  if (manifestHash) hashParts.push(`${MANIFEST_FILE}\0${manifestHash}`);

  for (const id of listDocuments(dir)) {
    try {
      const bytes = readFileSync(join(dir, id));
      let source: string;
      try {
        source = utf8.decode(bytes);
      } catch {
        throw new Error('Tệp không phải văn bản UTF-8.');
      }
      const contentHash = sha256(bytes);
      const parsed = parseDocument(source);
      if (parsed.sections.length === 0) throw new Error('Văn bản không có nội dung.');
      const meta = { ...inferMeta({ id, parsed, contentHash, now: opts.now }), ...(manifest[id] ?? {}) } as DocMeta;
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
  return { docs, sections, chunks: chunkSections(docs, sections), hash: sha256(hashParts.join('\n')), errors };
}
