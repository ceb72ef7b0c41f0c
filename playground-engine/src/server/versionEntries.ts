// A version's manifest entries as the server lists them: its uploaded files and its
// reference entries (add_reference), one list sorted by path. The files connections, the
// manifest and the fragment's size and file count all read it, so they agree.
import { md5Base64, utf8 } from '../text/hashes';
import type { ArtifactRec } from '../world/types';

export interface VersionEntry {
  name: string;
  digest: string;
  /** Bytes of a file; a reference's known size, else null. */
  size: number | null;
  /** The text of an uploaded file. */
  content?: string;
  ref?: string;
  extra?: Record<string, string>;
}

const bytes = (text: string) => utf8(text).length;

/** Every entry of the version, by path. */
export function versionEntries(a: ArtifactRec): VersionEntry[] {
  const out: VersionEntry[] = Object.keys(a.files).map((name) => ({
    name,
    digest: md5Base64(a.files[name]),
    size: bytes(a.files[name]),
    content: a.files[name],
  }));
  for (const r of a.references ?? []) {
    out.push({
      name: r.path,
      digest: r.digest,
      size: r.size,
      ref: r.ref,
      ...(r.extra ? { extra: r.extra } : {}),
    });
  }
  return out.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}

/** The entry names, sorted (the files connections page over them). */
export function versionEntryNames(a: ArtifactRec): string[] {
  const names = Object.keys(a.files);
  for (const r of a.references ?? []) names.push(r.path);
  return names.sort();
}

/** The sum of the known sizes (ArtifactManifestV1.size). */
export function versionSize(a: ArtifactRec): number {
  let n = 0;
  for (const text of Object.values(a.files)) n += bytes(text);
  for (const r of a.references ?? []) n += r.size ?? 0;
  return n;
}
