// Preferred-Languages tags judged against the IANA language subtag registry (through
// language-tags), and the tag that was probably meant when one is not valid.

import { language, region, tags } from 'language-tags';

/** The RFC 5646 grammar (section 2.1): language, script, region, variants, extensions, private use. */
const WELL_FORMED =
  /^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$|^[Xx](?:-[A-Za-z0-9]{1,8})+$/;

/** Private-use ranges of the registry (RFC 5646 section 2.2.1-2.2.4) that the library keeps as ranges. */
const PRIVATE_LANGUAGE = /^q[a-t][a-z]$/i;
const PRIVATE_SCRIPT = /^qa(?:a[a-z]|b[a-x])$/i;
const PRIVATE_REGION = /^(?:q[m-z]|x[a-z]|zz)$/i;

/** Faults that make a tag invalid. Deprecated subtags and a redundant script are valid, only dated. */
const INVALID_CODES = new Set([2, 3, 4, 5, 6, 7, 8, 9, 12]); // no language, unknown, too long, extra …, duplicate variant, order

export type TagVerdict = { valid: true } | { valid: false; wellFormed: boolean; suggestion?: string; region?: string };

export function judgeLanguageTag(tag: string): TagVerdict {
  // Grandfathered tags (i-klingon, art-lojban) are valid outside the grammar (RFC 5646 section 2.2.8).
  if (tags(tag).type() === 'grandfathered') return { valid: true };
  if (!WELL_FORMED.test(tag)) return { valid: false, wellFormed: false, ...suggestionFor(tag) };
  if (registered(tag)) return { valid: true };
  return { valid: false, wellFormed: true, ...suggestionFor(tag) };
}

function registered(tag: string): boolean {
  if (/^x-/i.test(tag)) return true; // a private-use tag is valid by construction
  // Private-use subtags are valid; the library does not expand the registry's ranges.
  const probe = tag
    .split('-')
    .map((subtag, i) =>
      (i === 0 && PRIVATE_LANGUAGE.test(subtag)) ||
      (i > 0 && subtag.length === 4 && PRIVATE_SCRIPT.test(subtag)) ||
      (i > 0 && subtag.length === 2 && PRIVATE_REGION.test(subtag))
        ? stand(i, subtag.length)
        : subtag,
    )
    .join('-');
  return !tags(probe)
    .errors()
    .some((error) => INVALID_CODES.has(error.code));
}

/** A registered subtag of the same kind, standing in for a private-use one. */
function stand(position: number, length: number): string {
  if (position === 0) return 'en';
  return length === 4 ? 'Latn' : 'US';
}

/**
 * What the writer probably meant: the hyphenated form of a locale name (en_US), the two-letter
 * code of an ISO 639-2 code (eng, ger), the language of an English or native language name
 * (English, Deutsch), or the language of a country code (CZ: cs).
 */
function suggestionFor(tag: string): { suggestion?: string; region?: string } {
  const hyphenated = tag.replace(/_/g, '-');
  if (hyphenated !== tag && WELL_FORMED.test(hyphenated) && registered(hyphenated)) return { suggestion: hyphenated };
  const canonical = canonicalLocale(hyphenated);
  if (canonical && canonical.toLowerCase() !== hyphenated.toLowerCase() && registered(canonical)) return { suggestion: canonical };
  // "en; de", "en de", "en/de": tags that need commas between them.
  const parts = tag.split(/[\s;/|]+/).filter(Boolean);
  if (parts.length > 1 && parts.every((part) => WELL_FORMED.test(part) && registered(part))) return { suggestion: parts.join(', ') };
  const named = languageNamed(tag);
  if (named) return { suggestion: named };
  if (/^[A-Za-z]{2}$/.test(tag) && !PRIVATE_REGION.test(tag) && region(tag)) {
    const spoken = regionLanguage(tag);
    if (spoken) return { suggestion: spoken, region: tag.toUpperCase() };
  }
  return {};
}

function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The most likely language of a country, from CLDR's likely subtags. */
function regionLanguage(country: string): string | undefined {
  try {
    const likely = new Intl.Locale(`und-${country.toUpperCase()}`).maximize().language;
    return likely === 'und' ? undefined : likely;
  } catch {
    return undefined;
  }
}

let names: Map<string, string> | undefined;

/** Two-letter languages by their English and native names, lower-cased. */
function languageNamed(name: string): string | undefined {
  if (!names) {
    names = new Map();
    const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    for (const code of twoLetterLanguages()) {
      for (const display of [english.of(code), nativeName(code)]) {
        if (display && !names.has(display.toLowerCase())) names.set(display.toLowerCase(), code);
      }
    }
  }
  return names.get(name.trim().toLowerCase());
}

function nativeName(code: string): string | undefined {
  try {
    return new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
}

function twoLetterLanguages(): string[] {
  const out: string[] = [];
  for (let a = 97; a <= 122; a++) {
    for (let b = 97; b <= 122; b++) {
      const code = String.fromCharCode(a, b);
      const subtag = language(code);
      if (subtag && !subtag.deprecated()) out.push(code);
    }
  }
  return out;
}
