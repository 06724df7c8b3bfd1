/**
 * Reading a `.deb` without dpkg (deb(5)): the ar archive, its `debian-binary` version, the
 * control stanza and control files from `control.tar[.gz|.xz|.zst]`, and the file tree from
 * `data.tar[.gz|.xz|.zst]`. Member rules follow dpkg-deb: `debian-binary` first, members whose
 * names start with `_` skipped, then control.tar*, then data.tar*.
 */
import { readAr } from './ar.js';
import type { ArMember } from './ar.js';
import { parseDeb822 } from './deb822.js';
import type { Deb822Paragraph } from './deb822.js';
import { SUPPORTED_TEXT, decompressMember, memberCompression } from './deb-compression.js';
import type { DebCompression } from './deb-compression.js';
import { DebFormatError, DecompressionLimitError, errorText } from './errors.js';
import { MAX_DEB_BYTES, checkByteLimit } from './limits.js';
import { readTarEntries } from './tar-entries.js';
import type { DebEntry } from './tar-entries.js';

export interface DebArchive {
  /** The `control` file's stanza: Package, Version, Architecture, Depends, ... */
  control: Deb822Paragraph;
  /**
   * The regular files of control.tar by name: `control`, and where the package has them
   * `md5sums`, `conffiles`, `shlibs`, `triggers`, maintainer scripts.
   */
  controlFiles: ReadonlyMap<string, Uint8Array>;
  /** data.tar's entries in archive order (the root directory left out). */
  entries: DebEntry[];
  /** The compression of each tar member. */
  compression: { control: DebCompression; data: DebCompression };
}

export interface ReadDebOptions {
  /** Names the package in error messages: its file name or URL. Default "the .deb". */
  source?: string;
  /**
   * The most bytes control.tar and data.tar may decompress to together (the whole package is
   * held in memory). Default MAX_DEB_BYTES (1 GiB).
   */
  maxBytes?: number;
}

interface TarMember {
  name: string;
  compression: DebCompression;
  data: Uint8Array;
}

/** Reads a `.deb` from its bytes. Throws DebFormatError for anything dpkg-deb would refuse. */
export async function readDeb(
  bytes: Uint8Array,
  options: ReadDebOptions = {},
): Promise<DebArchive> {
  const source = options.source ?? 'the .deb';
  const limit = checkByteLimit('maxBytes', options.maxBytes ?? MAX_DEB_BYTES);
  const members = readAr(bytes, source);
  checkVersion(members[0], source);
  const rest = members.slice(1).filter((m) => !m.name.startsWith('_'));
  const control = tarMember(rest[0], 'control.tar', source);
  const data = tarMember(rest[1], 'data.tar', source);

  // One budget for both: control.tar (small) first, data.tar gets what it left.
  const controlTar = await decompressed(control, source, limit, 0);
  const dataTar = await decompressed(data, source, limit - controlTar.length, controlTar.length);
  const [controlEntries, entries] = await Promise.all([
    readTarEntries(controlTar, source, control.name),
    readTarEntries(dataTar, source, data.name),
  ]);
  const controlFiles = new Map<string, Uint8Array>();
  for (const entry of controlEntries) {
    if (entry.type === 'file' && entry.data) controlFiles.set(entry.path, entry.data);
  }
  return {
    control: controlStanza(controlFiles.get('control'), source, control.name),
    controlFiles,
    entries,
    compression: { control: control.compression, data: data.compression },
  };
}

function checkVersion(member: ArMember | undefined, source: string): void {
  if (member?.name !== 'debian-binary') {
    throw new DebFormatError(
      source,
      `is not a Debian package: its first ar member is ${member ? `"${member.name}"` : 'missing'}, ` +
        `expected "debian-binary"`,
    );
  }
  const text = new TextDecoder('latin1').decode(member.data);
  // dpkg reads "<major>.<minor>" and accepts any 2.x; the file is "2.0\n".
  if (!/^2\.\d+(\n|$)/.test(text)) {
    throw new DebFormatError(
      source,
      `debian-binary says format ${JSON.stringify(text.trim())}; this reader knows format 2.x`,
    );
  }
}

function tarMember(member: ArMember | undefined, base: string, source: string): TarMember {
  const expected = `${base}{,.gz,.xz,.zst}`;
  if (!member) {
    throw new DebFormatError(source, `has no ${base} member (expected ${expected})`);
  }
  const compression = memberCompression(member.name, base);
  if (compression === undefined) {
    throw new DebFormatError(
      source,
      `has the ar member "${member.name}" where ${expected} was expected`,
    );
  }
  if (typeof compression === 'object') {
    throw new DebFormatError(
      source,
      `${member.name} is compressed with ${compression.unsupported}, which this reader does ` +
        `not support (supported: ${SUPPORTED_TEXT})`,
    );
  }
  return { name: member.name, compression, data: member.data };
}

/**
 * The member's tar, at most `budget` bytes of it; `before` is what the package's other members
 * took of the limit, so that the message gives the package's total.
 */
async function decompressed(
  member: TarMember,
  source: string,
  budget: number,
  before: number,
): Promise<Uint8Array> {
  try {
    // At least one byte, so that a control.tar at the limit fails as data.tar's error.
    return await decompressMember(member.data, member.compression, {
      maxBytes: Math.max(budget, 1),
    });
  } catch (error) {
    if (error instanceof DecompressionLimitError) {
      const limit = error.limit + before;
      throw new DebFormatError(
        source,
        `${member.name} ${new DecompressionLimitError(limit, error.decompressed + before, 'the limit per .deb, control.tar and data.tar together').message}`,
        { cause: error },
      );
    }
    throw new DebFormatError(
      source,
      `${member.name} does not decompress as ${member.compression}: ${errorText(error)}`,
      { cause: error },
    );
  }
}

function controlStanza(
  bytes: Uint8Array | undefined,
  source: string,
  member: string,
): Deb822Paragraph {
  if (!bytes) throw new DebFormatError(source, `${member} has no "control" file`);
  let paragraphs: Deb822Paragraph[];
  try {
    paragraphs = parseDeb822(new TextDecoder('utf-8').decode(bytes), 'control file');
  } catch (error) {
    throw new DebFormatError(source, errorText(error), { cause: error });
  }
  const [stanza] = paragraphs;
  if (paragraphs.length !== 1 || !stanza) {
    throw new DebFormatError(
      source,
      `control file holds ${paragraphs.length} paragraphs, expected one`,
    );
  }
  for (const field of ['Package', 'Version', 'Architecture']) {
    if (!stanza.get(field)?.trim()) {
      throw new DebFormatError(source, `control file has no ${field} field`);
    }
  }
  return stanza;
}
