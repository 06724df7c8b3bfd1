/**
 * The entries of a (decompressed) tar member of a `.deb`, through tar-stream (which handles
 * ustar, GNU long names and pax headers), with paths made relative to the package root.
 */
import { extract } from 'tar-stream';
import { DebFormatError, errorText } from './errors.js';

export type DebEntryType = 'file' | 'directory' | 'symlink' | 'hardlink';

export interface DebEntry {
  /** Relative to the package root, `/`-separated, without `./`, `.` segments or a trailing `/`. */
  path: string;
  type: DebEntryType;
  /** Permission bits, setuid/setgid/sticky included (`mode & 0o7777`). */
  mode: number;
  /**
   * A symlink's target exactly as stored (relative or absolute, not checked: it is resolved
   * where the tree is installed), or a hardlink's target, normalized like `path`.
   */
  linkTarget?: string;
  /** The content of a regular file. */
  data?: Uint8Array;
}

/**
 * `name` relative to the package root: `./usr/lib/` → `usr/lib`, `./` → ``. An absolute name
 * or one with a `..` segment is refused: whoever unpacks the entries must be able to join the
 * path to a root without checking it again.
 */
export function normalizeEntryPath(name: string, source: string, member: string): string {
  if (name.startsWith('/')) {
    throw new DebFormatError(
      source,
      `${member} holds the absolute path "${name}" (entries must be relative to the package root)`,
    );
  }
  const segments = name.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) {
    throw new DebFormatError(
      source,
      `${member} holds the path "${name}", which has a ".." segment ` +
        `(entries must stay inside the package root)`,
    );
  }
  return segments.join('/');
}

const TYPES: Record<string, DebEntryType> = {
  file: 'file',
  'contiguous-file': 'file',
  directory: 'directory',
  symlink: 'symlink',
  link: 'hardlink',
};

/**
 * Every entry of the tar in `bytes` except the root directory, in archive order. `member`
 * (`data.tar.xz`) and `source` name the archive in errors.
 */
export async function readTarEntries(
  bytes: Uint8Array,
  source: string,
  member: string,
): Promise<DebEntry[]> {
  const entries: DebEntry[] = [];
  const tar = extract();
  const reading = (async () => {
    for await (const entry of tar) {
      const { header } = entry;
      const type = TYPES[header.type ?? 'file'];
      if (type === undefined) {
        // Debian Policy 10.6: packages must not include device files or named pipes.
        throw new DebFormatError(
          source,
          `${member} entry "${header.name}" is a ${header.type ?? 'entry'}; ` +
            `expected a file, directory, symlink or hardlink`,
        );
      }
      const path = normalizeEntryPath(header.name, source, member);
      const out: DebEntry = { path, type, mode: (header.mode ?? 0) & 0o7777 };
      if (type === 'file') {
        const chunks: Buffer[] = [];
        for await (const chunk of entry) chunks.push(chunk as Buffer);
        out.data = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
      } else {
        entry.resume();
        if (type === 'symlink' || type === 'hardlink') {
          const target = header.linkname ?? '';
          if (target === '') {
            throw new DebFormatError(source, `${member} ${type} "${header.name}" has no target`);
          }
          out.linkTarget =
            type === 'hardlink' ? normalizeEntryPath(target, source, member) : target;
        }
      }
      if (path === '' && type === 'directory') continue;
      if (path === '') {
        throw new DebFormatError(source, `${member} holds a ${type} named "${header.name}"`);
      }
      entries.push(out);
    }
  })();
  tar.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    await reading;
  } catch (error) {
    tar.destroy();
    if (error instanceof DebFormatError) throw error;
    throw new DebFormatError(source, `${member} is not a readable tar: ${errorText(error)}`, {
      cause: error,
    });
  }
  return entries;
}
