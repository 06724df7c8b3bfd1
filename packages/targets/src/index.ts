export * from './model.js';
export * from './timestamp.js';
export * from './fingerprint.js';
export * from './expand.js';
export { parseTargetList, TargetListError } from './parse.js';
export { imagesArray } from './images-output.js';
export { noteItems, noteLines } from './notes.js';
export { readPackagesArtifact, type ArtifactReader } from './packages-artifact.js';
export * from './extension-annotations.js';
