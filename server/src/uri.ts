// Just enough URI handling for file names: the path part of a URI, and file: URIs as paths.

/** Group 1: the path of a hierarchical URI (scheme://authority/path). */
export const URI_PATH_RE = /^[a-z][a-z0-9+.-]*:(?:\/\/[^/?#]*)?([^?#]*)/i;

/** The local file path of a file: URI, else undefined (virtual workspaces, untitled files). */
export function uriToPath(uri: string): string | undefined {
  const m = /^file:\/\/([^/?#]*)([^?#]*)/i.exec(uri);
  if (!m) return undefined;
  const decoded = decodeURIComponent(m[2]!);
  // file:///c%3A/x -> c:/x on Windows; keep POSIX paths as they are.
  return /^\/[a-z]:/i.test(decoded) ? decoded.slice(1) : m[1] ? `//${m[1]}${decoded}` : decoded;
}

/** '.github' or 'docs' when the URI's file is in such a folder, else '' (the root). */
export function policyDirOfUri(uri: string): string {
  const folder = (URI_PATH_RE.exec(uri)?.[1] ?? '').split('/').slice(-2, -1)[0]?.toLowerCase() ?? '';
  return folder === '.github' || folder === 'docs' ? folder : '';
}
