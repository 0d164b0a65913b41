// Worker thread entry of validateInBackground (background-validation.ts): plain JavaScript, so
// that it runs under any parent (astro build, vitest, tsx); it registers tsx to load the rules.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { validateContentDir } = await import('./validate.ts');
parentPort.postMessage(validateContentDir(workerData.dir));
