/**
 * A read-only view of the model for plugin rules. The model is shared by every rule of a document
 * (and its ranges by the diagnostics already reported), but it is made of plain objects and arrays
 * for speed, so a plugin that sorts `domain.devices.disks` in place or assigns to a field would
 * change what the next rules see. Plugin rules get this view instead: reads go through to the model
 * (values are wrapped likewise), and any write (assignment, `delete`, `defineProperty`, an array's
 * `push`/`sort`, a Map's `set`) throws a TypeError naming the property, which reports the rule as
 * crashed. It guards against mistakes, not against a plugin bent on harm: a plugin is code and runs
 * with the user's rights (docs/plugins.md).
 */

/**
 * What a view answers for this key: its target (only views answer it). A registered symbol, so that
 * the model's helpers of another copy of virtlint's modules (a plugin imports `model` from the
 * package, the CLI runs its bundle) know a view when given one (model/memo.ts).
 */
const TARGET: unique symbol = Symbol.for('virtlint.readOnlyTarget');

/**
 * The views made since the current check began: one view per object there, so identity holds within
 * a check (`domain.devices.disks === domain.devices.disks`). Each check starts afresh
 * (freshReadOnlyViews), so the views die with their document as young garbage. A WeakMap of every
 * object ever viewed made the collector's ephemeron work the largest cost of a plugin run (5,000
 * documents, two small plugin rules: 0.56 s of 3.4 s).
 */
let views = new Map<object, object>();

/** Starts a new set of views (at each plugin check: nothing is shared with the previous document's). */
export function freshReadOnlyViews(): void {
  views = new Map();
}

const isView = (value: object): boolean => (value as { [TARGET]?: object })[TARGET] !== undefined;

/** Methods that change a Map or Set in place (their other methods are called on the real object). */
const COLLECTION_MUTATORS = new Set<PropertyKey>(['set', 'add', 'delete', 'clear']);

const describe = (key: PropertyKey): string => (typeof key === 'symbol' ? key.toString() : `'${key}'`);

function refuse(what: string): never {
  throw new TypeError(`the model is read-only: a plugin rule cannot ${what} (copy the value first, e.g. [...list].sort())`);
}

/** The real object behind a view (or the value itself). */
export function unwrapReadOnly<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  return ((value as { [TARGET]?: object })[TARGET] ?? value) as T;
}

/**
 * A method read from the model: called on the real object (a model class reads its private fields,
 * a Map's methods need the Map itself) with real arguments, its result viewed read-only.
 */
function boundMethod(fn: (...args: unknown[]) => unknown, self: object, key: PropertyKey): (...args: unknown[]) => unknown {
  if ((self instanceof Map || self instanceof Set) && COLLECTION_MUTATORS.has(key)) return () => refuse(`call ${describe(key)} on a collection of the model`);
  return (...args) => readOnly(Reflect.apply(fn, self, args.map(unwrapReadOnly)));
}

const handler: ProxyHandler<object> = {
  get(target, key) {
    if (key === TARGET) return target;
    const value: unknown = Reflect.get(target, key, target);
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    // A frozen property must read as itself (a proxy invariant); what it holds is frozen too in the model.
    const own = Reflect.getOwnPropertyDescriptor(target, key);
    if (own && !own.configurable && own.writable === false) return value;
    if (typeof value !== 'function') return readOnly(value);
    // Constructors and the generic methods of arrays and objects work through this view's traps
    // (their writes are refused there); anything else is the model's own method.
    if (key === 'constructor' || value === (Array.prototype as unknown as Record<PropertyKey, unknown>)[key as string] || value === (Object.prototype as unknown as Record<PropertyKey, unknown>)[key as string]) return value;
    return boundMethod(value as (...args: unknown[]) => unknown, target, key);
  },
  getOwnPropertyDescriptor(target, key) {
    const d = Reflect.getOwnPropertyDescriptor(target, key);
    if (!d || !('value' in d) || (!d.configurable && d.writable === false)) return d;
    return { ...d, value: readOnly(d.value) };
  },
  set: (_t, key) => refuse(`set ${describe(key)}`),
  defineProperty: (_t, key) => refuse(`define ${describe(key)}`),
  deleteProperty: (_t, key) => refuse(`delete ${describe(key)}`),
  setPrototypeOf: () => refuse('change a prototype'),
  preventExtensions: () => refuse('freeze or seal the model'),
};

/** `value` viewed read-only (primitives and functions as they are). One view per object within a check, so identity holds. */
export function readOnly<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (isView(value)) return value;
  let view = views.get(value);
  if (!view) {
    view = new Proxy(value, handler);
    views.set(value, view);
  }
  return view as T;
}
