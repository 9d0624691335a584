// Where GitHub takes a security policy from: SECURITY.md, in any letter case, in the .github
// folder, the root or docs/.

const POLICY_NAME_RE = /^security\.md$/i;

/** True for a file name GitHub takes as a policy (SECURITY.md in any letter case). */
export function isPolicyName(name: string): boolean {
  return POLICY_NAME_RE.test(name);
}

/** True when a path relative to a repository root is a place GitHub takes a policy from. */
export function isPolicyPath(relativePath: string): boolean {
  const parts = relativePath.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || !isPolicyName(parts[parts.length - 1]!)) return false;
  if (parts.length === 1) return true;
  return parts.length === 2 && /^(?:\.github|docs)$/i.test(parts[0]!);
}
