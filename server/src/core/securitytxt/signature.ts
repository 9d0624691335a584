// The OpenPGP cleartext signature of a security.txt, read by OpenPGP.js: whether its armor and
// packets can be read, and, with the signer's public key at hand, whether it verifies and when
// that key expires. Asynchronous (OpenPGP.js is); the result feeds securitytxt/invalid-signature
// through LintOptions.signature.

import type { SignatureCheck } from '../model';
import { parseSecurityTxt } from './parse';

type OpenPgp = typeof import('openpgp');

// A host whose copy of the core was bundled without OpenPGP.js (the language server for Node
// shares the web worker's core, which leaves it out) hands in its own.
let loadOpenPgp: () => Promise<OpenPgp> = () => import('openpgp');

/** Makes checkSignature read signatures with this OpenPGP.js instead of the bundled one. */
export function useOpenPgp(load: () => Promise<OpenPgp>): void {
  loadOpenPgp = load;
}

/**
 * Checks the signature of a signed, completely framed file; undefined for any other file (its
 * framing is securitytxt/signature-format's) or where OpenPGP.js is not available.
 * `keys` are armored public keys ("-----BEGIN PGP PUBLIC KEY BLOCK-----") or binary ones.
 */
export async function checkSignature(text: string, keys: readonly (string | Uint8Array)[] = []): Promise<SignatureCheck | undefined> {
  const model = parseSecurityTxt(text);
  if (!model.signed || !model.signatureBlock?.complete) return undefined;
  let openpgp: OpenPgp;
  try {
    openpgp = await loadOpenPgp();
  } catch {
    return undefined;
  }
  const armored = text.slice(model.signed.start, model.signatureBlock.span.end);
  let message: Awaited<ReturnType<typeof openpgp.readCleartextMessage>>;
  try {
    message = await openpgp.readCleartextMessage({ cleartextMessage: armored });
  } catch (error) {
    return { problem: `OpenPGP.js cannot read it: ${reason(error)}` };
  }
  const signingKeyIds = message.getSigningKeyIDs().map((id) => id.toHex().toUpperCase());
  const readKeys = [];
  for (const key of keys) {
    try {
      readKeys.push(
        ...(typeof key === 'string' ? await openpgp.readKeys({ armoredKeys: key }) : await openpgp.readKeys({ binaryKeys: key })),
      );
    } catch {
      // A file that is not a key is not a key we can verify with; the others may be.
    }
  }
  const signer = readKeys.find((key) => key.getKeyIDs().some((id) => signingKeyIds.includes(id.toHex().toUpperCase())));
  if (!signer) return { signingKeyIds };
  try {
    const verification = await openpgp.verify({ message, verificationKeys: signer, expectSigned: true });
    await verification.signatures[0]!.verified;
  } catch (error) {
    // A curve this build leaves out is not a fault of the signature: it just cannot be checked.
    if (/not part of this build|only supported in the full build/.test(reason(error))) {
      return { signingKeyIds, unverifiable: `the key ${signer.getFingerprint().toUpperCase()} uses a curve this build cannot check` };
    }
    return { signingKeyIds, problem: `it does not verify with the key ${signer.getFingerprint().toUpperCase()}: ${reason(error)}` };
  }
  const expires = await signer.getExpirationTime();
  return {
    signingKeyIds,
    verifiedBy: signer.getFingerprint().toUpperCase(),
    ...(expires instanceof Date ? { keyExpires: expires.toISOString() } : {}),
  };
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error (?:reading|verifying) [^:]*: /i, '').replace(/\.$/, '');
}
