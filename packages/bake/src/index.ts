export * from './bake.js';
export { projectDockerfile } from './project.js';
export * from './keyring-context.js';
export { unreachableMirror } from './reach.js';
