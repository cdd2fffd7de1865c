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

/** The domain's memo (every field present from the start: one shape whatever a rule asks first). */
export function memoOf(domain: Domain): DomainMemo {
  const holder = domain as Domain & { [MEMO]?: DomainMemo };
  let memo = holder[MEMO];
  if (!memo) Object.defineProperty(holder, MEMO, { value: (memo = { indexes: undefined, addresses: undefined, characterDevices: undefined }) });
  return memo;
}
