// Where GitHub looks for a security policy: the .github folder, the root, then docs/, with the
// file name in any letter case.

const POLICY_NAME_RE = /^security\.md$/i;

/** Folders GitHub searches, in the order it searches them ('' is the repository root). */
export const POLICY_DIRS = ['.github', '', 'docs'] as const;

/** True when a path relative to a repository root is a place GitHub takes a policy from. */
export function isPolicyPath(relativePath: string): boolean {
  const parts = relativePath.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || !POLICY_NAME_RE.test(parts[parts.length - 1]!)) return false;
  if (parts.length === 1) return true;
  return parts.length === 2 && /^(?:\.github|docs)$/i.test(parts[0]!);
}

/**
 * The policy GitHub would show for a repository, given a way to list a folder's entries
 * (relative to the root). Returns the path relative to the root, or undefined.
 */
export function findPolicyIn(list: (dir: string) => string[]): string | undefined {
  for (const dir of POLICY_DIRS) {
    let names: string[];
    try {
      names = list(dir);
    } catch {
      continue;
    }
    const name = names.filter((n) => POLICY_NAME_RE.test(n)).sort()[0];
    if (name) return dir ? `${dir}/${name}` : name;
  }
  return undefined;
}
