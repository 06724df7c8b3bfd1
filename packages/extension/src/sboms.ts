/**
 * SBOMs of the extension images a run pushed, one per platform image, attached to it: what the
 * extension action (`sbom: true`) and `pgforge extension --sbom` both do after extensionCommand.
 * The SBOM lists the packages each image was assembled from, with their versions, which only
 * this run knows (an extension image carries no dpkg database to read them back from).
 */
import { SBOM_FORMATS, sbomCommand, type SbomRegistry } from '@pgforge/sbom';
import type { ExtensionCommandResult } from './output.js';

export interface ExtensionSbomsOptions {
  /** Where the files go (created when missing). */
  outputDir: string;
  /** The registry client; default one with Docker's credentials (`docker`). */
  registry?: SbomRegistry;
  /** Docker's config.json location and environment, for registry credentials. */
  docker?: { env: Record<string, string | undefined>; homeDir?: string };
  log?: (message: string) => void;
  warn?: (message: string) => void;
}

/** Writes and attaches the SBOMs; the files written, in order. */
export async function extensionSboms(
  result: Pick<ExtensionCommandResult, 'images' | 'pushed'>,
  options: ExtensionSbomsOptions,
): Promise<string[]> {
  if (!result.pushed) {
    // The SBOM is read from the registry and attached there: a layout on disk has neither.
    options.warn?.(
      'sbom: no SBOM written: the images were not pushed (SBOMs are read from and attached in the registry; push to get them)',
    );
    return [];
  }
  const files: string[] = [];
  for (const image of result.images) {
    for (const p of image.platforms) {
      const r = await sbomCommand({
        image: `${image.repository}@${p.digest}`,
        formats: SBOM_FORMATS,
        outputDir: options.outputDir,
        attach: true,
        extensionPackages: [...p.packages, ...p.systemPackages],
        distro: { id: 'debian', version: image.distribution },
        ...(options.registry ? { registry: options.registry } : {}),
        ...(options.docker ? { docker: options.docker } : {}),
        ...(options.log ? { log: options.log } : {}),
        ...(options.warn ? { warn: options.warn } : {}),
      });
      files.push(...r.files);
    }
  }
  return files;
}
