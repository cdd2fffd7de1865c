/**
 * Patterns one grammar may expand to. Each include and externalRef is expanded where it stands (each
 * reference is its own copy), so files that reference the next one twice, 40 deep (a few KiB in all),
 * expanded to 2^40 patterns: memory in gigabytes, never ending. libvirt's domain grammar expands to
 * ~6,000. The engine's compiler (simplify.ts) and the grammar model behind hover, completion and
 * messages (src/grammar/load.ts) stop at the same bound; a module of its own so that the model does
 * not load the compiler for it.
 */
export const MAX_EXPANDED_PATTERNS = 500_000;

/**
 * Files one grammar may nest by include and externalRef: each is read and parsed that deep in the
 * stack (a chain of ~2,500 files overflowed it in the compiler and in the grammar model); libvirt's
 * nest 5 deep (domainsnapshot.rng, counting itself). Both stop at this bound, as at MAX_EXPANDED_PATTERNS.
 */
export const MAX_FILE_DEPTH = 100;

/**
 * Patterns nested, counting each ref followed, in the engine's compiler (simplify.ts, where a sequence
 * of n items is n deep too) and in the grammar model (src/grammar/load.ts): past it the walks of
 * both ran out of stack (a define that is a ref to the next, 10,000 long). libvirt's nest 27 deep.
 */
export const MAX_PATTERN_DEPTH = 1_000;

/**
 * How deep patterns nest below `root` (a leaf is 1), measured without recursion: a grammar's patterns
 * can nest deeper than the stack before MAX_PATTERN_DEPTH refuses them. `depths` is shared between
 * roots (a pattern reached twice is measured once); a pattern reached again while it is being
 * measured (a ref loop in the grammar model) adds nothing. `over` is the first pattern measured
 * deeper than `limit`; the depth is measured whole.
 */
export function nestingDepth<T>(root: T, children: (p: T) => readonly T[], depths: Map<T, number>, limit: number): { depth: number; over?: T } {
  const open = new Set<T>();
  const stack: T[] = [root];
  let over: T | undefined;
  while (stack.length > 0) {
    const p = stack[stack.length - 1]!;
    if (depths.has(p)) {
      stack.pop();
      continue;
    }
    open.add(p);
    let d = 0;
    let ready = true;
    for (const x of children(p)) {
      const dx = depths.get(x);
      if (dx !== undefined) d = Math.max(d, dx);
      else if (!open.has(x)) {
        ready = false;
        stack.push(x);
      }
    }
    if (!ready) continue;
    stack.pop();
    open.delete(p);
    depths.set(p, d + 1);
    if (over === undefined && d + 1 > limit) over = p;
  }
  return over === undefined ? { depth: depths.get(root)! } : { depth: depths.get(root)!, over };
}
