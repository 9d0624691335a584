// Letters that people leave out or type another way: "zgloszenie" for "zgłoszenie", "guvenlik" for
// "güvenlik". A pack writes its sources with the proper letters and folds them, so that each
// proper letter also matches its stand-ins.

/**
 * Each letter with the letters that may stand for it (the letter itself first), or with a group
 * to put in its place ("(?:[iİ]\u0307?)") where a variant is more than one letter.
 */
export type LetterVariants = Record<string, string>;

/**
 * The source with every letter of `variants` widened to a class of its variants, inside a
 * character class too; escapes (\p{L}, \u0307) are copied as they are. `wordChar` replaces
 * `\p{L}` where a variant adds a combining mark to a letter (Turkish "i̇").
 */
export function fold(source: string, variants: LetterVariants, wordChar?: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const escape = /^\\(?:[pP]\{[^}]*\}|u[0-9a-fA-F]{4}|.)/su.exec(source.slice(i))![0];
      out += wordChar && !inClass && escape === String.raw`\p{L}` ? wordChar : escape;
      i += escape.length - 1;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    const alternatives = variants[ch];
    if (alternatives === undefined) out += ch;
    else if (alternatives.startsWith('(')) {
      if (inClass) throw new Error(`fold: "${ch}" stands for a group and cannot be folded inside a class: ${source}`);
      out += alternatives;
    } else out += inClass ? alternatives : `[${alternatives}]`;
  }
  return out;
}
