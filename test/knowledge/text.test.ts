import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  elidedQuote,
  foldDiacritics,
  foldedAsMeant,
  prepareSource,
  slugify,
  stripInvisible,
  uniformTone,
  vnDate,
  withoutToneMarks,
} from '../../knowledge/text.js';

const COMBINING = /[\u0300-\u036f]/;
/** Letters, marks, spaces and the characters that must go, in any order. */
const MIXED = fc.constantFrom(
  'a',
  'ệ',
  'đ',
  ' ',
  '\n',
  '\t',
  '\u0301',
  '\u0323',
  '\u200b',
  '\u200d',
  '\u00ad',
  '\ufeff',
  '\u202e',
  '\u0000',
  '\u001b',
  '\u0085',
  '\u2028',
);

describe('text normalisation', () => {
  it('folds every Vietnamese diacritic, đ included, from NFC or NFD input, keeping case', () => {
    expect(foldDiacritics('Đường dây nóng hỗ trợ nạn nhân')).toBe('Duong day nong ho tro nan nhan');
    expect(foldDiacritics('ĐỒNG NAI'.normalize('NFD'))).toBe('DONG NAI');
    expect(foldDiacritics('ăâêôơưđ ẮẦẺỄỘỚỪỸ')).toBe('aaeooud AAEEOOUY');
  });

  it('folding leaves no combining mark or đ and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const f = foldDiacritics(s);
        expect(COMBINING.test(f) || /[đĐ]/.test(f)).toBe(false);
        expect(foldDiacritics(f)).toBe(f);
      }),
    );
  });

  it('strips zero-width, bidi, soft-hyphen and control characters but keeps tabs and line breaks', () => {
    const dirty = 'cứu\u200b tôi\u200d với\u00ad\ufeff\u202e\u2066\u0000\u0007\u0085\t\r\n!';
    expect(stripInvisible(dirty)).toBe('cứu tôi với\t\r\n!');
  });

  it('composes to NFC after stripping, so a hidden character cannot split a letter from its mark', () => {
    expect(stripInvisible('nha\u200b\u0300')).toBe('nhà');
    expect(stripInvisible('hỗ trợ'.normalize('NFD'))).toBe('hỗ trợ');
  });

  it('stripped text holds no invisible or control character and stripping again changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: MIXED, maxLength: 40 }), (s) => {
        const once = stripInvisible(s);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: checks that control characters are gone
        expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\uFEFF]/.test(once)).toBe(false);
        expect(stripInvisible(once)).toBe(once);
      }),
    );
  });

  it('writes ISO dates day first, and leaves anything else as it is', () => {
    expect(vnDate('2025-07-01')).toBe('01/07/2025');
    for (const other of ['', '2025', '01/07/2025', 'không rõ']) expect(vnDate(other)).toBe(other);
  });

  it('makes slugs from province names however they are typed', () => {
    for (const typed of ['Quảng Nam', ' quang_nam ', 'QUẢNG  NAM', 'quang-nam', 'Quang Nam.']) expect(slugify(typed)).toBe('quang-nam');
    expect(slugify('Đồng Nai')).toBe('dong-nai');
  });

  it('prepares document text: stripped, LF line ends, non-breaking spaces and tabs as spaces', () => {
    expect(prepareSource('Điều\u00a01.\tPhạm vi\r\nKhoản\u200b 1\r')).toBe('Điều 1. Phạm vi\nKhoản 1\n');
  });
});

describe('withoutToneMarks', () => {
  it('joins spellings that differ in tone marks or where the tone is written, and keeps letter shapes apart', () => {
    expect(withoutToneMarks('Khánh Hoà')).toBe(withoutToneMarks('Khánh Hòa'));
    expect(withoutToneMarks('Hà Tĩnh')).toBe('ha tinh');
    expect(withoutToneMarks('năm định')).not.toBe(withoutToneMarks('Nam Định'));
    expect(withoutToneMarks('diễn biến')).not.toBe(withoutToneMarks('Điện Biên'));
    expect(withoutToneMarks('Ha\u0300 Ti\u0303nh')).toBe('ha tinh');
  });

  it('puts the tone of a final oa, oe or uy on its first vowel, wherever it was written', () => {
    expect(['uỷ', 'hoà', 'khoẻ', 'thuỷ', 'tuỳ', 'xoá'].map(uniformTone)).toEqual(['ủy', 'hòa', 'khỏe', 'thủy', 'tùy', 'xóa']);
    // The u of "qu" is no vowel, a closed syllable has one place for its tone, and a tone already first stays.
    expect(['quý', 'quỹ', 'hoàn', 'ủy', 'hòa'].map(uniformTone)).toEqual(['quý', 'quỹ', 'hoàn', 'ủy', 'hòa']);
  });
});

describe('foldedAsMeant', () => {
  it('leaves out a word typed with other diacritics than the meant one, and keeps one typed without', () => {
    expect(foldedAsMeant('Ai báo về công an?', ['bảo', 'vệ'])).toBe(' ai _ _ cong an ');
    expect(foldedAsMeant('Ai bảo vệ nó?', ['bảo', 'vệ'])).toBe(' ai bao ve no ');
    expect(foldedAsMeant('ai bao ve no', ['bảo', 'vệ'])).toBe(' ai bao ve no ');
    expect(foldedAsMeant('Phải tới trình báo, tôi đi cùng', ['tôi'])).toBe(' phai _ trinh bao toi di cung ');
  });
});

describe('elidedQuote', () => {
  it('cuts a long quote at a word and marks the rest left out with a spaced ellipsis', () => {
    expect(elidedQuote('Bố trí nơi tạm lánh cho nạn nhân', 14)).toBe('Bố trí nơi …');
    expect(elidedQuote('Giữ bí mật', 14)).toBe('Giữ bí mật');
  });
});
