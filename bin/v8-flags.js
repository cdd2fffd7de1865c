// The V8 flags the command line sets at start, before the CLI's code is compiled: bin/virtlint.js,
// and prebuilt/virtlint.js, which scripts/bundle-prebuilt.mjs writes with BATCH_V8_FLAGS.

/**
 * For runs over files, not the language server (`--lsp`), which runs for hours. A run is short:
 * V8's optimising compiler (TurboFan, on helper threads) took ~1.3 s of the ~4.4 s of CPU of a
 * 5,000-file batch, and its work grows with how much it inlines. A smaller inlining budget (default
 * 920 bytes of bytecode) compiles less for code that runs nearly as fast: -7% CPU over 5,000 files,
 * medians of interleaved runs (docs/performance.md). And no TurboFan for the functions named `check`
 * (every rule's entry, the rule API's name): each runs once per document, so compiling ~150 of them
 * cost more CPU than their optimised code saved (docs/performance.md, Round 12). The rules' helpers
 * and the pipeline are optimised as before. Process-wide: workers too.
 */
export const BATCH_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=200 --turbo-filter=-check';

/**
 * The linear-time RegExp engine: a policy's regular expression that backtracks too much on a
 * document's value goes on in linear time (src/relaxng/linear-regexp.ts sets it too, when a policy
 * pattern is compiled; grammar patterns need no flag: src/relaxng/xsd-nfa.ts). bin/ sets it at
 * start because the code cache is bound to the flags: set later by a configuration's policy, the
 * cache saved would not be the one a run without a policy loads.
 */
export const REGEXP_V8_FLAGS = '--enable-experimental-regexp-engine-on-excessive-backtracks --enable-experimental-regexp-engine';
