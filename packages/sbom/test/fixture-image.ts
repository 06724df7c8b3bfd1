/**
 * A small Debian root file system as layers: a dpkg status with every state and field shape the
 * reader must handle, DEP-5 and free-text copyright files, os-release.
 */
import type { TestEntry } from '../../oci/test/support/layers.js';

export const STATUS = `Package: libc6
Status: install ok installed
Priority: optional
Section: libs
Installed-Size: 12000
Maintainer: GNU Libc Maintainers <debian-glibc@lists.debian.org>
Architecture: amd64
Multi-Arch: same
Source: glibc (2.41-12)
Version: 2.41-12+b1
Depends: libgcc-s1
Conffiles:
 /etc/ld.so.conf.d/x86_64-linux-gnu.conf d4e7a7b88a71b5ffd9e2644e71a0cfab
Description: GNU C Library: Shared libraries
 Contains the standard libraries that are used by nearly all programs on
 the system.
 .
 A second paragraph.
Homepage: https://www.gnu.org/software/libc/libc.html

Package: libgcc-s1
Status: install ok installed
Installed-Size: 150
Maintainer: Debian GCC Maintainers <debian-gcc@lists.debian.org>
Architecture: amd64
Source: gcc-14 (14.2.0-19)
Version: 14.2.0-19
Pre-Depends: libc6 (>= 2.35)
Description: GCC support library

Package: mawk
Status: install ok installed
Architecture: amd64
Version: 1.3.4.20250131-1
Provides: awk
Depends: libc6 (>= 2.38)
Description: Pattern scanning and text processing language

Package: postgresql-17
Status: install ok installed
Maintainer: Debian PostgreSQL Maintainers <team+postgresql@tracker.debian.org>
Architecture: amd64
Version: 17.6-0+deb13u1
Depends: libc6 (>= 2.38), libpq5 (>= 17~), postgresql-common (>= 252) | not-installed, awk, tzdata:any [amd64]
Description: The World's Most Advanced Open Source Relational Database

Package: libpq5
Status: install ok installed
Architecture: amd64
Source: postgresql-17
Version: 17.6-0+deb13u1
Depends: libc6 (>= 2.38)
Description: PostgreSQL C client library

Package: tzdata
Status: install ok installed
Architecture: all
Version: 2025b-4+deb13u1
Description: time zone and daylight-saving time data

Package: removed-package
Status: deinstall ok config-files
Architecture: amd64
Version: 1.0-1
Description: removed, its configuration files kept

Package: half
Status: install reinstreq half-installed
Architecture: amd64
Version: 2.0-1
Description: an interrupted installation
`;

export const BASH_LIKE_COPYRIGHT = `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: glibc
Source: https://www.gnu.org/software/libc/

Files: *
Copyright: 1991-2025 Free Software Foundation, Inc.
License: LGPL-2.1+

Files: debian/*
Copyright: 2000 Someone
License: GPL-2+ or Artistic-2.0, and BSD-3-clause

Files: sunrpc/*
Copyright: 2010 Oracle
License: BSD-3-clause

License: LGPL-2.1+
 This library is free software; you can redistribute it and/or
 modify it under the terms of the GNU Lesser General Public.
`;

export const PUBLIC_DOMAIN_COPYRIGHT = `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/

Files: *
Copyright: none
License: public-domain

License: public-domain
 This database is in the public domain.
 .
 It may be used by anyone.
`;

export const FREE_TEXT_COPYRIGHT = `This is the Debian prepackaged version of mawk.

Copyright (C) 1991 Michael D. Brennan
License: GPL-2, see /usr/share/common-licenses/GPL-2
`;

export const OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 13 (trixie)"
NAME="Debian GNU/Linux"
VERSION_ID="13"
VERSION="13 (trixie)"
VERSION_CODENAME=trixie
ID=debian
`;

/** The base layer: os-release, the status file, copyright files (one through a symlink). */
export const BASE_LAYER: TestEntry[] = [
  { name: './' },
  { name: './etc/' },
  { name: './etc/os-release', type: 'symlink', linkname: '../usr/lib/os-release' },
  { name: './usr/lib/os-release', content: OS_RELEASE },
  { name: './var/lib/dpkg/status', content: STATUS },
  { name: './usr/share/doc/libc6/copyright', content: BASH_LIKE_COPYRIGHT },
  // libgcc-s1's doc directory is a symlink to another package's, as Debian does for some.
  { name: './usr/share/doc/gcc-14-base/copyright', content: BASH_LIKE_COPYRIGHT },
  { name: './usr/share/doc/libgcc-s1', type: 'symlink', linkname: 'gcc-14-base' },
  { name: './usr/share/doc/mawk/copyright', content: FREE_TEXT_COPYRIGHT },
  { name: './usr/share/doc/tzdata/copyright', content: PUBLIC_DOMAIN_COPYRIGHT },
  { name: './usr/share/doc/postgresql-17/copyright', content: BASH_LIKE_COPYRIGHT },
  // A hard link shares the bytes of the file before it.
  {
    name: './usr/share/doc/libpq5/copyright',
    type: 'link',
    linkname: './usr/share/doc/postgresql-17/copyright',
  },
  { name: './usr/bin/postgres', content: 'not selected: never kept' },
];
