// `npm run ingest -- <file-or-folder>... [--province <slug>] [--dry-run] [--to <dir>]`
// Reads documents as deployers have them (.md, .txt, .docx, .pdf with a text layer), shows what the
// parser makes of each (title, number, province, dates, status, section tree) and, unless --dry-run,
// copies them into the knowledge folder (plans/ or regulations/ by inferred kind).

import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { EXTRACTED_FORMAT, extractDocument, sha256, storeExtraction } from './extract.js';
import { BUNDLED_KNOWLEDGE_DIR, applyOverride, listDocuments, loadCorpusAsync, manifestSchema } from './load.js';
import { inferMeta } from './meta.js';
import { MAX_SECTION_CHARS, parseDocument, type ParsedSection } from './parse.js';
import { slugify, vnDate } from './text.js';
import type { DocMeta } from './types.js';
import { documentLabel } from './cite.js';
import { statusLabel } from './validity.js';

export interface IngestOptions {
  inputs: string[];
  /** Knowledge folder to copy into (default KNOWLEDGE_DIR or the bundled folder). */
  to: string;
  province?: string;
  dryRun?: boolean;
  now?: Date;
}

export interface IngestResult {
  file: string;
  /** Document id in the knowledge folder (where it was or would be copied). */
  id?: string;
  meta?: DocMeta;
  sections?: ParsedSection[];
  action?: 'copied' | 'replaced' | 'unchanged' | 'dry-run' | 'in-place';
  error?: string;
}

const dateOrDash = (iso?: string) => (iso === undefined ? '–' : vnDate(iso));

/** Indented heading tree with the character count of each section's own text (⚠ over the split limit). */
export function formatTree(sections: ParsedSection[]): string[] {
  const lines: string[] = [];
  let prev: string[] = [];
  for (const s of sections) {
    let common = 0;
    while (common < prev.length && common < s.path.length && prev[common] === s.path[common]) common++;
    const same = s.path.length > 0 && common === s.path.length && common === prev.length;
    for (let d = common; d < s.path.length - 1; d++) lines.push(`${'  '.repeat(d + 2)}${s.path[d]}`);
    const label = s.path.length === 0 ? '(phần mở đầu)' : same ? '(tiếp)' : s.path[s.path.length - 1];
    const depth = Math.max(0, s.path.length - 1) + (same ? 1 : 0);
    const warn = s.text.length > MAX_SECTION_CHARS ? ' ⚠' : '';
    lines.push(`${'  '.repeat(depth + 2)}${label} [${s.text.length}]${warn}`);
    prev = s.path;
  }
  return lines;
}

function listInputs(input: string): { path: string; base: string }[] {
  const abs = resolve(input);
  if (!existsSync(abs)) return [{ path: abs, base: abs }];
  if (statSync(abs).isDirectory()) return listDocuments(abs).map((id) => ({ path: join(abs, id), base: abs }));
  return [{ path: abs, base: resolve(abs, '..') }];
}

async function readText(path: string, bytes: Buffer): Promise<string> {
  if (EXTRACTED_FORMAT.test(path)) return extractDocument(bytes, path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('Tệp không phải văn bản UTF-8.');
  }
}

function readManifest(dir: string) {
  const file = join(dir, 'manifest.yaml');
  return existsSync(file) ? YAML.parseDocument(readFileSync(file, 'utf8')) : new YAML.Document({});
}

/** Processes every input; prints through `print`; never throws for a bad document (it is reported). */
export async function ingest(opts: IngestOptions, print: (line: string) => void = console.log): Promise<IngestResult[]> {
  const to = resolve(opts.to);
  const province = opts.province ? slugify(opts.province) : undefined;
  const manifestDoc = readManifest(to);
  const manifest = manifestSchema.safeParse(manifestDoc.toJS() ?? {});
  const overrides = manifest.success ? manifest.data : {};
  const results: IngestResult[] = [];
  let manifestChanged = false;

  for (const input of opts.inputs) {
    for (const { path } of listInputs(input)) {
      const rel = relative(process.cwd(), path);
      const shown = rel && !rel.startsWith('..') ? rel : path;
      const result: IngestResult = { file: shown };
      results.push(result);
      try {
        if (!existsSync(path)) throw new Error('Không tìm thấy tệp hoặc thư mục.');
        const bytes = readFileSync(path);
        const text = await readText(path, bytes);
        const parsed = parseDocument(text);
        if (parsed.sections.length === 0) throw new Error('Văn bản không có nội dung.');
        const contentHash = sha256(bytes);
        const inside = path.startsWith(to + sep);
        // Kind is inferred from the text alone first (no folder hint), then decides the folder.
        const probe = inferMeta({ id: basename(path), parsed, contentHash, now: opts.now });
        const id = inside
          ? relative(to, path).split(sep).join('/')
          : `${probe.kind === 'plan' ? 'plans' : 'regulations'}/${basename(path)}`;
        let meta = applyOverride(inferMeta({ id, parsed, contentHash, now: opts.now }), overrides[id]);
        if (province) meta = { ...meta, province };
        Object.assign(result, { id, meta, sections: parsed.sections });

        const dest = join(to, id);
        if (opts.dryRun) result.action = inside ? 'in-place' : 'dry-run';
        else if (inside) result.action = 'in-place';
        else {
          const existed = existsSync(dest);
          if (existed && sha256(readFileSync(dest)) === contentHash) result.action = 'unchanged';
          else {
            mkdirSync(join(dest, '..'), { recursive: true });
            copyFileSync(path, dest);
            result.action = existed ? 'replaced' : 'copied';
          }
        }
        if (!opts.dryRun) {
          if (EXTRACTED_FORMAT.test(path)) storeExtraction(to, contentHash, text);
          if (province && overrides[id]?.province !== province) {
            if (!YAML.isMap(manifestDoc.contents)) manifestDoc.contents = manifestDoc.createNode({}) as typeof manifestDoc.contents;
            (manifestDoc.contents as YAML.YAMLMap).flow = false;
            manifestDoc.setIn([id, 'province'], province);
            manifestChanged = true;
          }
        }
        printResult(result, print);
      } catch (err) {
        result.error = (err as Error).message;
        print(`✗ ${shown}: ${result.error}`);
      }
    }
  }
  if (manifestChanged) {
    writeFileSync(join(to, 'manifest.yaml'), manifestDoc.toString());
    print(`Đã ghi tỉnh "${province}" vào ${join(to, 'manifest.yaml')}.`);
  }
  const failed = results.filter((r) => r.error);
  print('');
  print(
    `${results.length - failed.length}/${results.length} tệp đọc được${failed.length ? `; không đọc được: ${failed.map((r) => r.file).join(', ')}` : ''}.`,
  );
  if (!opts.dryRun) {
    const corpus = await loadCorpusAsync(to, { now: opts.now });
    print(
      `Kho ${to}: ${corpus.docs.length} văn bản, ${corpus.sections.length} mục, ${corpus.chunks.length} đoạn (mã ${corpus.hash.slice(0, 12)}).`,
    );
    for (const e of corpus.errors) print(`  lỗi ${e.file}: ${e.message}`);
    print('Bot đang chạy sẽ tự nạp lại kho văn bản và dựng lại chỉ mục trong nền (không cần khởi động lại).');
  } else print('Chạy thử (--dry-run): không sao chép tệp nào.');
  return results;
}

function printResult(r: IngestResult, print: (line: string) => void): void {
  const m = r.meta!;
  const action = {
    copied: 'đã chép',
    replaced: 'đã thay bản cũ',
    unchanged: 'không đổi',
    'dry-run': 'sẽ chép',
    'in-place': 'đã ở trong kho',
  }[r.action!];
  print(`✓ ${r.file} → ${r.id} (${action})`);
  print(`  Tiêu đề: ${m.title}`);
  print(
    `  Tên trích dẫn: ${documentLabel(m)} · Loại: ${m.kind === 'plan' ? 'kế hoạch địa phương' : 'văn bản quy phạm'} · Số hiệu: ${m.number ?? '–'}`,
  );
  print(`  Tỉnh: ${m.province ?? 'toàn quốc'} · Cơ quan ban hành: ${m.issuer ?? '–'}`);
  print(
    `  Ngày ban hành: ${dateOrDash(m.issuedDate)} · Hiệu lực: ${dateOrDash(m.effectiveDate)} · Hết hiệu lực: ${dateOrDash(m.expiryDate)}`,
  );
  print(`  Tình trạng: ${statusLabel(m)}`);
  if (m.completeness) print(`  Phạm vi${m.excerpt ? ' (bản trích)' : ''}: ${m.completeness}`);
  const longest = Math.max(0, ...r.sections!.map((s) => s.text.length));
  print(`  Cây mục: ${r.sections!.length} mục, dài nhất ${longest} ký tự`);
  for (const line of formatTree(r.sections!)) print(line);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      province: { type: 'string' },
      'dry-run': { type: 'boolean' },
      to: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log('Cách dùng: npm run ingest -- <tệp-hoặc-thư-mục>... [--province <mã-tỉnh>] [--dry-run] [--to <thư-mục-kho>]');
    return positionals.length === 0 && !values.help ? 1 : 0;
  }
  const results = await ingest({
    inputs: positionals,
    to: values.to ?? process.env.KNOWLEDGE_DIR ?? BUNDLED_KNOWLEDGE_DIR,
    province: values.province,
    dryRun: values['dry-run'],
  });
  return results.some((r) => r.error) ? 2 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`Lỗi: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
