// Worker bootstrap: worker threads do not inherit tsx's TypeScript loader, so register it here,
// then load the TypeScript entry named in workerData (the same source the main thread runs).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
