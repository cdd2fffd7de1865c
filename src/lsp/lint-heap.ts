/**
 * How the language server keeps garbage collection out of re-lints (docs/performance.md, "Language
 * server"). A re-lint of a 300-line domain allocates ~1.2 MB and keeps its tree and model alive
 * until it ends:
 *
 *  - a young-generation collection (scavenge) falling inside a lint copies that live tree, so the
 *    lint thread collects right after each reply instead, when the lint's garbage is dead;
 *  - V8's allocation-site pretenuring, seeing trees survive those collections, then allocated every
 *    later tree straight in the old generation (0.15–0.3 MB per lint), which filled it with garbage
 *    that only a full mark-compact reclaims: every ~100–150 lints, with incremental marking steps
 *    and its final pause inside lints. The language server turns pretenuring off.
 *
 * Trees used to survive the collection after their lint because the model kept a module-level
 * WeakMap from the domain to its root element (src/model/read.ts): a scavenge keeps the values of
 * such a table held in the old generation, so the last tree was copied once more before it died.
 * The link is now a property of the domain itself.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * For the language server process, before its lint thread starts. V8 flags are per process, so
 * this is not done where `LintRunner` runs inside another program (the tests): it would change the
 * collector's behaviour for everything else there. The main thread keeps little beyond documents
 * and the grammar index, which pretenuring would not speed up noticeably.
 */
export function tuneHeapForLanguageServer(): void {
  try {
    v8.setFlagsFromString('--no-allocation-site-pretenuring');
  } catch {
    // A runtime without the flag: the collections after each lint still keep scavenges out of lints.
  }
}

/**
 * A young-generation collection, or undefined where the runtime offers none: the lint thread runs
 * it after each reply, once waiting messages were taken (~1 ms, off the editor's path), leaving the
 * next lint a young generation with room for all it allocates. `gc` comes from a fresh context after
 * --expose-gc (flags set now reach only new contexts).
 */
export function youngGenerationCollector(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? () => (gc as (o: { type: string }) => void)({ type: 'minor' }) : undefined;
  } catch {
    return undefined;
  }
}
