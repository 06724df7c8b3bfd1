// The bundle's entry: Node's compile cache first (@pgforge/startup), so that the action's own
// code, imported after it, is not compiled again on a later start.
import { enableCompileCache } from '@pgforge/startup';

enableCompileCache();
await import('./run.js');
