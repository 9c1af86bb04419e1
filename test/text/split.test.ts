import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitText } from '../../handlers/text/split.js';

/** True when `text` is exactly the parts in order, separated/surrounded only by whitespace. */
function reconstructs(text: string, parts: string[]): boolean {
  let pos = 0;
  for (const part of parts) {
    while (pos < text.length && /\s/.test(text[pos]) && !text.startsWith(part, pos)) pos++;
    if (!text.startsWith(part, pos)) return false;
    pos += part.length;
  }
  return text.slice(pos).trim() === '';
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

describe('splitText', () => {
  it('returns the trimmed text as one part when it fits', () => {
    expect(splitText('  Xin chào.  ', 20)).toEqual(['Xin chào.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitText(' \n\t ', 10)).toEqual([]);
    expect(splitText('', 10)).toEqual([]);
  });

  it('rejects a limit below 2', () => {
    expect(() => splitText('abc', 1)).toThrow(RangeError);
  });

  it('prefers paragraph breaks over sentence ends', () => {
    const p1 = 'Câu một. Câu hai dài hơn một chút.';
    const p2 = 'Đoạn hai. Có hai câu.';
    const parts = splitText(`${p1}\n\n${p2}`, p1.length + 10);
    expect(parts).toEqual([p1, p2]);
  });

  it('cuts at the last sentence end that fits', () => {
    const text = 'Gọi ngay 111 khi cần. Cán bộ sẽ liên hệ lại với bạn. Thông tin được giữ bí mật.';
    const parts = splitText(text, 60);
    expect(parts).toEqual(['Gọi ngay 111 khi cần. Cán bộ sẽ liên hệ lại với bạn.', 'Thông tin được giữ bí mật.']);
  });

  it('falls back to word boundaries when a sentence is too long', () => {
    const text = 'một hai ba bốn năm sáu bảy tám chín mười';
    const parts = splitText(text, 12);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(12);
      expect(p).not.toMatch(/^\s|\s$/);
    }
    expect(parts.join(' ')).toBe(text);
  });

  it('hard-cuts a long word without splitting surrogate pairs', () => {
    const text = '😀'.repeat(5); // 10 code units
    const parts = splitText(text, 3);
    expect(parts.join('')).toBe(text);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(3);
      expect(isLow(p.charCodeAt(0))).toBe(false);
      expect(isHigh(p.charCodeAt(p.length - 1))).toBe(false);
    }
  });

  it('does not separate a Vietnamese base letter from its combining marks (NFD)', () => {
    const text = 'Nạn nhân'.normalize('NFD').replace(/ /g, '').repeat(3);
    const parts = splitText(text, 5);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(/^\p{M}/u.test(p)).toBe(false);
  });

  it('property: parts fit, are non-empty, trimmed and rebuild the text in order', () => {
    const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
    const sep = fc.constantFrom(' ', '  ', '\n', '\n\n', '. ', '! ', '? ', '.\n\n', ', ', '');
    const textArb = fc.array(fc.tuple(word, sep), { maxLength: 60 }).map((xs) => xs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(textArb, fc.integer({ min: 2, max: 80 }), (text, limit) => {
        const parts = splitText(text, limit);
        for (const p of parts) {
          if (p.length === 0 || p.length > limit) return false;
          if (p !== p.trim()) return false;
        }
        return reconstructs(text, parts);
      }),
      { numRuns: 400 },
    );
  });

  it('property: arbitrary unicode never yields broken surrogate pairs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 2, max: 30 }), (text, limit) => {
        const parts = splitText(text, limit);
        if (!reconstructs(text, parts)) return false;
        return parts.every((p) => {
          if (p.length > limit) return false;
          // A cut never lands between a high and a low surrogate.
          const first = p.charCodeAt(0);
          const last = p.charCodeAt(p.length - 1);
          return !isLow(first) && !isHigh(last);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('property: text that fits comes back whole', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), (text) => {
        const parts = splitText(text, 50);
        return text.trim() === '' ? parts.length === 0 : parts.length === 1 && parts[0] === text.trim();
      }),
    );
  });
});
