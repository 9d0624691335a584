// Where GitHub looks for a security policy: the .github folder, the root, then docs/, with the
// file name in any letter case (the test of one path is shared with the client).

import { isPolicyName, isPolicyPath } from '../../../shared/paths';

export { isPolicyPath };

/** Folders GitHub searches, in the order it searches them ('' is the repository root). */
export const POLICY_DIRS = ['.github', '', 'docs'] as const;

/**
 * Every policy of a repository where GitHub looks, in the order it looks, given a way to list a
 * folder's entries (relative to the root): the first is the one GitHub shows, the others are
 * never shown. Paths are relative to the root.
 */
export function findPoliciesIn(list: (dir: string) => string[]): string[] {
  return POLICY_DIRS.flatMap((dir) => {
    let names: string[];
    try {
      names = list(dir);
    } catch {
      return [];
    }
    return names
      .filter((n) => isPolicyName(n))
      .sort()
      .map((name) => (dir ? `${dir}/${name}` : name));
  });
}

/** The policy GitHub would show for a repository (see findPoliciesIn), or undefined. */
export function findPolicyIn(list: (dir: string) => string[]): string | undefined {
  return findPoliciesIn(list)[0];
}

/**
 * The places of a security.txt beside a repository's policy, as path segments below the
 * repository root, longest first: a web root's .well-known/, the root itself, docs/, and the
 * public/ and static/ folders of site generators.
 */
const SECURITY_TXT_PLACES = [
  ['public', '.well-known'],
  ['static', '.well-known'],
  ['docs', '.well-known'],
  ['.well-known'],
  ['docs'],
  [],
] as const;

/**
 * For a security.txt path (as segments, the file name last), the numbers of trailing segments
 * (file name included) that lead up to a repository root where it may sit, longest first.
 */
/** The folders below a repository root where a security.txt is looked for, as path segments. */
export function securityTxtPlaces(): readonly (readonly string[])[] {
  return SECURITY_TXT_PLACES;
}

export function securityTxtRootDepths(segments: readonly string[]): number[] {
  const folders = segments.slice(0, -1).map((s) => s.toLowerCase());
  if (!/^security\.txt$/i.test(segments[segments.length - 1] ?? '')) return [];
  return SECURITY_TXT_PLACES.filter(
    (place) => place.length <= folders.length && place.every((p, i) => folders[folders.length - place.length + i] === p),
  ).map((place) => place.length + 1);
}
