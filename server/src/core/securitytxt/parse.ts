// security.txt text -> SecurityTxtModel: lines classified as RFC 9116 (section 4) describes them,
// with the fields of the (possibly OpenPGP cleartext-signed) body.

import type { Span } from '../model';
import { lineStartsOf } from '../parse';

export interface TxtField extends Span {
  /** The name as written. */
  name: string;
  value: string;
  line: number;
  nameSpan: Span;
  valueSpan: Span;
  /** The colon and the white space after it. */
  separator: Span;
  /** White space before the name. */
  indent: Span;
}

export type TxtLineKind = 'blank' | 'comment' | 'field' | 'invalid' | 'pgp';

export interface TxtLine extends Span {
  kind: TxtLineKind;
  text: string;
  /** Offset just past the line ending (or the end of the text). */
  next: number;
  field?: TxtField;
}

export interface SecurityTxtModel {
  text: string;
  lines: TxtLine[];
  fields: TxtField[];
  lineStarts: number[];
  bom: boolean;
  /** The -----BEGIN PGP SIGNED MESSAGE----- line, when the file is signed. */
  signed?: Span;
  /** What comes before that line (blank lines and comments included), when anything does. */
  beforeSigned?: Span;
  /** The armor header lines of a signed message ("Hash: SHA256"). */
  armorHeaders: Span[];
  /** A signed message whose armor headers are not ended by a blank line: the first body line. */
  noBlankAfterHeaders?: Span;
  /** The signature block, from -----BEGIN PGP SIGNATURE----- to its end line when there is one. */
  signatureBlock?: { span: Span; complete: boolean };
  /** Signature blocks in a file that is not a signed message. */
  straySignatures: Span[];
  /** Armor lines where none can be: a second BEGIN PGP SIGNED MESSAGE, an END without a BEGIN. */
  misplacedArmor: Span[];
  /** Lines of the signature block that armor cannot hold: a dash-escaped line, a second header. */
  badSignatureLines: Span[];
  /** Non-blank lines after -----END PGP SIGNATURE-----. */
  afterSignature: Span[];
  /** Carriage returns without a line feed, which do not end a line. */
  loneCarriageReturns: Span[];
}

const BEGIN_SIGNED = '-----BEGIN PGP SIGNED MESSAGE-----';
const BEGIN_SIGNATURE = '-----BEGIN PGP SIGNATURE-----';
const END_SIGNATURE = '-----END PGP SIGNATURE-----';
/** Armor header keys (RFC 4880 section 6.2, RFC 9580 section 6.2.2): anything else starts the body. */
const ARMOR_LINE_RE = /^-----(?:BEGIN|END) PGP [A-Z ,/0-9]+-----$/;
const ARMOR_HEADER_RE = /^(?:Hash|Version|Comment|MessageID|Charset|SaltedHash): /;

const FIELD_RE = /^([ \t]*)([A-Za-z0-9][A-Za-z0-9-]{0,63})(:)([ \t]*)(.*)$/;

/** Lines end with LF or CR LF (RFC 9116 section 4: eol = *WSP [CR] LF); a CR alone ends nothing. */
function splitLines(text: string): { start: number; end: number; next: number }[] {
  const out: { start: number; end: number; next: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let next = text.indexOf('\n', start);
    next = next < 0 ? text.length : next + 1;
    let end = next;
    if (text[end - 1] === '\n') end--;
    if (end > start && text[end - 1] === '\r' && text[end] === '\n') end--;
    out.push({ start, end, next });
    start = next;
  }
  return out;
}

/** Carriage returns not followed by a line feed: old Mac line endings, which are none. */
function loneCarriageReturns(text: string): Span[] {
  const spans: Span[] = [];
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text[i + 1] !== '\n') spans.push({ start: i, end: i + 1 });
  return spans;
}

export function parseSecurityTxt(input: string): SecurityTxtModel {
  const bom = input.charCodeAt(0) === 0xfeff;
  const text = input;
  const lines: TxtLine[] = [];
  const fields: TxtField[] = [];
  const afterSignature: Span[] = [];
  const armorHeaders: Span[] = [];
  const straySignatures: Span[] = [];
  const misplacedArmor: Span[] = [];
  const badSignatureLines: Span[] = [];
  let signed: Span | undefined;
  let beforeSigned: Span | undefined;
  let noBlankAfterHeaders: Span | undefined;
  let signatureBlock: { span: Span; complete: boolean } | undefined;
  let stray: Span | undefined;
  // States of an OpenPGP cleartext signature (RFC 4880 section 7).
  let state: 'plain' | 'armor-headers' | 'body' | 'signature' | 'stray' | 'after' = 'plain';
  const raw = splitLines(text);
  raw.forEach(({ start, end, next }, index) => {
    const from = index === 0 && bom ? start + 1 : start;
    let lineText = text.slice(from, end);
    let kind: TxtLineKind | undefined;
    if (state === 'plain' && lineText === BEGIN_SIGNED && !signed) {
      signed = { start: from, end };
      if (from > (bom ? 1 : 0)) beforeSigned = { start: bom ? 1 : 0, end: from };
      state = 'armor-headers';
      kind = 'pgp';
    } else if (state === 'armor-headers') {
      if (lineText.trim() === '') {
        state = 'body';
        kind = 'pgp';
      } else if (ARMOR_HEADER_RE.test(lineText)) {
        armorHeaders.push({ start: from, end });
        kind = 'pgp';
      } else {
        // The blank line that ends the armor headers is missing: this line is the body's first.
        noBlankAfterHeaders = { start: from, end };
        state = 'body';
      }
    } else if (state === 'signature' || state === 'stray') {
      kind = 'pgp';
      const block = state === 'signature' ? signatureBlock!.span : stray!;
      block.end = end;
      // Armor holds Base64, a checksum and its end line: never a dash-escaped line or a second header.
      if (state === 'signature' && lineText !== END_SIGNATURE && (lineText.startsWith('- ') || ARMOR_LINE_RE.test(lineText)))
        badSignatureLines.push({ start: from, end });
      if (lineText === END_SIGNATURE) {
        if (state === 'signature') signatureBlock!.complete = true;
        state = state === 'signature' ? 'after' : 'plain';
      }
    } else if (state === 'after') {
      kind = lineText.trim() === '' ? 'blank' : 'pgp';
      if (kind === 'pgp') afterSignature.push({ start: from, end });
    } else if (lineText === BEGIN_SIGNATURE) {
      kind = 'pgp';
      if (state === 'body') {
        signatureBlock = { span: { start: from, end }, complete: false };
        state = 'signature';
      } else {
        stray = { start: from, end };
        straySignatures.push(stray);
        state = 'stray';
      }
    } else if ((state === 'plain' || state === 'body') && ARMOR_LINE_RE.test(lineText)) {
      // A second BEGIN PGP SIGNED MESSAGE, an END without its BEGIN, a body line that should
      // have been dash-escaped: armor where there can be none.
      kind = 'pgp';
      misplacedArmor.push({ start: from, end });
    }
    if (!kind) {
      // Dash-escaped lines of a signed body ("- -----") stand for the text after "- ".
      const escaped = state === 'body' && lineText.startsWith('- ');
      const offset = escaped ? from + 2 : from;
      if (escaped) lineText = lineText.slice(2);
      if (lineText.trim() === '') kind = 'blank';
      else if (lineText.startsWith('#')) kind = 'comment';
      else {
        const m = FIELD_RE.exec(lineText);
        if (m && !m[5]!.startsWith('//')) {
          const nameStart = offset + m[1]!.length;
          const colon = nameStart + m[2]!.length;
          const valueStart = colon + 1 + m[4]!.length;
          let valueEnd = m[5]!.length;
          while (valueEnd > 0 && (m[5]![valueEnd - 1] === ' ' || m[5]![valueEnd - 1] === '\t')) valueEnd--;
          const value = m[5]!.slice(0, valueEnd); // trailing blanks, trimmed without a backtracking regex
          const field: TxtField = {
            name: m[2]!,
            value,
            line: index,
            start: offset,
            end,
            nameSpan: { start: nameStart, end: colon },
            valueSpan: { start: valueStart, end: valueStart + value.length },
            separator: { start: colon, end: valueStart },
            indent: { start: offset, end: nameStart },
          };
          fields.push(field);
          lines.push({ kind: 'field', start: from, end, next, text: text.slice(from, end), field });
          return;
        }
        kind = 'invalid';
      }
    }
    lines.push({ kind, start: from, end, next, text: text.slice(from, end) });
  });
  return {
    text,
    lines,
    fields,
    lineStarts: lineStartsOf(text),
    bom,
    ...(signed ? { signed } : {}),
    ...(beforeSigned ? { beforeSigned } : {}),
    armorHeaders,
    ...(noBlankAfterHeaders ? { noBlankAfterHeaders } : {}),
    ...(signatureBlock ? { signatureBlock } : {}),
    straySignatures,
    misplacedArmor,
    badSignatureLines,
    afterSignature,
    loneCarriageReturns: loneCarriageReturns(text),
  };
}

/** The fields RFC 9116 and the IANA registry define, in their canonical spelling. */
export const KNOWN_FIELDS = [
  'Acknowledgments',
  'Canonical',
  'Contact',
  'CSAF',
  'Encryption',
  'Expires',
  'Hiring',
  'Policy',
  'Preferred-Languages',
  'Bug-Bounty',
];

/** Fields whose value must be a URI. */
export const URI_FIELDS = new Set(['contact', 'encryption', 'acknowledgments', 'canonical', 'policy', 'hiring', 'csaf']);

export function fieldsNamed(model: SecurityTxtModel, name: string): TxtField[] {
  const lower = name.toLowerCase();
  return model.fields.filter((f) => f.name.toLowerCase() === lower);
}
