// Shared by tempfile, shutil and glob: paths as the caller gave them, and CPython's
// OSError texts.

import { E, pyErr } from '../values/exceptions';
import { repr } from '../values/repr';

export const notFound = (p: string) =>
  pyErr(E.FileNotFoundError, `[Errno 2] No such file or directory: ${repr(p)}`);
export const fileExists = (p: string) =>
  pyErr(E.FileExistsError, `[Errno 17] File exists: ${repr(p)}`);
export const isADirectory = (p: string) =>
  pyErr(E.IsADirectoryError, `[Errno 21] Is a directory: ${repr(p)}`);

export const baseName = (p: string) => p.replace(/\/+$/, '').split('/').pop() ?? '';
export const joinTo = (dir: string, name: string) =>
  dir.endsWith('/') ? dir + name : `${dir}/${name}`;
