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
  /** Non-blank lines after -----END PGP SIGNATURE-----. */
  afterSignature: Span[];
}

const FIELD_RE = /^([ \t]*)([A-Za-z0-9][A-Za-z0-9-]{0,63})(:)([ \t]*)(.*)$/;

function splitLines(text: string): { start: number; end: number; next: number }[] {
  const out: { start: number; end: number; next: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    let next = end;
    if (text[next] === '\r') next++;
    if (text[next] === '\n') next++;
    out.push({ start, end, next });
    start = next;
  }
  return out;
}

export function parseSecurityTxt(input: string): SecurityTxtModel {
  const bom = input.charCodeAt(0) === 0xfeff;
  const text = input;
  const lines: TxtLine[] = [];
  const fields: TxtField[] = [];
  const afterSignature: Span[] = [];
  let signed: Span | undefined;
  // States of an OpenPGP cleartext signature (RFC 4880 section 7).
  let state: 'plain' | 'armor-headers' | 'body' | 'signature' | 'after' = 'plain';
  const raw = splitLines(text);
  raw.forEach(({ start, end, next }, index) => {
    const from = index === 0 && bom ? start + 1 : start;
    let lineText = text.slice(from, end);
    let kind: TxtLineKind;
    if (state === 'plain' && lineText === '-----BEGIN PGP SIGNED MESSAGE-----') {
      signed = { start: from, end };
      state = 'armor-headers';
      kind = 'pgp';
    } else if (state === 'armor-headers') {
      kind = 'pgp';
      if (lineText.trim() === '') state = 'body';
    } else if ((state === 'body' || state === 'plain') && lineText === '-----BEGIN PGP SIGNATURE-----') {
      state = 'signature';
      kind = 'pgp';
    } else if (state === 'signature') {
      kind = 'pgp';
      if (lineText === '-----END PGP SIGNATURE-----') state = 'after';
    } else if (state === 'after') {
      kind = lineText.trim() === '' ? 'blank' : 'pgp';
      if (kind === 'pgp') afterSignature.push({ start: from, end });
    } else {
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
  return { text, lines, fields, lineStarts: lineStartsOf(text), bom, ...(signed ? { signed } : {}), afterSignature };
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
