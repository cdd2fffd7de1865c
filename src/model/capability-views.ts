import { attrValue, type Domain, type Located, type ModelNode } from './domain.js';
import { child } from '../xml/tree.js';

/** A device whose model (or bus) a capability rule checks against the emulator. */
export interface ModelledDevice extends ModelNode {
  /** The device element's name: video, sound, tpm, watchdog. */
  readonly kind: string;
  /** The model as written (`<video><model type>`, `<sound model>`, `<tpm model>`, `<watchdog model>`). */
  readonly model?: Located;
  /** The `<address type>` of the device, when given. */
  readonly addressType?: string;
}

/**
 * Typed access to the devices the capability rules look at beyond disks, interfaces and controllers.
 * Reads `domain.otherDevices`, so it never re-walks the document.
 */
export function modelledDevices(domain: Domain, kind: 'video' | 'sound' | 'tpm' | 'watchdog'): ModelledDevice[] {
  return domain.otherDevices
    .filter((d) => d.kind === kind)
    .map((d) => ({
      element: d.element,
      kind,
      model: kind === 'video' ? attrValue(child(d.element, 'model'), 'type') : attrValue(d.element, 'model'),
      ...(d.address?.type?.value ? { addressType: d.address.type.value } : {}),
    }));
}
