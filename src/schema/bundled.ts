import { fileURLToPath } from 'node:url';

/** virtlint's own grammar (the .rng sources), shipped in the package's schemas/ directory. */
export const BUNDLED_SCHEMA_DIR = fileURLToPath(new URL('../../../schemas/', import.meta.url));

/**
 * The bundled grammar compiled at build time (scripts/compile-grammars.mjs): one JSON file per
 * document kind, loaded in a few milliseconds instead of compiling the .rng sources at start-up.
 */
export const COMPILED_GRAMMAR_DIR = fileURLToPath(new URL('../../grammars/', import.meta.url));
