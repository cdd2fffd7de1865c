import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from dist/test/…). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXAMPLES = path.join(REPO_ROOT, 'examples');
export const CLI = path.join(REPO_ROOT, 'bin', 'virtlint.js');
/** The shared corpus of real VM definitions (next to the checkout, as in CI). */
export const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/virt-install');
