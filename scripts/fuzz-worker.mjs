// The worker-thread side of scripts/fuzz.ts. Both tsx loaders: runCli loads scan and fill with a
// dynamic import(), which tsx's CommonJS hook alone does not resolve in a worker.
import { createRequire } from 'module';
import { register } from 'tsx/esm/api';

register();
createRequire(import.meta.url)('tsx/cjs/api').register();
await import('./fuzz.ts');
