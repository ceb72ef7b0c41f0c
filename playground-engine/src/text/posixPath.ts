// POSIX path rules of the snippet's file system, shared by the runtime's os/pathlib and the
// SDK's download roots. A leaf.

/** 'x', './x' and 'a/../x' name the same file. */
export function normalizePath(path: string): string {
  const abs = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (part === '..' && abs) continue;
    else out.push(part);
  }
  const joined = out.join('/');
  return abs ? `/${joined}` : joined || '.';
}

/** The snippet's working directory (os.getcwd()): relative paths live under it. */
export const CWD = '/home/user';

/** os.path.abspath: `path` against the working directory, normalized. */
export function abspath(path: string): string {
  return normalizePath(path.startsWith('/') ? path : `${CWD}/${path}`);
}
