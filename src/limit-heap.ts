/** Imported first by the entry points, before anything else allocates (see heap.ts). */
import { limitYoungGeneration } from './heap.js';

limitYoungGeneration();
