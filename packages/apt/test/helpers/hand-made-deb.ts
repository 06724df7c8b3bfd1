/**
 * .deb files assembled by hand (ar + tar-stream), for what dpkg-deb refuses to build: paths
 * that escape the root, device nodes, missing or oddly compressed members.
 */
import { pack } from 'tar-stream';
import type { Header } from 'tar-stream';

export interface ArInput {
  name: string;
  data: Uint8Array | string;
}

/** An ar archive in deb(5)'s layout: 60-byte headers, members padded to even length. */
export function makeAr(members: ArInput[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('!<arch>\n', 'latin1')];
  for (const m of members) {
    const data = typeof m.data === 'string' ? Buffer.from(m.data, 'utf8') : Buffer.from(m.data);
    const header =
      m.name.padEnd(16) +
      '0'.padEnd(12) +
      '0'.padEnd(6) +
      '0'.padEnd(6) +
      '100644'.padEnd(8) +
      String(data.length).padEnd(10) +
      '`\n';
    parts.push(Buffer.from(header, 'latin1'), data);
    if (data.length % 2 === 1) parts.push(Buffer.from('\n', 'latin1'));
  }
  return new Uint8Array(Buffer.concat(parts));
}

export interface TarInput {
  name: string;
  type?: Header['type'];
  linkname?: string;
  mode?: number;
  data?: string;
}

/** A tar (ustar/GNU, as tar-stream writes it) of the given entries, uncompressed. */
export async function makeTar(entries: TarInput[]): Promise<Uint8Array> {
  const tar = pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const chunk of tar) chunks.push(chunk as Buffer);
  })();
  for (const e of entries) {
    const header: Partial<Header> & { name: string } = {
      name: e.name,
      type: e.type ?? 'file',
      mode: e.mode ?? (e.type === 'directory' ? 0o755 : 0o644),
      mtime: new Date(0),
    };
    if (e.linkname !== undefined) header.linkname = e.linkname;
    await new Promise<void>((resolve, reject) => {
      tar.entry(header, e.data ?? '', (error) => (error ? reject(error) : resolve()));
    });
  }
  tar.finalize();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

export const CONTROL = 'Package: hand-made\nVersion: 1.0-1\nArchitecture: all\n';

/** A .deb with uncompressed members: debian-binary, control.tar, data.tar of `data`. */
export async function handMadeDeb(
  data: TarInput[],
  control: string = CONTROL,
): Promise<Uint8Array> {
  return makeAr([
    { name: 'debian-binary', data: '2.0\n' },
    { name: 'control.tar', data: await makeTar([{ name: './control', data: control }]) },
    { name: 'data.tar', data: await makeTar(data) },
  ]);
}
