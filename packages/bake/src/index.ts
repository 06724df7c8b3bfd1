export * from './bake.js';
export { projectDockerfile } from './project.js';
