// Mojibake: UTF-8 bytes that were decoded with a legacy code page and saved again as UTF-8.
// Each character is mapped back to its byte in the code page; a run whose bytes form valid
// multi-byte UTF-8 is mojibake, and decoding those bytes gives the text that was meant.

/** Bytes 0x80..0xFF of Windows-1252 (undefined bytes keep their C1 control character). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178' +
  Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)).join('');

/** Bytes 0x80..0xFF of Mac OS Roman. */
const MAC_ROMAN_HIGH =
  '\u00c4\u00c5\u00c7\u00c9\u00d1\u00d6\u00dc\u00e1\u00e0\u00e2\u00e4\u00e3\u00e5\u00e7\u00e9\u00e8' +
  '\u00ea\u00eb\u00ed\u00ec\u00ee\u00ef\u00f1\u00f3\u00f2\u00f4\u00f6\u00f5\u00fa\u00f9\u00fb\u00fc' +
  '\u2020\u00b0\u00a2\u00a3\u00a7\u2022\u00b6\u00df\u00ae\u00a9\u2122\u00b4\u00a8\u2260\u00c6\u00d8' +
  '\u221e\u00b1\u2264\u2265\u00a5\u00b5\u2202\u2211\u220f\u03c0\u222b\u00aa\u00ba\u03a9\u00e6\u00f8' +
  '\u00bf\u00a1\u00ac\u221a\u0192\u2248\u2206\u00ab\u00bb\u2026\u00a0\u00c0\u00c3\u00d5\u0152\u0153' +
  '\u2013\u2014\u201c\u201d\u2018\u2019\u00f7\u25ca\u00ff\u0178\u2044\u20ac\u2039\u203a\ufb01\ufb02' +
  '\u2021\u00b7\u201a\u201e\u2030\u00c2\u00ca\u00c1\u00cb\u00c8\u00cd\u00ce\u00cf\u00cc\u00d3\u00d4' +
  '\uf8ff\u00d2\u00da\u00db\u00d9\u0131\u02c6\u02dc\u00af\u02d8\u02d9\u02da\u00b8\u02dd\u02db\u02c7';

function byteTable(high: string): Map<string, number> {
  const table = new Map<string, number>();
  for (let i = 0; i < high.length; i++) table.set(high[i]!, 0x80 + i);
  return table;
}

const CODE_PAGES: { name: string; bytes: Map<string, number> }[] = [
  { name: 'Windows-1252', bytes: byteTable(CP1252_HIGH) },
  { name: 'Mac OS Roman', bytes: byteTable(MAC_ROMAN_HIGH) },
];

export interface MojibakeRun {
  start: number;
  end: number;
  /** The text that was meant. */
  decoded: string;
  codePage: string;
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 when it is no lead byte. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Decodes one UTF-8 sequence starting at text[i] read through a code page, if there is one. */
function decodeAt(text: string, i: number, bytes: Map<string, number>): string | undefined {
  const lead = bytes.get(text[i]!);
  if (lead === undefined) return undefined;
  const n = sequenceLength(lead);
  if (n === 0 || i + n > text.length) return undefined;
  let cp = lead & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
  for (let k = 1; k < n; k++) {
    const b = bytes.get(text[i + k]!);
    if (b === undefined || b < 0x80 || b > 0xbf) return undefined;
    cp = (cp << 6) | (b & 0x3f);
  }
  // Overlong forms and surrogates are not what an encoder writes.
  if ((n === 3 && cp < 0x800) || (n === 4 && cp < 0x10000) || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) {
    return undefined;
  }
  return String.fromCodePoint(cp);
}

/**
 * An emoji whose lead byte F0 was lost on the way (Mac OS Roman shows it as a private-use
 * character that is often dropped): "üìß" is 9F 93 A7, the tail of F0 9F 93 A7 = 📧.
 */
function decodeHeadlessEmoji(text: string, i: number, bytes: Map<string, number>): string | undefined {
  if (bytes.get(text[i]!) !== 0x9f || i + 3 > text.length) return undefined;
  const b2 = bytes.get(text[i + 1]!);
  const b3 = bytes.get(text[i + 2]!);
  if (b2 === undefined || b3 === undefined || b2 < 0x80 || b2 > 0xbf || b3 < 0x80 || b3 > 0xbf) return undefined;
  return String.fromCodePoint(0x1f000 | ((b2 & 0x3f) << 6) | (b3 & 0x3f));
}

/** Every run of mojibake in the text, in order; one pass per code page. */
export function findMojibake(text: string): MojibakeRun[] {
  const runs: MojibakeRun[] = [];
  for (const { name, bytes } of CODE_PAGES) {
    let i = 0;
    while (i < text.length) {
      if (text.charCodeAt(i) < 0x80) {
        i++;
        continue;
      }
      const first = decodeAt(text, i, bytes);
      if (first === undefined) {
        const emoji = decodeHeadlessEmoji(text, i, bytes);
        if (emoji !== undefined && !runs.some((r) => r.start < i + 3 && i < r.end)) {
          runs.push({ start: i, end: i + 3, decoded: emoji, codePage: name });
          i += 3;
        } else i++;
        continue;
      }
      const start = i;
      let decoded = '';
      let piece: string | undefined = first;
      while (piece !== undefined) {
        decoded += piece;
        i += sequenceLength(bytes.get(text[i]!)!);
        piece = i < text.length ? decodeAt(text, i, bytes) : undefined;
      }
      if (!runs.some((r) => r.start < i && start < r.end)) runs.push({ start, end: i, decoded, codePage: name });
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}
