import type { Attr, Span, Text } from '../located.js';
import { AttrRecord, type Writable, type XmlElement, attrValue, child, textValue } from '../read.js';
import { type DeviceBase, DeviceRecord, type VirtioOptions, driverAttrs } from './common.js';

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

/**
 * A `<controller>` record whose ranges are read when a rule asks, like disks and interfaces
 * ({@link DeviceRecord}): controllers are the most numerous devices of most domains (a q35 guest
 * writes a dozen PCIe root ports), and their two eager ranges were most of building them.
 */
class ControllerRecord extends DeviceRecord<'controller'> implements Controller {
  readonly type: Attr | undefined;
  readonly index: Attr | undefined;
  readonly model: Attr | undefined;
  readonly modelName: Attr | undefined;
  readonly ports: Attr | undefined;
  readonly driver: ControllerDriver | undefined;
  readonly target: ControllerTarget | undefined;

  constructor(el: XmlElement) {
    super(el, 'controller');
    let model: XmlElement | undefined;
    let drv: XmlElement | undefined;
    let tgt: XmlElement | undefined;
    for (let i = 0, list = el.children; i < list.length; i++) {
      const c = list[i]!;
      if (c.name === 'model') model ??= c;
      else if (c.name === 'driver') drv ??= c;
      else if (c.name === 'target') tgt ??= c;
    }
    this.type = attrValue(el, 'type');
    this.index = attrValue(el, 'index');
    this.model = attrValue(el, 'model');
    this.modelName = attrValue(model, 'name');
    this.ports = attrValue(el, 'ports');
    this.driver = drv ? DRIVER.read(drv) : undefined;
    this.target = tgt ? target(tgt) : undefined;
  }
}

export const buildController = (el: XmlElement): Controller => new ControllerRecord(el);
