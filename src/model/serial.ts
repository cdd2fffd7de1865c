import { child } from '../xml/tree.js';
import { type Address, type Domain, type Located, type ModelNode, attrValue } from './domain.js';

/** A `<serial>` device's target side: `<target type port>`, `<target><model name>`, and its `<address>`. */
export interface SerialTarget extends ModelNode {
  readonly target?: ModelNode;
  readonly type?: Located;
  readonly port?: Located;
  readonly modelName?: Located;
  readonly address?: Address;
}

/** Every `<serial>` under `<devices>`, in document order. */
export function serialTargets(domain: Domain): SerialTarget[] {
  return domain.otherDevices
    .filter((d) => d.kind === 'serial')
    .map((d) => {
      const target = child(d.element, 'target');
      return {
        element: d.element,
        target: target ? { element: target } : undefined,
        type: attrValue(target, 'type'),
        port: attrValue(target, 'port'),
        modelName: attrValue(child(target, 'model'), 'name'),
        address: d.address,
      };
    });
}

/** A `<console>`'s `<target type>` (serial, virtio, sclp, …), with the console element. */
export interface ConsoleTarget extends ModelNode {
  readonly type?: Located;
}

export function consoleTargets(domain: Domain): ConsoleTarget[] {
  return domain.chardevs.filter((c) => c.kind === 'console').map((c) => ({ element: c.element, type: attrValue(c.target?.element, 'type') }));
}
