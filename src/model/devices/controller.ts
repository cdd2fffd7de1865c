import type { Attr, Span, Text } from '../located.js';
import { AttrRecord, type Writable, type XmlElement, attrValue, child, textValue } from '../read.js';
import { type DeviceBase, type VirtioOptions, deviceBase, driverAttrs } from './common.js';

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

const DRIVER = driverAttrs({ queues: 'queues', cmdPerLun: 'cmd_per_lun', maxSectors: 'max_sectors', ioeventfd: 'ioeventfd', iothread: 'iothread' });
const TARGET = new AttrRecord({ chassisNr: 'chassisNr', chassis: 'chassis', port: 'port', busNr: 'busNr', index: 'index', hotplug: 'hotplug' });

function target(el: XmlElement): ControllerTarget {
  const out: Writable<ControllerTarget> = TARGET.read(el);
  out.node = textValue(child(el, 'node'));
  return out;
}

export function buildController(el: XmlElement): Controller {
  let model: XmlElement | undefined;
  let drv: XmlElement | undefined;
  let tgt: XmlElement | undefined;
  for (let i = 0, list = el.children; i < list.length; i++) {
    const c = list[i]!;
    if (c.name === 'model') model ??= c;
    else if (c.name === 'driver') drv ??= c;
    else if (c.name === 'target') tgt ??= c;
  }
  const base = deviceBase(el, 'controller');
  return {
    tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder,
    type: attrValue(el, 'type'),
    index: attrValue(el, 'index'),
    model: attrValue(el, 'model'),
    modelName: attrValue(model, 'name'),
    ports: attrValue(el, 'ports'),
    driver: drv ? DRIVER.read(drv) : undefined,
    target: tgt ? target(tgt) : undefined,
  };
}
