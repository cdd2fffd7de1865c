import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** virtlint's version, from package.json (used in --version, caches and SARIF). */
export const VERSION: string = (require('../../package.json') as { version: string }).version;
