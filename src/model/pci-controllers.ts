import { child } from '../xml/tree.js';
import { type Controller, type Located, attrValue, textValue } from './domain.js';

/** The options a `<controller type='pci'>` can carry, as written (libvirt's option names in the keys). */
export interface PciControllerOptions {
  /** `<model name>`: the QEMU device behind the controller model. */
  readonly modelName?: Located;
  readonly chassisNr?: Located;
  readonly chassis?: Located;
  readonly port?: Located;
  readonly busNr?: Located;
  /** `<target index>` (pSeries PHBs). */
  readonly targetIndex?: Located;
  readonly hotplug?: Located;
  /** `<target><node>`: the guest NUMA node of an expander bus. */
  readonly numaNode?: Located;
}

export function pciControllerOptions(c: Controller): PciControllerOptions {
  const target = c.target?.element;
  const node = child(target, 'node');
  return {
    modelName: attrValue(child(c.element, 'model'), 'name'),
    chassisNr: attrValue(target, 'chassisNr'),
    chassis: attrValue(target, 'chassis'),
    port: attrValue(target, 'port'),
    busNr: attrValue(target, 'busNr'),
    targetIndex: attrValue(target, 'index'),
    hotplug: attrValue(target, 'hotplug'),
    numaNode: node ? textValue(node) : undefined,
  };
}
