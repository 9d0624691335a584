// Public keys that may have signed a security.txt, from the folders around it: the key a site
// publishes for its Encryption field usually sits beside the file or at the web root.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** Key files are small; anything larger is not one. */
const MAX_KEY_BYTES = 256 * 1024;
const KEY_NAME_RE = /\.(?:asc|pub|key|gpg|pgp)$|(?:pgp|gpg|key).*\.txt$/i;
const ARMORED_KEY = '-----BEGIN PGP PUBLIC KEY BLOCK-----';

/** A key file's contents: armored text, or the bytes of a binary key. */
export type KeyData = string | Uint8Array;

/** Armored or binary public keys in the security.txt's folder and, for .well-known/, its parent. */
export function signingKeysNear(securityTxt: string): KeyData[] {
  const dir = path.dirname(path.resolve(securityTxt));
  const dirs = path.basename(dir) === '.well-known' ? [dir, path.dirname(dir)] : [dir];
  const keys: KeyData[] = [];
  for (const folder of dirs) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue; // an unreadable folder has no keys for us
    }
    for (const name of names.filter((n) => KEY_NAME_RE.test(n)).sort()) {
      const key = readKeyFile(path.join(folder, name));
      if (key) keys.push(key);
    }
  }
  return keys;
}

/** A key file's contents, or undefined when it is not a key (or cannot be read). */
export function readKeyFile(file: string): KeyData | undefined {
  try {
    if (!fs.statSync(file).isFile() || fs.statSync(file).size > MAX_KEY_BYTES) return undefined;
    const bytes = fs.readFileSync(file);
    const text = bytes.toString('utf8');
    if (text.includes(ARMORED_KEY)) return text;
    // A binary OpenPGP packet starts with a byte whose high bit is set.
    return bytes.length > 0 && (bytes[0]! & 0x80) !== 0 && /\.(?:gpg|pgp|pub|key)$/i.test(file) ? new Uint8Array(bytes) : undefined;
  } catch {
    return undefined;
  }
}
