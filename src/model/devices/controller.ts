import type { Attr, Span, Text } from '../located.js';
import { type XmlElement, attrValue, attrsOf, child, spanOf, textValue } from '../read.js';
import { type DeviceBase, type VirtioOptions, deviceBase, virtioOptions } from './common.js';

/** `<controller><driver>` (virtio-scsi tuning). */
export interface ControllerDriver extends Span, VirtioOptions {
  readonly queues?: Attr;
  readonly cmdPerLun?: Attr;
  readonly maxSectors?: Attr;
  readonly ioeventfd?: Attr;
  readonly iothread?: Attr;
}

/** `<controller><target>` of PCI controllers. */
export interface ControllerTarget extends Span {
  readonly chassisNr?: Attr;
  readonly chassis?: Attr;
  readonly port?: Attr;
  readonly busNr?: Attr;
  /** `index` (pSeries PHBs). */
  readonly index?: Attr;
  readonly hotplug?: Attr;
  /** `<node>`: the guest NUMA node of an expander bus. */
  readonly node?: Text;
}

export interface Controller extends DeviceBase {
  readonly kind: 'controller';
  readonly type?: Attr;
  readonly index?: Attr;
  readonly model?: Attr;
  /** `<model name>`: the QEMU device behind a PCI controller model. */
  readonly modelName?: Attr;
  /** `ports` (USB xHCI controllers: how many root-hub ports). */
  readonly ports?: Attr;
  readonly driver?: ControllerDriver;
  readonly target?: ControllerTarget;
}

export function buildController(el: XmlElement): Controller {
  const drv = child(el, 'driver');
  const target = child(el, 'target');
  const node = child(target, 'node');
  return {
    ...deviceBase(el, 'controller'),
    type: attrValue(el, 'type'),
    index: attrValue(el, 'index'),
    model: attrValue(el, 'model'),
    modelName: attrValue(child(el, 'model'), 'name'),
    ports: attrValue(el, 'ports'),
    driver: drv
      ? { ...spanOf(drv), ...virtioOptions(drv), ...attrsOf(drv, { queues: 'queues', cmdPerLun: 'cmd_per_lun', maxSectors: 'max_sectors', ioeventfd: 'ioeventfd', iothread: 'iothread' }) }
      : undefined,
    target: target
      ? {
          ...spanOf(target),
          ...attrsOf(target, { chassisNr: 'chassisNr', chassis: 'chassis', port: 'port', busNr: 'busNr', index: 'index', hotplug: 'hotplug' }),
          node: node ? textValue(node) : undefined,
        }
      : undefined,
  };
}
