import type { Controller } from './devices/controller.js';
import type { DeviceAddress } from './controllers.js';
import type { CharacterDevice, Domain } from './domain.js';

/** What several rules derive from the same domain: computed once per model, which is read-only. */
export interface DomainMemo {
  indexes: ReadonlyMap<Controller, number> | undefined;
  addresses: readonly DeviceAddress[] | undefined;
  characterDevices: readonly CharacterDevice[] | undefined;
}

// Kept on the model itself under a private symbol. Not in module-level WeakMaps: a WeakMap in the
// old generation keeps its values through young-generation collections, and these reach the
// document's tree (src/model/read.ts, linkElement).
const MEMO = Symbol('virtlint.domainMemo');

/** What a plugin rule's read-only view of the model answers (config/read-only-view.ts), by any copy of virtlint's modules. */
const VIEW_TARGET = Symbol.for('virtlint.readOnlyTarget');

/** The domain's memo (every field present from the start: one shape whatever a rule asks first). */
export function memoOf(domain: Domain): DomainMemo {
  // A plugin rule's read-only view: a memo of its own for this call. Kept on the model, it could not
  // be (the view refuses writes: controllerIndexes threw), and what is worked out from the view holds
  // views, which are the rule's alone (as the Map of controllerIndexes must be keyed by them).
  if ((domain as { [VIEW_TARGET]?: object })[VIEW_TARGET] !== undefined) return { indexes: undefined, addresses: undefined, characterDevices: undefined };
  const holder = domain as Domain & { [MEMO]?: DomainMemo };
  let memo = holder[MEMO];
  if (!memo) Object.defineProperty(holder, MEMO, { value: (memo = { indexes: undefined, addresses: undefined, characterDevices: undefined }) });
  return memo;
}
