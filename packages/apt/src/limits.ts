/**
 * How many bytes what a mirror or a package says may decompress to: all the limits in one
 * place. Mirrors and packages are not trusted (a signed index vouches for a file's hash, not for
 * what it is like to decompress), so a bomb must stop with an error naming the file and the
 * limit, having used no more memory than the limit. Each can be overridden in code: readDeb's
 * `maxBytes`, decompress's and decompressChunks' `maxBytes`.
 */
import { GiB, MiB } from '@pgforge/http';

export { checkByteLimit, formatBytes } from '@pgforge/http';

/**
 * A `.deb`'s control.tar and data.tar together, decompressed. readDeb holds the whole tree in
 * memory (the extension assembler needs every file), so this is also the memory one package may
 * take. The largest packages an extension pulls in (libllvm, PostGIS with GDAL's libraries) are
 * 30 to 150 MB installed; 1 GiB passes them with room and stops a bomb within a second or two.
 */
export const MAX_DEB_BYTES = 1 * GiB;

/**
 * A Packages index, decompressed (held whole while it is parsed): Debian's largest, main for
 * amd64, is about 60 MB of text.
 */
export const MAX_PACKAGES_INDEX_BYTES = 512 * MiB;

/**
 * A Contents index whose hash matched the signed Release, decompressed. It is scanned as it
 * streams (only a scope of paths is kept), so this bounds time: a suite's Contents-amd64 is
 * about 170 MB and Contents-all 590 MB.
 */
export const MAX_CONTENTS_BYTES = 2 * GiB;

/**
 * A Contents index that did not match the signed Release (a mirror mid-sync) and is used as a
 * hint only: nothing vouches for it, so it gets a tighter limit, still above Contents-all.
 */
export const MAX_CONTENTS_HINT_BYTES = 1 * GiB;

/**
 * One line of a Contents index (a path and the packages shipping it), as the scanner gathers
 * it: real lines are under a few KB; a line without end (a bomb of zeros) stops here instead of
 * growing to the index's limit.
 */
export const MAX_CONTENTS_LINE_BYTES = 1 * MiB;
