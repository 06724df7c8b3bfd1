/**
 * Debian architecture names and their multiarch tuples: the directory under `/usr/lib` where
 * that architecture's shared libraries live (dpkg-architecture's DEB_HOST_MULTIARCH). The
 * tuples are a column of @pgforge/platform's table, beside the OCI platform each architecture is
 * built for, so an architecture is either known everywhere or nowhere.
 */
import { findByDebianArchitecture } from '@pgforge/platform';

/** `amd64` → `x86_64-linux-gnu`; undefined for `all` and for architectures the table lacks. */
export function multiarchTriplet(architecture: string): string | undefined {
  return findByDebianArchitecture(architecture)?.multiarch;
}
