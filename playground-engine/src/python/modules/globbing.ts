// Shell-style wildcards over the in-memory file system, shared by pathlib's glob/rglob
// and the glob module (which, unlike pathlib, hides dot files from `*`).

import type { MemFs } from './files';

/** fnmatch.translate for one path segment: `*`, `?`, `[seq]`, `[!seq]`. */
export function segmentRegex(seg: string): RegExp {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      let j = i + 1;
      if (seg[j] === '!') j++;
      if (seg[j] === ']') j++;
      while (j < seg.length && seg[j] !== ']') j++;
      if (j >= seg.length) out += '\\[';
      else {
        let body = seg.slice(i + 1, j).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        else if (body.startsWith('^')) body = `\\${body}`;
        out += `[${body}]`;
        i = j;
      }
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^(?:${out})$`, 's');
}

export const hasMagic = (s: string) => /[*?[]/.test(s);

export function joinPath(base: string, name: string): string {
  if (base === '' || base === '.') return name;
  return base.endsWith('/') ? base + name : `${base}/${name}`;
}

export interface GlobOptions {
  /** `*` and `?` match names starting with '.' (pathlib) or not (glob.glob). */
  dotfiles: boolean;
  /** `**` spans directories (pathlib always; glob.glob with recursive=True). */
  recursive: boolean;
  /** A final `**` yields files too (glob.glob) rather than directories only (pathlib). */
  starStarFiles?: boolean;
}

function entries(fs: MemFs, base: string, opts: GlobOptions, out: string[]): void {
  for (const name of fs.list(base || '.')) {
    if (!opts.dotfiles && name.startsWith('.')) continue;
    const child = joinPath(base, name);
    out.push(child);
    if (fs.isDir(child)) entries(fs, child, opts, out);
  }
}

function subdirs(fs: MemFs, base: string, opts: GlobOptions, out: string[]): void {
  for (const name of fs.list(base || '.')) {
    const child = joinPath(base, name);
    if (!fs.isDir(child)) continue;
    if (!opts.dotfiles && name.startsWith('.')) continue;
    out.push(child);
    subdirs(fs, child, opts, out);
  }
}

/** Paths under `base` matching the relative `segments`, in name order, without duplicates. */
export function globWalk(fs: MemFs, base: string, segments: string[], opts: GlobOptions): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string, segs: string[]) => {
    if (segs.length === 0) {
      if (!seen.has(dir)) {
        seen.add(dir);
        out.push(dir);
      }
      return;
    }
    const [seg, ...rest] = segs;
    if (seg === '**' && opts.recursive) {
      if (rest.length === 0 && opts.starStarFiles) {
        const all: string[] = dir === '' ? [] : [`${dir}/`];
        entries(fs, dir, opts, all);
        for (const e of all) walk(e, []);
        return;
      }
      const dirs = [dir];
      subdirs(fs, dir, opts, dirs);
      for (const d of dirs) walk(d, rest);
      return;
    }
    if (!hasMagic(seg)) {
      const child = joinPath(dir, seg);
      if (rest.length === 0 ? fs.exists(child) : fs.isDir(child)) walk(child, rest);
      return;
    }
    const re = segmentRegex(seg);
    const hideDots = !opts.dotfiles && !seg.startsWith('.');
    for (const name of fs.list(dir || '.')) {
      if (hideDots && name.startsWith('.')) continue;
      if (!re.test(name)) continue;
      const child = joinPath(dir, name);
      if (rest.length && !fs.isDir(child)) continue;
      walk(child, rest);
    }
  };
  walk(base, segments);
  return out;
}
