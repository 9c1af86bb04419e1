// Imports run one way: bot → handlers → retrieval → knowledge. No layer imports a higher one, nor tools/ or
// test/; tools/ (evaluation, benchmarks, load) may import anything. Handlers and below never import grammY.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LAYERS = ['knowledge', 'retrieval', 'handlers', 'bot'] as const;
type Layer = (typeof LAYERS)[number];
const FORBIDDEN_FOR_LAYERS = ['tools', 'test'];
const CHANNEL_PACKAGES = /^(grammy|@grammyjs\/)/;

/** Every module specifier a TypeScript file imports or re-exports, static or dynamic. */
function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1]);
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

function topFolder(path: string): string {
  return path.split(/[\\/]/)[0];
}

/** Why `file` may not import `specifier`, or undefined when the import runs the right way. */
function violation(file: string, specifier: string): string | undefined {
  const from = topFolder(file) as Layer;
  if (!specifier.startsWith('.')) {
    return from !== 'bot' && CHANNEL_PACKAGES.test(specifier) ? `${from}/ imports the channel library ${specifier}` : undefined;
  }
  const target = topFolder(relative(ROOT, resolve(dirname(join(ROOT, file)), specifier)));
  if (FORBIDDEN_FOR_LAYERS.includes(target)) return `${from}/ imports ${target}/`;
  const to = LAYERS.indexOf(target as Layer);
  if (to > LAYERS.indexOf(from)) return `${from}/ imports the higher layer ${target}/`;
  return undefined;
}

describe('dependency direction', () => {
  it('finds static, dynamic and re-export specifiers, ignoring comments', () => {
    const src = [
      "import { a } from '../x.js';",
      "import type {\n  B,\n  C,\n} from './y.js';",
      "export { d } from '../../z.js';",
      "import './side-effect.js';",
      "const m = await import('../lazy.js');",
      "// import { no } from '../commented.js';",
      "/* import { no } from '../block.js'; */",
    ].join('\n');
    expect(importSpecifiers(src)).toEqual(['../x.js', './y.js', '../../z.js', './side-effect.js', '../lazy.js']);
  });

  it('flags a backward import', () => {
    expect(violation('handlers/x.ts', '../bot/config.js')).toMatch(/higher layer bot/);
    expect(violation('knowledge/x.ts', '../test/fakes/a.js')).toMatch(/imports test/);
    expect(violation('retrieval/x.ts', 'grammy')).toMatch(/channel library/);
    expect(violation('bot/x.ts', '../handlers/y.js')).toBeUndefined();
  });

  it.each(LAYERS)('%s/ imports only its own layer and the ones below', (layer) => {
    const problems = tsFiles(layer).flatMap((file) =>
      importSpecifiers(readFileSync(join(ROOT, file), 'utf8'))
        .map((spec) => ({ spec, why: violation(file, spec) }))
        .filter((v) => v.why)
        .map((v) => `${file}: '${v.spec}' (${v.why})`),
    );
    expect(problems).toEqual([]);
  });
});

describe('one definition of text normalisation', () => {
  // Diacritic folding decomposes to NFD; invisible-character stripping names U+200B. Both live in knowledge/text.ts.
  const DEFINES_NORMALISATION = /normalize\(\s*['"]NFD['"]\s*\)|\\u200[bB]/;

  it.each([...LAYERS, 'tools'])('%s/ uses knowledge/text.ts instead of its own folding or stripping', (folder) => {
    const copies = tsFiles(folder).filter(
      (f) => f !== join('knowledge', 'text.ts') && DEFINES_NORMALISATION.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(copies).toEqual([]);
  });
});
