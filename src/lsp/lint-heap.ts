/**
 * How the language server keeps garbage collection out of re-lints (docs/performance.md, "Language
 * server"). A re-lint of a 300-line domain allocates ~0.3 MB in the young generation and keeps its
 * tree and model alive until it ends:
 *
 *  - a young-generation collection (scavenge) falling inside a lint copies that live tree, so the
 *    lint thread collects after a reply instead, when the lint's garbage is dead, whenever the
 *    young generation might not have room for the next lint ({@link YoungGenerationKeeper});
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
    // A runtime without the flag: the collections after replies still keep scavenges out of lints.
  }
}

/** Room kept in the young generation beyond twice the most a job has allocated there. */
const YOUNG_MARGIN_BYTES = 1024 * 1024;

/** Bytes free in the young generation now, or undefined where the runtime does not say. */
function youngRoom(): number | undefined {
  for (const s of v8.getHeapSpaceStatistics()) if (s.space_name === 'new_space') return s.space_available_size;
  return undefined;
}

/**
 * Keeps young-generation collections out of lints, collecting only when the next lint might not fit:
 * the lint thread measures what each job allocates in the young generation, and after its reply
 * (once waiting messages were taken, off the editor's path) collects when less room is left than
 * twice the most a job has allocated, plus a margin. A collection costs ~0.3 ms of CPU (its helper
 * threads included) however little is alive, so one after every reply, as before, was about a third
 * of the lint thread's CPU on a 300-line domain, which allocates ~0.25 MB in a young generation of
 * several MB.
 */
export class YoungGenerationKeeper {
  /** The most one job has allocated in the young generation so far, in bytes. */
  private most = 0;
  /** Collections run so far (for tests). */
  collections = 0;

  /** The most one job has allocated in the young generation so far, in bytes, as measured. */
  get largestJob(): number {
    return this.most;
  }

  /** `collect` collects the young generation; `room` says how many bytes are free in it (tests give their own). */
  constructor(
    private readonly collect: () => void,
    private readonly room: () => number | undefined = youngRoom,
  ) {}

  /**
   * A keeper, or undefined where the runtime offers no young-generation collection. `gc` comes from a
   * fresh context after --expose-gc (flags set now reach only new contexts).
   */
  static create(): YoungGenerationKeeper | undefined {
    try {
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as unknown;
      if (typeof gc !== 'function') return undefined;
      return new YoungGenerationKeeper(() => (gc as (o: { type: string }) => void)({ type: 'minor' }));
    } catch {
      return undefined;
    }
  }

  /** A job starts; the returned function, called once it has replied, measures what it allocated. */
  jobStarted(): () => void {
    const before = this.room();
    return () => {
      const after = this.room();
      // Less room than before: the difference is what the job allocated (at least; more if a collection ran meanwhile).
      if (before !== undefined && after !== undefined && after <= before) this.most = Math.max(this.most, before - after);
    };
  }

  /** After a reply: collects when the young generation may not have room for the next job (or does not say). */
  settle(): void {
    const room = this.room();
    if (room !== undefined && room >= 2 * this.most + YOUNG_MARGIN_BYTES) return;
    this.collections++;
    this.collect();
  }
}
