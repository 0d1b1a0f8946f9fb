// The scheduler's worker thread: registers tsx, as bin/corridor.mjs does for the main thread, then
// runs the TypeScript worker. Kept in plain JavaScript so a worker can start without a build step.
import { register } from 'tsx/esm/api';

register();
await import('./scheduler-thread.worker-main.ts');
