// Reading a policy file from disk with a clear message for every way it can fail.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { findPolicyIn, MAX_LINT_CHARS } from '../core/index';

/** Files above this size are not linted: no real policy is this large. */
export const MAX_POLICY_BYTES = MAX_LINT_CHARS;

export class PolicyReadError extends Error {}

/** Resolves a path given on the command line: a directory means the policy GitHub would use there. */
export function resolvePolicyPath(arg: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(arg);
  } catch {
    throw new PolicyReadError(`${arg}: no such file or directory`);
  }
  if (!stat.isDirectory()) return arg;
  const found = findPolicyIn((dir) => fs.readdirSync(path.join(arg, dir)));
  if (!found) throw new PolicyReadError(`${arg}: no SECURITY.md in the folder, its .github/ or its docs/`);
  return path.join(arg, found);
}

/** Reads text for linting: UTF-8, BOM removed (as editors do), refusing binary and huge files. */
export function readPolicyText(file: string): string {
  return readPolicy(file).text;
}

/** Writes fixed text back, with the byte order mark the file had. */
export function writePolicy(file: string, text: string, bom: boolean): void {
  try {
    fs.writeFileSync(file, (bom ? '\uFEFF' : '') + text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PolicyReadError(`${file}: cannot be written (${code ?? String(error)}); nothing was changed`);
  }
}

export interface ReadText {
  text: string;
  bom: boolean;
  /** The bytes were UTF-8 throughout; otherwise they were decoded with U+FFFD or from UTF-16. */
  utf8: boolean;
  /** The encoding the bytes were decoded from. */
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';
}

export function readPolicy(file: string): ReadText {
  let buffer: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_POLICY_BYTES) {
      throw new PolicyReadError(
        `${file}: ${(size / 1048576).toFixed(1)} MB is too large to be a policy (limit ${MAX_POLICY_BYTES / 1048576} MB)`,
      );
    }
    buffer = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof PolicyReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PolicyReadError(`${file}: cannot be read (${code ?? String(error)})`);
  }
  // UTF-16 text is full of zero bytes; its byte order mark says it is text all the same.
  const utf16 = buffer[0] === 0xff && buffer[1] === 0xfe ? 'UTF-16LE' : buffer[0] === 0xfe && buffer[1] === 0xff ? 'UTF-16BE' : undefined;
  if (utf16) {
    const text = new TextDecoder(utf16.toLowerCase()).decode(buffer); // drops the byte order mark
    return { text, bom: false, utf8: false, encoding: utf16 };
  }
  if (buffer.subarray(0, 8192).includes(0)) throw new PolicyReadError(`${file}: is a binary file, not a text policy`);
  const text = buffer.toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom, utf8: isUtf8(buffer), encoding: 'UTF-8' };
}
