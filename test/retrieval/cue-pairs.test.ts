import { describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { CUE_PAIRS, createCuePairReader } from '../../retrieval/cue-pairs.js';
import { createQueryExpander } from '../../retrieval/expand.js';
import { analyze, foldToken } from '../../retrieval/text.js';

const foldedSeq = (s: string) => analyze(s).seq.map(foldToken).join(' ');

describe('cue pairs (data)', () => {
  it('only adds terms the bundled documents actually use', () => {
    const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
    const text = ` ${corpus.sections.map((s) => foldedSeq([...s.path, s.text].join(' '))).join(' | ')} `;
    const absent = CUE_PAIRS.flatMap((p) => p.legal).filter((l) => !text.includes(` ${foldedSeq(l)} `));
    expect(absent).toEqual([]);
  });

  it('is written in lowercase NFC with diacritics, each pair needing two cues or more', () => {
    for (const p of CUE_PAIRS) {
      const context = p.context ?? [];
      expect(p.all.length + context.length).toBeGreaterThan(1);
      expect(p.legal.length).toBeGreaterThan(0);
      for (const w of [...p.all.flat(), ...context.flat(), ...p.legal]) {
        expect(w).toBe(w.normalize('NFC').toLowerCase().trim());
        expect(analyze(w).seq.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('cue pair reader', () => {
  const read = createCuePairReader([
    { all: [['hộ chiếu', 'giấy tờ'], ['giữ']], legal: ['giấy thông hành'] },
    { all: [['bắt làm'], ['giữ']], legal: ['cưỡng bức lao động'] },
    { all: [['chỗ ngủ']], context: [['biên phòng']], legal: ['bố trí chỗ ở tạm thời'] },
  ]);

  it('reads a word by the other words of the question', () => {
    expect(read('Bọn chủ giữ hộ chiếu của con tôi')).toEqual([{ words: ['giu', 'ho', 'chieu'], phrases: ['giấy thông hành'] }]);
    expect(read('Nó bị giữ lại, bắt làm suốt ngày')).toEqual([{ words: ['giu', 'bat', 'lam'], phrases: ['cưỡng bức lao động'] }]);
  });

  it('needs its context too, but the phrases do not stand for the context', () => {
    expect(read('Biên phòng có lo chỗ ngủ không')).toEqual([{ words: ['cho', 'ngu'], phrases: ['bố trí chỗ ở tạm thời'] }]);
    expect(read('Có lo chỗ ngủ không')).toEqual([]);
  });

  it('needs every cue, each as whole syllables', () => {
    expect(read('Ai giữ bí mật cho tôi')).toEqual([]);
    expect(read('Làm hộ chiếu ở đâu')).toEqual([]);
    expect(read('Giữ lại cái hộ chiếuu')).toEqual([]);
  });

  it('accepts cues of two syllables typed without diacritics, but not with other ones', () => {
    expect(read('nó bị giữ, bat lam suốt ngày')).toEqual([{ words: ['giu', 'bat', 'lam'], phrases: ['cưỡng bức lao động'] }]);
    expect(read('giữ hồ chiếu')).toEqual([]);
    // Alone, `giu` may be giữ or giũ.
    expect(read('giu bắt làm')).toEqual([]);
  });

  it('adds nothing the question already says', () => {
    expect(read('Bị giữ hộ chiếu thì xin giấy thông hành ở đâu')).toEqual([]);
  });

  it('joins the bundled thesaurus in the query expansion', () => {
    const pair = CUE_PAIRS.find((p) => p.legal.includes('xét xử kín'))!;
    const question = `${pair.all[0][0]} vụ này có ${pair.all[1][0]} không`;
    expect(createQueryExpander().expand(question)).toContain('xét xử kín');
    expect(createQueryExpander(undefined, []).expand(question)).not.toContain('xét xử kín');
  });
});
