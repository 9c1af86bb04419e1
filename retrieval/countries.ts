// The countries people in the provinces are most often trafficked to, or foreign victims come from, as chat names
// them (lowercase, with diacritics): where "bị bán sang …" takes someone, and whose nationals "người …" names.
export const TRAFFICKING_COUNTRIES: readonly string[] = ['trung quốc', 'campuchia', 'lào', 'thái lan', 'malaysia', 'đài loan', 'hàn quốc'];
