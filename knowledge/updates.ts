// What changed since the bundled documents were issued (knowledge/updates.yaml): replaced laws, merged
// provinces, abolished agencies, hotlines. Every entry carries its source and a confidence (`medium` is
// said less firmly). A deployment's knowledge folder may carry its own updates.yaml, which wins over the
// bundled one; an invalid file is reported with its file name and line, and the caller keeps what it had.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML, { LineCounter, isNode } from 'yaml';
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải viết dạng YYYY-MM-DD, ví dụ "2025-07-01"')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'ngày không có thật',
  );
const confidence = z.enum(['high', 'medium'], { message: 'độ tin cậy (confidence) là high hoặc medium' });
const text = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'mã tỉnh viết thường, không dấu, nối bằng gạch ngang (quang-nam)');

const lawChange = z
  .object({
    old: text,
    new: text,
    /** The bundled file holding the new text (possibly an excerpt), relative to the knowledge folder. */
    new_file: text.optional(),
    effective: isoDate.optional(),
    amended_by: text.optional(),
    detailed_by: text.optional(),
    /** Which rule applies to cases that started under the old text. */
    transitional: text.optional(),
    note: text.optional(),
    confidence,
    sources: z.array(text).optional(),
  })
  .strict();

const provinceChange = z
  .object({
    /** Slug of the former province, as the documents and contacts use it. */
    old: slug,
    old_name: text,
    /** The province-level unit it belongs to today, e.g. `thành phố Đà Nẵng`. */
    now: text,
    merged_with: z.array(text).default([]),
    seat: text.optional(),
    confidence,
    source: text.optional(),
    sources: z.array(text).optional(),
  })
  .strict();

const agencyChange = z
  .object({
    /** Names of the agency as documents write them (full and abbreviated). */
    old: z.array(text).min(1),
    /** Who does the work now, in the source's words. */
    now: text,
    since: isoDate.optional(),
    confidence,
    /** A part of the change the sources leave open, said less firmly after what they say for sure. */
    unsure: text.optional(),
    sources: z.array(text).optional(),
  })
  .strict();

/** The reform that merged the provinces: the resolution, and how many province-level units there were and are. */
const provinceReform = z
  .object({
    basis: text,
    units_before: z.number().int().positive(),
    units_after: z.number().int().positive(),
    confidence,
    sources: z.array(text).optional(),
  })
  .strict();

const hotlineFact = z
  .object({
    number: z.string().regex(/^[0-9][0-9 .]{1,18}[0-9]$/, 'số điện thoại chỉ gồm chữ số, dấu cách hoặc dấu chấm'),
    fact: text,
    confidence,
    sources: z.array(text).optional(),
  })
  .strict();

export const updatesSchema = z
  .object({
    /** When the changes took effect (the merged provinces and the new law: 01/07/2025). */
    effective: isoDate.optional(),
    laws: z.array(lawChange).default([]),
    provinces: z.array(provinceChange).default([]),
    merger: provinceReform.optional(),
    agencies: z.array(agencyChange).default([]),
    hotlines: z.array(hotlineFact).default([]),
  })
  .strict();

export type Updates = z.infer<typeof updatesSchema>;
export type LawChange = Updates['laws'][number];
export type ProvinceChange = Updates['provinces'][number];
export type AgencyChange = Updates['agencies'][number];
export type HotlineFact = Updates['hotlines'][number];
export type Confidence = z.infer<typeof confidence>;

/** Nothing known to have changed: what the bot uses when no valid file was ever read. */
export const NO_UPDATES: Updates = { laws: [], provinces: [], agencies: [], hotlines: [] };

export const UPDATES_FILE: string = fileURLToPath(new URL('./updates.yaml', import.meta.url));

/** An invalid updates file, with where the problem is. */
export class UpdatesFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`Tệp cập nhật ${file}${line ? `, dòng ${line}` : ''}: ${reason}`);
    this.name = 'UpdatesFileError';
  }
}

export interface ReadUpdatesOptions {
  /** Province slugs the documents and contacts know; a province entry naming another slug is an error. */
  knownProvinces?: readonly string[];
}

/** Line (1-based) of the YAML node at path, or of its nearest existing parent. */
function lineOf(doc: YAML.Document, counter: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Parses and validates the text of an updates file; throws UpdatesFileError naming the file and line. */
export function parseUpdates(source: string, file: string, opts: ReadUpdatesOptions = {}): Updates {
  const counter = new LineCounter();
  const doc = YAML.parseDocument(source, { lineCounter: counter });
  const syntax = doc.errors[0];
  if (syntax) throw new UpdatesFileError(file, syntax.linePos?.[0].line, `sai cú pháp YAML: ${syntax.message.split('\n')[0]}`);
  const parsed = updatesSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join('.');
    throw new UpdatesFileError(
      file,
      lineOf(doc, counter, issue.path as (string | number)[]),
      `${where ? `${where}: ` : ''}${issue.message}`,
    );
  }
  const known = opts.knownProvinces;
  if (known) {
    const i = parsed.data.provinces.findIndex((p) => !known.includes(p.old));
    if (i >= 0) {
      const bad = parsed.data.provinces[i].old;
      throw new UpdatesFileError(
        file,
        lineOf(doc, counter, ['provinces', i, 'old']),
        `provinces.${i}.old: không có tỉnh "${bad}" trong văn bản và danh bạ (có: ${[...known].sort().join(', ')})`,
      );
    }
  }
  return parsed.data;
}

/** The updates file a knowledge folder uses: its own updates.yaml, else the bundled one. */
export function updatesFileOf(dir: string): string {
  const own = join(dir, 'updates.yaml');
  return existsSync(own) ? own : UPDATES_FILE;
}

/**
 * Reads the updates of a knowledge folder now (at start and after the folder changed). Province slugs are
 * checked against knownProvinces only for the folder's own file: the bundled fallback describes the bundled
 * provinces, which a deployment with other documents simply does not use.
 */
export function readUpdatesOf(dir: string, opts: ReadUpdatesOptions = {}): Updates {
  const file = updatesFileOf(dir);
  const own = resolve(file) === resolve(join(dir, 'updates.yaml'));
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UpdatesFileError(file, undefined, `không đọc được tệp (${(err as Error).message})`);
  }
  return parseUpdates(source, file, own ? opts : {});
}

/** Số hiệu in a text (`66/2011/QH12`, `09/2013/NĐ-CP`), in order of appearance. */
export function documentNumbers(s: string): string[] {
  return [...s.matchAll(/\d{1,4}\/\d{4}\/[\p{Lu}\d][\p{Lu}\p{Ll}\d-]*/gu)].map((m) => m[0]);
}

/** A text the updates name but whose full text the knowledge folder does not have. */
export interface UnavailableText {
  /** e.g. `Nghị định 162/2025/NĐ-CP`. */
  name: string;
  number: string;
  /** True when only an excerpt is bundled (new_file of an entry), false when nothing of it is. */
  excerpt: boolean;
}

const FULL_TEXT_MISSING = /toàn văn chưa có/iu;
const DOC_NAME =
  /(Luật|Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Nghị quyết)[^;()]*?(\d{1,4}\/\d{4}\/[\p{Lu}\d][\p{Lu}\p{Ll}\d-]*)/gu;

/** Named texts in a phrase: `Nghị định 162/2025/NĐ-CP và … Luật 53/2024/QH15` → both, with their type. */
function namedTexts(s: string): { name: string; number: string }[] {
  return [...s.matchAll(DOC_NAME)].map((m) => ({ name: `${m[1]} ${m[2]}`, number: m[2] }));
}

/**
 * Texts whose content the bot cannot give: those the file says are not in the folder ("toàn văn chưa có"),
 * and new texts bundled only as an excerpt (their numbers in excerptNumbers). A question about them beyond
 * what is bundled must get an honest "not in the documents".
 */
export function unavailableTexts(updates: Updates, excerptNumbers: readonly string[] = []): UnavailableText[] {
  const out: UnavailableText[] = [];
  const add = (t: { name: string; number: string } | undefined, excerpt: boolean) => {
    if (t && !out.some((u) => u.number === t.number)) out.push({ ...t, excerpt });
  };
  for (const law of updates.laws) {
    for (const field of [law.new, law.detailed_by]) if (field && FULL_TEXT_MISSING.test(field)) add(namedTexts(field)[0], false);
    for (const t of namedTexts(law.new)) if (excerptNumbers.includes(t.number)) add(t, true);
  }
  return out;
}
