import { describeData, describeNamedType } from './describe.js';
import {
  type AttributePattern,
  type Define,
  type ElementPattern,
  type Grammar,
  type Pattern,
  type RefPattern,
  type SourceRef,
  clark,
  hasWildcard,
  nameClassMatches,
  namesOf,
} from './model.js';

/** What a grammar accepts as a value (of an attribute, or as the text of an element). */
export interface ValueSpec {
  /** Values listed one by one in the grammar (`<value>`), in grammar order, without duplicates. */
  readonly values: readonly string[];
  /** Words for the other accepted forms ("an unsigned integer", "an absolute path", "any text"). */
  readonly forms: readonly string[];
}

/**
 * The values and forms of several value specs, each once, in first-seen order: one spec (met once
 * or more) as it is, more gathered in sets (merging into a new list per spec was quadratic: 20,000 patterns of one
 * element, each with its own value of an attribute, took 24 s to describe and 44-95 s to complete).
 */
export function mergeValueSpecs(specs: readonly ValueSpec[]): ValueSpec {
  if (specs.length === 1) return specs[0]!;
  // A spec met again adds nothing (the element patterns of one define share theirs: GrammarIndex.info).
  const distinct = new Set(specs);
  if (distinct.size === 1) return specs[0]!;
  const values = new Set<string>();
  const forms = new Set<string>();
  for (const s of distinct) {
    for (const v of s.values) values.add(v);
    for (const f of s.forms) forms.add(f);
  }
  return { values: [...values], forms: [...forms] };
}

export interface AttributeInfo {
  /** Local name; `{uri}local` for a namespaced attribute. */
  readonly name: string;
  /** Present in every valid instance of the element (in this element pattern). */
  readonly required: boolean;
  readonly value: ValueSpec;
  readonly documentation?: string;
  readonly source: SourceRef;
}

export interface ChildInfo {
  /** Local name; `{uri}local` for a namespaced element. */
  readonly name: string;
  readonly required: boolean;
  /** May appear more than once (it sits under zeroOrMore / oneOrMore somewhere in the content). */
  readonly repeatable?: boolean;
}

/** One element pattern of the grammar and what it allows. */
export interface ElementInfo {
  readonly pattern: ElementPattern;
  /** For a pattern narrowed by `specialize`: the pattern before narrowing. */
  readonly general?: ElementInfo;
  /** The names it matches (empty for a pure wildcard such as a custom-metadata element). */
  readonly names: readonly string[];
  readonly attributes: readonly AttributeInfo[];
  /** Attributes not listed are allowed too (anyName / nsName attribute patterns). */
  readonly anyAttribute: boolean;
  readonly children: readonly ChildInfo[];
  /** Child elements not listed are allowed too. */
  readonly anyElement: boolean;
  /** What text the element may contain, undefined when it must have none (white space aside). */
  readonly text: ValueSpec | undefined;
  readonly documentation?: string;
  readonly source: SourceRef;
}

/** The merged view over every element pattern that may be at a path, for completion and hover. */
export interface ElementSummary {
  readonly name: string;
  readonly attributes: readonly AttributeInfo[];
  readonly anyAttribute: boolean;
  readonly children: readonly ChildInfo[];
  readonly anyElement: boolean;
  readonly text: ValueSpec | undefined;
  readonly documentation?: string;
  readonly patterns: readonly ElementInfo[];
}

/** Required names: `null` stands for "everything" (the neutral element of intersection: notAllowed). */
type Required = ReadonlySet<string> | null;
const EMPTY: ReadonlySet<string> = new Set();

/**
 * The names every item requires (a group or interleave), gathered in one set: a copy of the union
 * so far per item was n²/2 insertions for a group of n attributes (20,000 took 16 s). Every item is
 * asked, in order, as before (what refs memoise does not change); a set seen before (refs to one
 * define) is not added again. Names in first-seen order.
 */
function unionOf(items: readonly Pattern[], of: (p: Pattern) => Required): Required {
  if (items.length === 0) return EMPTY;
  let out: Set<string> | null = new Set();
  const added = new Set<ReadonlySet<string>>();
  for (const i of items) {
    const r = of(i);
    if (out === null) continue;
    if (r === null) out = null;
    else if (!added.has(r)) {
      added.add(r);
      for (const x of r) out.add(x);
    }
  }
  return out;
}

/**
 * The names each item requires (the branches of a choice): each step filters what is left, which is
 * never larger than the set it was intersected with, and a set seen before is skipped. Names in the
 * order of the first set.
 */
function intersectionOf(items: readonly Pattern[], of: (p: Pattern) => Required): Required {
  let out = null as Required;
  const seen = new Set<ReadonlySet<string>>();
  for (const i of items) {
    const r = of(i);
    if (r === null || seen.has(r)) continue;
    seen.add(r);
    out = out === null ? r : new Set([...out].filter((x) => r.has(x)));
  }
  return out;
}

/**
 * A question about a pattern answered from its parts' answers, not entering child elements: once
 * per group, choice, repetition… (by identity) and once per define, so that what a define holds is
 * walked once however many refs lead to it. A ref loop (no element in between: RelaxNG forbids it,
 * the engine refuses it) answers `none` where it closes.
 */
class PartsFold<T> {
  private readonly byPattern = new WeakMap<Pattern, T>();
  private readonly byDefine = new Map<string, T>();

  constructor(
    /** The answer for anything other than a group, interleave, choice, repetition, mixed or ref. */
    private readonly leaf: (p: Pattern) => T,
    /** The answer for a group, choice… (`p`) from its parts' answers. */
    private readonly combine: (parts: readonly T[], p: Pattern) => T,
    private readonly none: T,
  ) {}

  of(p: Pattern): T {
    switch (p.kind) {
      case 'group':
      case 'interleave':
      case 'choice':
      case 'optional':
      case 'zeroOrMore':
      case 'oneOrMore':
      case 'mixed': {
        let out = this.byPattern.get(p);
        if (out === undefined) {
          out = this.combine('items' in p ? p.items.map((i) => this.of(i)) : [this.of(p.item)], p);
          this.byPattern.set(p, out);
        }
        return out;
      }
      case 'ref': {
        const uid = p.define.uid;
        let out = this.byDefine.get(uid);
        if (out === undefined) {
          this.byDefine.set(uid, this.none);
          out = this.of(p.define.pattern);
          this.byDefine.set(uid, out);
        }
        return out;
      }
      default:
        return this.leaf(p);
    }
  }
}

const anyOf = (parts: readonly boolean[]): boolean => parts.includes(true);

/**
 * One question of `missingAttributes`: the names a pattern requires given the `present` attributes.
 * Each define is answered once, and whether a pattern mentions a present name once per pattern:
 * following every ref anew took time exponential in a chain of defines each referring to the next
 * twice (0.04/0.10/0.36 s at 14/16/18 such defines), and asking each item of a choice which names
 * it mentions walked all that lies below it. A ref loop (no element in between, which RelaxNG forbids and the engine
 * refuses) requires nothing and mentions nothing where it closes.
 */
class RequiredGiven {
  private readonly defines = new Map<string, Required>();
  private readonly openOf = new Set<string>();
  /** Whether a pattern declares any of the present attribute names. */
  private readonly mentioned: PartsFold<boolean>;

  constructor(present: ReadonlySet<string>) {
    const leaf = (p: Pattern): boolean => p.kind === 'attribute' && namesOf(p.name).some((n) => present.has(clark(n.ns, n.local)));
    this.mentioned = new PartsFold(leaf, anyOf, false);
  }

  of(p: Pattern): Required {
    switch (p.kind) {
      case 'attribute': {
        const names = namesOf(p.name);
        const only = names[0];
        return names.length === 1 && only && !hasWildcard(p.name) ? new Set([clark(only.ns, only.local)]) : EMPTY;
      }
      case 'group':
      case 'interleave':
        return unionOf(p.items, (i) => this.of(i));
      case 'choice': {
        const used = p.items.filter((i) => this.mentioned.of(i));
        return intersectionOf(used.length > 0 ? used : p.items, (i) => this.of(i));
      }
      case 'optional':
      case 'zeroOrMore':
        return this.mentioned.of(p.item) ? this.of(p.item) : EMPTY;
      case 'oneOrMore':
      case 'mixed':
        return this.of(p.item);
      case 'notAllowed':
        return null;
      case 'ref': {
        const uid = p.define.uid;
        if (this.defines.has(uid)) return this.defines.get(uid) as Required;
        if (this.openOf.has(uid)) return EMPTY;
        this.openOf.add(uid);
        const r = this.of(p.define.pattern);
        this.openOf.delete(uid);
        this.defines.set(uid, r);
        return r;
      }
      default:
        return EMPTY;
    }
  }
}

/** Most sets of present attribute names `missingAttributes` keeps its answers for (see requiredGiven). */
const MAX_REQUIRED_GIVEN = 64;

/** Most paths `elementsAt` (and names per parent `childInfos`) remembers; past it the memo starts again (a grammar has a few thousand real ones). */
const MAX_MEMOISED_PATHS = 20_000;

function parseStep(step: string): { ns: string; local: string } {
  const m = /^\{([^}]*)\}(.*)$/.exec(step);
  return m ? { ns: m[1] as string, local: m[2] as string } : { ns: '', local: step };
}

/**
 * Answers questions about a loaded grammar: which element patterns may be at a path of element
 * names, what they allow, where an element may live. Everything is computed on first use and kept,
 * so repeated queries (an editor asks on every keystroke) cost a map lookup.
 */
export class GrammarIndex {
  private readonly infos = new Map<number, ElementInfo>();
  private readonly childPatternsMemo = new Map<number, readonly ElementPattern[]>();
  private readonly childInfosMemo = new Map<number, Map<string, readonly ElementInfo[]>>();
  private readonly pathMemo = new Map<string, readonly ElementInfo[]>();
  private parentsMemo: Map<string, readonly string[]> | undefined;
  private readonly requiredMemo = new Map<string, Required>();
  private readonly requiredGivenMemo = new Map<string, RequiredGiven>();
  private readonly specialized = new Map<string, ElementPattern>();
  private readonly narrowedRefs = new Map<string, RefPattern>();
  private readonly formsMemo = new Map<number, readonly ElementInfo[]>();
  private readonly declaredValuesMemo = new WeakMap<Pattern, ReadonlyMap<string, ReadonlySet<string>>>();
  private readonly listedValuesMemo = new WeakMap<AttributePattern, ReadonlySet<string> | null>();
  private readonly definePartsMemo = new Map<string, Parts>();
  private readonly flats = new WeakMap<Pattern, { own: Parts; flat: Flat }>();
  private readonly namedSpecs = new Map<string, ValueSpec | null>();
  private readonly runSpecs = new WeakMap<AttributeRun, ValueSpec>();
  private readonly attributeSpecs = new WeakMap<AttributePattern, ValueSpec>();

  constructor(readonly grammar: Grammar) {}

  /** How many paths `elementsAt`, and names `childInfos`, keep answers for (bounded: see there). */
  get memoised(): { readonly paths: number; readonly childNames: number } {
    let childNames = 0;
    for (const byName of this.childInfosMemo.values()) childNames += byName.size;
    return { paths: this.pathMemo.size, childNames };
  }

  /** Element patterns allowed as the document element. */
  rootPatterns(): readonly ElementPattern[] {
    return this.elementPatternsIn(this.grammar.start);
  }

  /** Element patterns directly allowed inside an element pattern (not entering nested elements). */
  childPatterns(el: ElementPattern): readonly ElementPattern[] {
    let out = this.childPatternsMemo.get(el.id);
    if (!out) {
      out = this.elementPatternsIn(el.content);
      this.childPatternsMemo.set(el.id, out);
    }
    return out;
  }

  /**
   * Required attributes an instance with the `present` attributes lacks, for one element pattern.
   * Requirements inside optional parts count once the instance uses that part: a `portgroup` that
   * only comes together with `network` makes `network` required.
   */
  missingAttributes(el: ElementPattern, present: ReadonlySet<string>): string[] {
    const need = this.requiredGiven(present).of(el.content) ?? EMPTY;
    return [...need].filter((n) => !present.has(n));
  }

  /**
   * The RequiredGiven of a set of present names, kept (a few) so that the patterns asked in turn with
   * the same names share what each define requires: completion asks for every pattern at a place,
   * and n patterns referring to one define of n forms each walked it anew (n²).
   */
  private requiredGiven(present: ReadonlySet<string>): RequiredGiven {
    const key = [...present].sort().join(' ');
    let out = this.requiredGivenMemo.get(key);
    if (!out) {
      // Documents can make up any names: a few sets are kept (an editor asks of one element at a time).
      if (this.requiredGivenMemo.size >= MAX_REQUIRED_GIVEN) this.requiredGivenMemo.clear();
      this.requiredGivenMemo.set(key, (out = new RequiredGiven(new Set(present))));
    }
    return out;
  }

  /** Element patterns named `name` (`local` or `{uri}local`) allowed directly inside any of `parents`. */
  childInfos(parents: readonly ElementInfo[], name: string): readonly ElementInfo[] {
    if (parents.length === 1) return this.childInfosOf((parents[0] as ElementInfo).pattern, name);
    // The patterns of each parent in turn, each pattern once (first occurrence kept).
    const seen = new Set<number>();
    const out: ElementInfo[] = [];
    for (const p of parents) {
      for (const c of this.childInfosOf(p.pattern, name)) {
        if (seen.has(c.pattern.id)) continue;
        seen.add(c.pattern.id);
        out.push(c);
      }
    }
    return out;
  }

  /** Element patterns named `name` directly inside one element pattern (memoised: schema messages ask per error, the editor per keystroke). */
  private childInfosOf(parent: ElementPattern, name: string): readonly ElementInfo[] {
    let byName = this.childInfosMemo.get(parent.id);
    if (!byName) this.childInfosMemo.set(parent.id, (byName = new Map()));
    let out = byName.get(name);
    if (!out) {
      const { ns, local } = parseStep(name);
      out = this.childPatterns(parent)
        .filter((p) => nameClassMatches(p.name, ns, local))
        .map((p) => this.info(p));
      // Names the pattern does not allow are not kept: documents can make up any number of them.
      // Nor, past a bound, those a wildcard allows (`<metadata>`'s content takes any name).
      if (out.length > 0) {
        if (byName.size >= MAX_MEMOISED_PATHS) byName.clear();
        byName.set(name, out);
      }
    }
    return out;
  }

  /**
   * The element patterns that may match the element at `path` (names from the root, each `local`
   * or `{uri}local`), e.g. ['domain', 'devices', 'disk', 'driver']. Empty when the grammar does not
   * allow such a path.
   */
  elementsAt(path: readonly string[]): readonly ElementInfo[] {
    const key = path.join('\u0000');
    const cached = this.pathMemo.get(key);
    if (cached) return cached;
    // Paths come from documents, which can make up any number of them (`<metadata>` takes any
    // name, at any depth): a language server running for days must not keep them all.
    if (this.pathMemo.size >= MAX_MEMOISED_PATHS) this.pathMemo.clear();
    let current: readonly ElementPattern[] = this.rootPatterns();
    for (const [i, step] of path.entries()) {
      const { ns, local } = parseStep(step);
      const pool = i === 0 ? current : dedupe(current.flatMap((p) => this.childPatterns(p)));
      current = pool.filter((p) => nameClassMatches(p.name, ns, local));
      if (current.length === 0) break;
    }
    const out = path.length === 0 ? [] : current.map((p) => this.info(p));
    this.pathMemo.set(key, out);
    return out;
  }

  /** The union of what the patterns at `path` allow; undefined when nothing may be there. */
  describe(path: readonly string[]): ElementSummary | undefined {
    const patterns = this.elementsAt(path);
    if (patterns.length === 0) return undefined;
    return summarize(path[path.length - 1] as string, patterns);
  }

  /** Names of the elements under which an element named `name` may appear, anywhere in the grammar. */
  parentsOf(name: string): readonly string[] {
    this.parentsMemo ??= this.parentsByName();
    return this.parentsMemo.get(name) ?? [];
  }

  /** parentsOf for every element name, each list sorted once. */
  private parentsByName(): Map<string, readonly string[]> {
    const map = new Map<string, Set<string>>();
    for (const parent of this.reachableElements()) {
      const parentNames = namesOf(parent.name).map((n) => clark(n.ns, n.local));
      for (const c of this.childPatterns(parent)) {
        for (const n of namesOf(c.name)) {
          const key = clark(n.ns, n.local);
          let set = map.get(key);
          if (!set) map.set(key, (set = new Set()));
          for (const p of parentNames) set.add(p);
        }
      }
    }
    return new Map([...map].map(([child, parents]) => [child, [...parents].sort()]));
  }

  /** Every element pattern reachable from the start pattern. */
  reachableElements(): readonly ElementPattern[] {
    const seen = new Map<number, ElementPattern>();
    const queue = [...this.rootPatterns()];
    while (queue.length > 0) {
      const p = queue.pop() as ElementPattern;
      if (seen.has(p.id)) continue;
      seen.set(p.id, p);
      // One by one: spread into push, a choice of 200,000 elements overflowed the stack (RangeError).
      for (const c of this.childPatterns(p)) queue.push(c);
    }
    return [...seen.values()];
  }

  /** What one element pattern allows. */
  info(el: ElementPattern): ElementInfo {
    const cached = this.infos.get(el.id);
    if (cached) return cached;
    const { own, flat } = this.flatOf(el.content);
    // childPatterns (asked first, for the element's parent) left it for this one use.
    this.flats.delete(el.content);
    if (!this.childPatternsMemo.has(el.id)) this.childPatternsMemo.set(el.id, flat.elements);
    const requiredAttrs = this.required(el.content, 'attribute') ?? EMPTY;
    const requiredElems = this.required(el.content, 'element') ?? EMPTY;
    const children = flat.elements;
    const childNames = new Map<string, ChildInfo>();
    for (const c of children) {
      for (const n of namesOf(c.name)) {
        const key = clark(n.ns, n.local);
        if (!childNames.has(key)) childNames.set(key, { name: key, required: requiredElems.has(key), repeatable: flat.repeated.has(key) });
      }
    }
    const attributes: AttributeInfo[] = [...flat.attributes.entries()].map(([name, runs]) => {
      const first = runs[0] as AttributeRun;
      const documentation = runs.find((r) => r.documentation)?.documentation;
      return {
        name,
        required: requiredAttrs.has(name),
        value: runs.length === 1 ? this.runSpec(first) : mergeValueSpecs(runs.map((r) => this.runSpec(r))),
        source: first.patterns[0]!.source,
        ...(documentation ? { documentation } : {}),
      };
    });
    const info: ElementInfo = {
      pattern: el,
      names: namesOf(el.name).map((n) => clark(n.ns, n.local)),
      attributes,
      anyAttribute: flat.anyAttribute,
      children: [...childNames.values()],
      anyElement: children.some((c) => hasWildcard(c.name)),
      text: flat.hasText ? textSpec(this.textOf(own)) : undefined,
      source: el.source,
      ...(el.documentation ? { documentation: el.documentation } : {}),
    };
    this.infos.set(el.id, info);
    return info;
  }

  /**
   * What a pattern holds, not entering elements or attributes, refs followed (each define once per
   * repetition context, as the walks it replaces did): its attributes by name (in first-seen order,
   * each as the runs of the defines that declare it), its element patterns (each once, first-seen
   * order), the names of those under a repetition, whether any attribute is a wildcard and whether
   * it holds text. Each define's own part is summarised once (defineParts) and shared: walking all
   * a define holds again for every element pattern referring to it took time quadratic in k
   * patterns of <e> each referring to one choice of k forms (4,000: 3.4 s for elementsFor one <e>).
   */
  private flatten(own: Parts): Flat {
    const attributes = new Map<string, AttributeRun[]>();
    const elements: ElementPattern[] = [];
    const elementIds = new Set<number>();
    const repeated = new Set<string>();
    // Defines entered outside any repetition, and inside one: a define entered the second way only
    // adds the names it puts under a repetition (what it declares was added the first time).
    const seenOutside = new Set<string>();
    const seenInside = new Set<string>();
    let anyAttribute = false;
    let hasText = false;
    const add = (parts: Parts, outer: boolean, first: boolean): void => {
      if (parts.anyAttribute) anyAttribute = true;
      if (parts.hasText) hasText = true;
      for (const e of parts.entries) {
        const inRepetition = outer || e.repeated;
        switch (e.kind) {
          case 'attributes':
            if (!first) break;
            for (const [name, run] of e.byName) {
              const runs = attributes.get(name);
              if (runs) runs.push(run);
              else attributes.set(name, [run]);
            }
            break;
          case 'element':
            if (first && !elementIds.has(e.pattern.id)) {
              elementIds.add(e.pattern.id);
              elements.push(e.pattern);
            }
            if (inRepetition) for (const n of namesOf(e.pattern.name)) repeated.add(clark(n.ns, n.local));
            break;
          case 'ref': {
            const uid = e.define.uid;
            const seen = inRepetition ? seenInside : seenOutside;
            if (seen.has(uid)) break;
            seen.add(uid);
            add(this.defineParts(e.define), inRepetition, !(inRepetition ? seenOutside : seenInside).has(uid));
            break;
          }
        }
      }
    };
    add(own, false, true);
    return { attributes, elements, repeated, anyAttribute, hasText };
  }

  /**
   * What valueSpec says of a pattern's text (`own`: its partsOf), made of the text runs of the
   * pattern and of the defines it refers to (each define once; one with a type's name, as valueSpec
   * words it, once per define: namedSpec), shared when one run holds it all. Walking a define's
   * choice of k values again for each of k element patterns referring to it took k² steps.
   */
  private textOf(own: Parts): ValueSpec {
    const specs: ValueSpec[] = [];
    const seen = new Set<string>();
    const add = (parts: Parts): void => {
      for (const e of parts.entries) {
        if (e.kind === 'text') specs.push(textRunSpec(e.leaves));
        else if (e.kind === 'ref' && !seen.has(e.define.uid)) {
          seen.add(e.define.uid);
          const named = this.namedSpec(e.define);
          if (named) specs.push(named);
          else add(this.defineParts(e.define));
        }
      }
    };
    add(own);
    return mergeValueSpecs(specs);
  }

  /** What valueSpec adds for a ref to a define with a type's name (describeNamedType), once per define; null for another define. */
  private namedSpec(define: Define): ValueSpec | null {
    let out = this.namedSpecs.get(define.uid);
    if (out === undefined) this.namedSpecs.set(define.uid, (out = namedTypeSpec(define)));
    return out;
  }

  /** partsOf a pattern and its flatten, kept until info takes them (childPatterns asks for the same content first). */
  private flatOf(p: Pattern): { own: Parts; flat: Flat } {
    let out = this.flats.get(p);
    if (!out) {
      const own = partsOf(p);
      this.flats.set(p, (out = { own, flat: this.flatten(own) }));
    }
    return out;
  }

  /** partsOf a define's pattern, once per define. */
  private defineParts(define: Define): Parts {
    let out = this.definePartsMemo.get(define.uid);
    if (!out) this.definePartsMemo.set(define.uid, (out = partsOf(define.pattern)));
    return out;
  }

  /** The values and forms of a run's attribute patterns (valueSpec of their contents), once per run. */
  private runSpec(run: AttributeRun): ValueSpec {
    let spec = this.runSpecs.get(run);
    if (!spec) {
      const specs = run.patterns.map((p) => this.attributeSpec(p));
      this.runSpecs.set(run, (spec = mergeValueSpecs(specs)));
    }
    return spec;
  }

  /** valueSpec of one attribute pattern's content, once per pattern. */
  private attributeSpec(p: AttributePattern): ValueSpec {
    let spec = this.attributeSpecs.get(p);
    if (!spec) this.attributeSpecs.set(p, (spec = valueSpec([p.content])));
    return spec;
  }

  /**
   * The element pattern narrowed to the choice branches an instance with these attribute values
   * can match (e.g. a `<disk type='file'>` keeps only the file branch, so its `<source>` must have
   * `file`). Sound: a branch is dropped only when it requires an attribute to have one of listed
   * values and the instance has another. When no branch fits, the choice is kept whole.
   * `attributes` maps grammar names (`local` or `{uri}local`) to values.
   */
  specialize(info: ElementInfo, attributes: ReadonlyMap<string, string>): ElementInfo {
    const el = info.pattern;
    const discriminators = this.discriminators(el);
    if (discriminators.size === 0) return info;
    // Only values the grammar lists can select a branch; an unknown value selects nothing (so the
    // message about it can list every value, not just those of the branches left).
    const effective = new Map<string, string>();
    for (const [name, v] of attributes) {
      const known = discriminators.get(name);
      if (!known) continue;
      const value = normalizeValue(v);
      // Listed anywhere on the element (an optional type='file' branch lists 'file' but does not require it).
      const listed = known.has(value) || info.attributes.some((a) => a.name === name && valueSet(a.value).has(value));
      if (listed) effective.set(name, value);
    }
    // Document order matters when the attributes disagree (see narrow), so it is part of the key.
    const values = [...effective].map(([n, v]) => `${n}=${v}`).join('|');
    const key = `${el.id}|${values}`;
    let narrowed = this.specialized.get(key);
    if (!narrowed) {
      const content = this.narrow(el.content, effective, values);
      narrowed = content === el.content ? el : { ...el, id: nextSpecializedId--, content };
      this.specialized.set(key, narrowed);
    }
    if (narrowed === el) return info;
    let out = this.infos.get(narrowed.id);
    if (!out) {
      out = { ...this.info(narrowed), general: info.general ?? info };
      this.infos.set(narrowed.id, out);
    }
    return out;
  }

  /**
   * The forms of an element pattern: the branches of a choice that makes up its whole content
   * (an <os> for full virtualisation, for Xen paravirtualisation, for containers), each as an
   * element pattern of its own; the pattern itself when its content is not such a choice.
   */
  forms(info: ElementInfo): readonly ElementInfo[] {
    const cached = this.formsMemo.get(info.pattern.id);
    if (cached) return cached;
    let content = info.pattern.content;
    const seen = new Set<string>();
    while (content.kind === 'ref' && !seen.has(content.define.uid)) {
      seen.add(content.define.uid);
      content = content.define.pattern;
    }
    let out: readonly ElementInfo[] = [info];
    if (content.kind === 'choice' && content.items.length > 1) {
      out = content.items.map((item) => {
        const pattern: ElementPattern = { ...info.pattern, id: nextSpecializedId--, content: item };
        const formInfo = { ...this.info(pattern), general: info.general ?? info };
        this.infos.set(pattern.id, formInfo);
        return formInfo;
      });
    }
    this.formsMemo.set(info.pattern.id, out);
    return out;
  }

  /** Attribute names (with their listed values) that select between choice branches in an element's content. */
  private discriminators(el: ElementPattern): ReadonlyMap<string, ReadonlySet<string>> {
    return this.discriminating.of(el.content);
  }

  /**
   * discriminators of a pattern: what each branch of each choice in it declares (declaredValues),
   * by name. Made of its parts' answers (PartsFold): a walk per element pattern through what it
   * refers to took time quadratic in k patterns of <e> each referring to one choice of k forms.
   */
  private readonly discriminating = new PartsFold<ReadonlyMap<string, ReadonlySet<string>>>(
    () => NO_VALUES,
    (parts, p) => mergeListed(p.kind === 'choice' ? [...p.items.map((i) => this.declaredValues(i)), ...parts] : parts),
    NO_VALUES,
  );

  /** Whether a pattern holds a choice that attribute values can narrow (then refs to it are narrowed: narrowedRef). */
  private readonly narrowable = new PartsFold<boolean>(
    () => false,
    (parts, p) => (p.kind === 'choice' && p.items.some((i) => this.declaredValues(i).size > 0)) || anyOf(parts),
    false,
  );

  /** `p` narrowed by the attribute values `attrs` (written `values`: `name=value|…`, the key of narrowed defines). */
  private narrow(p: Pattern, attrs: ReadonlyMap<string, string>, values: string): Pattern {
    switch (p.kind) {
      case 'choice': {
        let kept: readonly Pattern[] = p.items.filter((i) => this.compatible(i, attrs));
        if (kept.length === 0) {
          // No form fits every attribute, so the instance is invalid here whatever is kept; keep the
          // forms that fit the attributes in document order (type= usually comes first and decides),
          // so that messages speak of the form the author most likely meant.
          kept = p.items;
          for (const [name, value] of attrs) {
            const next = kept.filter((i) => this.compatible(i, new Map([[name, value]])));
            if (next.length > 0) kept = next;
          }
        }
        const items = kept.map((i) => this.narrow(i, attrs, values));
        if (items.length === 1) return items[0] as Pattern;
        return items.length === p.items.length && items.every((x, i) => x === p.items[i]) ? p : { kind: 'choice', items };
      }
      case 'group':
      case 'interleave': {
        const items = p.items.map((i) => this.narrow(i, attrs, values));
        return items.every((x, i) => x === p.items[i]) ? p : { kind: p.kind, items };
      }
      case 'optional':
      case 'zeroOrMore':
      case 'oneOrMore':
      case 'mixed': {
        const item = this.narrow(p.item, attrs, values);
        return item === p.item ? p : { kind: p.kind, item };
      }
      case 'ref':
        return this.narrowable.of(p) ? this.narrowedRef(p.define, attrs, values) : p;
      default:
        return p;
    }
  }

  /**
   * A ref to a define narrowed by attribute values: to a define of its own, made once per define and
   * values, whose body is the define's narrowed. Narrowing the body again at every ref and putting
   * it in the ref's place took time and memory exponential in a chain of defines each referring to
   * the next twice (22 such defines: 44 s and 2 GB to word one message), and every later walk of
   * the copies as long. Walks see the same patterns (only valueSpec would word it by its name).
   */
  private narrowedRef(define: Define, attrs: ReadonlyMap<string, string>, values: string): RefPattern {
    const uid = `${define.uid}\u0000${values}`;
    let ref = this.narrowedRefs.get(uid);
    if (!ref) {
      const narrowed: Define = { name: define.name, uid, pattern: define.pattern, source: define.source, ...(define.documentation ? { documentation: define.documentation } : {}) };
      NARROWED_DEFINES.add(narrowed);
      ref = { kind: 'ref', define: narrowed };
      // Kept before its body is narrowed, so a ref loop back to it ends here.
      this.narrowedRefs.set(uid, ref);
      narrowed.pattern = this.narrow(define.pattern, attrs, values);
    }
    return ref;
  }

  private compatible(branch: Pattern, attrs: ReadonlyMap<string, string>): boolean {
    for (const [name, values] of this.declaredValues(branch)) {
      const v = attrs.get(name);
      if (v !== undefined && !values.has(normalizeValue(v))) return false;
    }
    return true;
  }

  /**
   * The values each attribute declared in a pattern (not entering child elements) may take, when
   * every declaration of it lists its values (token/string `<value>`s only). RelaxNG forbids the
   * same attribute in both operands of a group or interleave, so an instance's attribute can only
   * be matched inside the branch that declares it: a branch declaring `type` with values {file}
   * cannot match `type='block'`.
   */
  private declaredValues(p: Pattern): ReadonlyMap<string, ReadonlySet<string>> {
    const memo = this.declaredValuesMemo.get(p);
    if (memo) return memo;
    const out = new Map<string, ReadonlySet<string>>();
    for (const [name, values] of this.listed.of(p)) if (!this.freeIn(p, name)) out.set(name, values);
    this.declaredValuesMemo.set(p, out);
    return out;
  }

  /**
   * The values attributes declared in a pattern (not entering child elements) list, by name, those
   * declared without a list too: declaredValues keeps the names never declared so. Made of the
   * answers for the parts (PartsFold): walking all below each branch of each choice took time
   * quadratic in k forms each referring to one define of k attributes (4,000: 1.7 s).
   */
  private readonly listed = new PartsFold<ReadonlyMap<string, ReadonlySet<string>>>(
    (p) => {
      if (p.kind !== 'attribute' || hasWildcard(p.name)) return NO_VALUES;
      const values = this.listedValuesOf(p);
      return values ? new Map(namesOf(p.name).map((n) => [clark(n.ns, n.local), values])) : NO_VALUES;
    },
    mergeListed,
    NO_VALUES,
  );

  /** Per attribute name: whether a pattern (not entering child elements) declares it without listing its values. */
  private readonly free = new Map<string, PartsFold<boolean>>();

  private freeIn(p: Pattern, name: string): boolean {
    let fold = this.free.get(name);
    if (!fold) {
      const leaf = (q: Pattern): boolean => q.kind === 'attribute' && !hasWildcard(q.name) && this.listedValuesOf(q) === undefined && namesOf(q.name).some((n) => clark(n.ns, n.local) === name);
      this.free.set(name, (fold = new PartsFold(leaf, anyOf, false)));
    }
    return fold.of(p);
  }

  /** listedValues of an attribute's content, once per attribute pattern. */
  private listedValuesOf(p: AttributePattern): ReadonlySet<string> | undefined {
    let values = this.listedValuesMemo.get(p);
    if (values === undefined) this.listedValuesMemo.set(p, (values = listedValues(p.content) ?? null));
    return values ?? undefined;
  }

  private elementPatternsIn(p: Pattern): readonly ElementPattern[] {
    return this.flatOf(p).flat.elements;
  }

  /** Names of attributes (or child elements) present in every instance the pattern matches. */
  private required(p: Pattern, what: 'attribute' | 'element', stack: Set<string> = new Set()): Required {
    switch (p.kind) {
      case 'attribute':
      case 'element': {
        if (p.kind !== what) return EMPTY;
        const names = namesOf(p.name);
        const only = names[0];
        return names.length === 1 && only && !hasWildcard(p.name) ? new Set([clark(only.ns, only.local)]) : EMPTY;
      }
      case 'group':
      case 'interleave':
        return unionOf(p.items, (i) => this.required(i, what, stack));
      case 'choice':
        return intersectionOf(p.items, (i) => this.required(i, what, stack));
      case 'oneOrMore':
        return this.required(p.item, what, stack);
      case 'optional':
      case 'zeroOrMore':
        return EMPTY;
      case 'mixed':
        return this.required(p.item, what, stack);
      case 'notAllowed':
        return null;
      case 'ref': {
        const key = `${what}:${p.define.uid}`;
        if (this.requiredMemo.has(key)) return this.requiredMemo.get(key) as Required;
        if (stack.has(key)) return EMPTY;
        stack.add(key);
        const r = this.required(p.define.pattern, what, stack);
        stack.delete(key);
        this.requiredMemo.set(key, r);
        return r;
      }
      default:
        return EMPTY;
    }
  }
}

const NO_VALUES: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/** The union of values listed by name (the parts' answers of `listed` and `discriminating`): a single one as it is, shared, not copied. */
function mergeListed(parts: readonly ReadonlyMap<string, ReadonlySet<string>>[]): ReadonlyMap<string, ReadonlySet<string>> {
  const present = parts.filter((m) => m.size > 0);
  if (present.length === 0) return NO_VALUES;
  if (present.length === 1) return present[0]!;
  const out = new Map<string, ReadonlySet<string>>();
  const owned = new Set<string>();
  for (const m of present) {
    for (const [name, values] of m) {
      const prev = out.get(name);
      if (!prev) out.set(name, values);
      else if (prev !== values) {
        // Copied only when a second list of the name comes (lists are shared otherwise).
        const set = owned.has(name) ? (prev as Set<string>) : new Set(prev);
        owned.add(name);
        for (const v of values) set.add(v);
        out.set(name, set);
      }
    }
  }
  return out;
}

/** The defines `narrowedRef` makes: their bodies stand in for the refs (valueSpec does not word them by name). */
const NARROWED_DEFINES = new WeakSet<Define>();

/** Specialized element patterns get negative ids, unique in the process. */
let nextSpecializedId = -2;

const normalizeValue = (v: string): string => v.replace(/[ \t\r\n]+/g, ' ').trim();

/** The values an attribute content lists, when it is nothing but token/string `<value>`s. */
function listedValues(p: Pattern, seen: Set<string> = new Set()): ReadonlySet<string> | undefined {
  switch (p.kind) {
    case 'value':
      return p.type === 'token' || p.type === 'string' ? new Set([normalizeValue(p.value)]) : undefined;
    case 'choice': {
      const out = new Set<string>();
      for (const i of p.items) {
        const v = listedValues(i, seen);
        if (!v) return undefined;
        for (const x of v) out.add(x);
      }
      return out;
    }
    case 'ref':
      if (seen.has(p.define.uid)) return undefined;
      seen.add(p.define.uid);
      return listedValues(p.define.pattern, seen);
    default:
      return undefined;
  }
}

/** Attribute patterns of one name that one define (or one element's content) declares itself, in order. */
interface AttributeRun {
  readonly patterns: AttributePattern[];
  documentation?: string;
}

/** One item of what a pattern holds itself (Parts): attributes, an element pattern, a ref; under a repetition or not. */
type PartEntry =
  | { readonly kind: 'attributes'; readonly repeated: boolean; readonly byName: Map<string, AttributeRun> }
  | { readonly kind: 'element'; readonly repeated: boolean; readonly pattern: ElementPattern }
  | { readonly kind: 'ref'; readonly repeated: boolean; readonly define: Define }
  /** A run of text patterns (value, data, text, list, empty): what valueSpec words (textRunSpec). */
  | { readonly kind: 'text'; readonly repeated: boolean; readonly leaves: Pattern[] };

const textRunSpecs = new WeakMap<readonly Pattern[], ValueSpec>();

/** What valueSpec says of a run of text patterns, in their order, once per run. */
function textRunSpec(leaves: readonly Pattern[]): ValueSpec {
  let spec = textRunSpecs.get(leaves);
  if (spec) return spec;
  const values = new Set<string>();
  const forms = new Set<string>();
  for (const q of leaves) {
    if (q.kind === 'value') values.add(q.type === 'string' ? q.value : q.value.replace(/\s+/g, ' ').trim());
    else if (q.kind === 'data') forms.add(describeData(q));
    else if (q.kind === 'text') forms.add('any text');
    else if (q.kind === 'list') forms.add('a space-separated list');
    else if (q.kind === 'empty') values.add('');
  }
  textRunSpecs.set(leaves, (spec = { values: [...values], forms: [...forms] }));
  return spec;
}

/** What a pattern holds itself, refs not followed (partsOf). */
interface Parts {
  readonly entries: readonly PartEntry[];
  readonly anyAttribute: boolean;
  readonly hasText: boolean;
}

/** What GrammarIndex.flatten gathers from a pattern and the defines it refers to. */
interface Flat {
  readonly attributes: ReadonlyMap<string, readonly AttributeRun[]>;
  readonly elements: readonly ElementPattern[];
  /** Names of element patterns under zeroOrMore / oneOrMore. */
  readonly repeated: ReadonlySet<string>;
  readonly anyAttribute: boolean;
  readonly hasText: boolean;
}

/**
 * What a pattern holds itself, in document order, not entering elements or attributes and not
 * following refs: attribute patterns (by name, a run of them until the next ref), element patterns
 * and refs, each marked when under zeroOrMore / oneOrMore.
 */
function partsOf(p: Pattern): Parts {
  const entries: PartEntry[] = [];
  let run: Map<string, AttributeRun> | undefined;
  let text: Pattern[] | undefined;
  const textLeaf = (q: Pattern): void => {
    if (!text) entries.push({ kind: 'text', repeated: false, leaves: (text = []) });
    text.push(q);
  };
  let anyAttribute = false;
  let hasText = false;
  const visit = (q: Pattern, repeated: boolean): void => {
    switch (q.kind) {
      case 'attribute': {
        if (hasWildcard(q.name)) anyAttribute = true;
        for (const n of namesOf(q.name)) {
          if (!run) entries.push({ kind: 'attributes', repeated, byName: (run = new Map()) });
          const key = clark(n.ns, n.local);
          let r = run.get(key);
          if (!r) run.set(key, (r = { patterns: [] }));
          r.patterns.push(q);
          if (r.documentation === undefined && q.documentation) r.documentation = q.documentation;
        }
        return;
      }
      case 'element':
        entries.push({ kind: 'element', repeated, pattern: q });
        return;
      case 'group':
      case 'interleave':
      case 'choice':
        for (const i of q.items) visit(i, repeated);
        return;
      case 'optional':
        visit(q.item, repeated);
        return;
      case 'zeroOrMore':
      case 'oneOrMore':
        visit(q.item, true);
        return;
      case 'mixed':
        hasText = true;
        visit(q.item, repeated);
        return;
      case 'list':
      case 'text':
      case 'value':
      case 'data':
        hasText = true;
        textLeaf(q);
        return;
      case 'empty':
        textLeaf(q);
        return;
      case 'ref':
        entries.push({ kind: 'ref', repeated, define: q.define });
        run = undefined;
        text = undefined;
        return;
      case 'notAllowed':
        return;
    }
  };
  visit(p, false);
  return { entries, anyAttribute, hasText };
}

const valueSets = new WeakMap<ValueSpec, ReadonlySet<string>>();

/**
 * A spec's values as a set, once per spec: specs are shared by the element patterns of one define,
 * and a value none lists was looked for in each one's list (k patterns of k values: k² steps).
 */
function valueSet(spec: ValueSpec): ReadonlySet<string> {
  let set = valueSets.get(spec);
  if (!set) valueSets.set(spec, (set = new Set(spec.values)));
  return set;
}

function dedupe(patterns: readonly ElementPattern[]): ElementPattern[] {
  const seen = new Set<number>();
  return patterns.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}

/**
 * What a ref to a define with a type's name (describeNamedType) stands for in a value spec: the
 * type's word and the values it lists, or only its values when it lists nothing else (yesNo is
 * better shown as its values); null for another define.
 */
function namedTypeSpec(define: Define): ValueSpec | null {
  const named = NARROWED_DEFINES.has(define) ? undefined : describeNamedType(define.name);
  if (!named) return null;
  const inner = valueSpec([define.pattern]);
  return { values: inner.values, forms: inner.forms.length === 0 ? [] : [named] };
}

/** Enumerated values and words for the other forms a set of value patterns accepts. */
function valueSpec(contents: readonly Pattern[]): ValueSpec {
  // Sets, in the order values are first met: an array searched before each push was n²/2
  // comparisons for a choice of n values (100,000 took 18 s to word one message).
  const values = new Set<string>();
  const forms = new Set<string>();
  const visit = (p: Pattern, seen: Set<string>): void => {
    switch (p.kind) {
      case 'value': {
        values.add(p.type === 'string' ? p.value : p.value.replace(/\s+/g, ' ').trim());
        return;
      }
      case 'data':
        forms.add(describeData(p));
        return;
      case 'text':
        forms.add('any text');
        return;
      case 'list':
        forms.add('a space-separated list');
        return;
      case 'empty':
        values.add('');
        return;
      case 'choice':
      case 'group':
      case 'interleave':
        for (const i of p.items) visit(i, seen);
        return;
      case 'optional':
      case 'zeroOrMore':
      case 'oneOrMore':
      case 'mixed':
        visit(p.item, seen);
        return;
      case 'ref': {
        if (seen.has(p.define.uid)) return;
        seen.add(p.define.uid);
        const named = namedTypeSpec(p.define);
        if (named) {
          for (const f of named.forms) forms.add(f);
          for (const v of named.values) values.add(v);
          return;
        }
        visit(p.define.pattern, seen);
        return;
      }
      default:
        return;
    }
  };
  for (const c of contents) visit(c, new Set());
  return { values: [...values], forms: [...forms] };
}

const textSpecs = new WeakMap<ValueSpec, ValueSpec>();

/** The text an element's content accepts, from what valueSpec says of it (GrammarIndex.textOf), once per spec. */
function textSpec(spec: ValueSpec): ValueSpec {
  const known = textSpecs.get(spec);
  if (known) return known;
  const values = spec.values.filter((v) => v !== '' || (spec.forms.length === 0 && spec.values.length === 1));
  const out = { values, forms: spec.forms };
  textSpecs.set(spec, out);
  return out;
}

function summarize(name: string, patterns: readonly ElementInfo[]): ElementSummary {
  // Per attribute: the first pattern's info, and the value specs of all (mergeValueSpecs).
  const attrs = new Map<string, { first: AttributeInfo; specs: ValueSpec[] }>();
  const counts = new Map<string, number>();
  for (const p of patterns) {
    for (const a of p.attributes) {
      counts.set(a.name, (counts.get(a.name) ?? 0) + (a.required ? 1 : 0));
      const prev = attrs.get(a.name);
      if (prev) prev.specs.push(a.value);
      else attrs.set(a.name, { first: a, specs: [a.value] });
    }
  }
  const merged = (e: { first: AttributeInfo; specs: ValueSpec[] }): AttributeInfo => (e.specs.length > 1 ? { ...e.first, value: mergeValueSpecs(e.specs) } : e.first);
  const children = new Map<string, { required: number; repeatable: boolean }>();
  for (const p of patterns) {
    for (const c of p.children) {
      const e = children.get(c.name) ?? { required: 0, repeatable: false };
      if (c.required) e.required++;
      if (c.repeatable) e.repeatable = true;
      children.set(c.name, e);
    }
  }
  const texts = patterns.map((p) => p.text).filter((t): t is ValueSpec => t !== undefined);
  const documentation = patterns.map((p) => p.documentation).find((d) => d);
  return {
    name,
    attributes: [...attrs.values()].map(merged).map((a) => ({ ...a, required: counts.get(a.name) === patterns.length })),
    anyAttribute: patterns.some((p) => p.anyAttribute),
    children: [...children.entries()].map(([n, e]) => ({ name: n, required: e.required === patterns.length, repeatable: e.repeatable })),
    anyElement: patterns.some((p) => p.anyElement),
    text: texts.length > 0 ? mergeValueSpecs(texts) : undefined,
    patterns,
    ...(documentation ? { documentation } : {}),
  };
}

