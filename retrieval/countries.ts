// The countries people in the provinces are most often trafficked to, or foreign victims come from, as chat names
// them (lowercase, with diacritics): where "bị bán sang …" takes someone, and whose nationals "người …" names.
import { foldDiacritics } from '../knowledge/text.js';

export const TRAFFICKING_COUNTRIES: readonly string[] = ['trung quốc', 'campuchia', 'lào', 'thái lan', 'malaysia', 'đài loan', 'hàn quốc'];

// Folded regular-expression sources, for words that are space-separated and padded (foldedWords).
/** A country named; folded, "Lào" reads like the "lao" of "lao động" (labour) and of "Lào Cai" (a province). */
export const COUNTRY = `(${TRAFFICKING_COUNTRIES.map((c) => (c === 'lào' ? 'lao(?! (dong|cai) )' : foldDiacritics(c))).join('|')})`;
/**
 * The short names chat gives China, with their diacritics: "TQ", and "Tàu" after a word of going or being there
 * ("bị bán sang Tàu"; alone, "tàu" is a ship or a train).
 */
export const CHINA_SHORT = 'tq|(sang|bên|qua) tàu';
/** "Bên đó / bên kia / bên ấy": the place abroad already spoken of. */
export const OVER_THERE = 'ben (do|kia|ay)';
/** A place abroad: a country, "nước ngoài", or over there. The thesaurus keeps its own everyday words for "ở nước ngoài". */
export const ABROAD_PLACE = `(${COUNTRY}|nuoc ngoai|${OVER_THERE})`;
