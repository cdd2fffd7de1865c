import type { Domain } from '../src/model/index.js';

/** Whether the domain has a `<graphics type='spice'>` (a loop, not a `some` with a closure made per document). */
export function hasSpiceDisplay(domain: Domain): boolean {
  const graphics = domain.devices.graphics;
  for (let i = 0; i < graphics.length; i++) if (graphics[i]!.type?.value === 'spice') return true;
  return false;
}
