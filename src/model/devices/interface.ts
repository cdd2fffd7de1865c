import type { Attr, Span } from '../located.js';
import { AttrRecord, NONE, type XmlElement, attrValue, spanOf } from '../read.js';
import { type DeviceBase, DeviceRecord, ROM, type RomSettings, type VirtioOptions, driverAttrs } from './common.js';

/** `<interface><driver>`: the backend and virtio-net tuning. */
export interface NetDriver extends Span, VirtioOptions {
  readonly name?: Attr;
  readonly txmode?: Attr;
  readonly ioeventfd?: Attr;
  readonly eventIdx?: Attr;
  readonly queues?: Attr;
  readonly rxQueueSize?: Attr;
  readonly txQueueSize?: Attr;
}

/** `<ip>` of an interface (guest side on type user; host side on type ethernet). */
export interface InterfaceIp extends Span {
  readonly address?: Attr;
  readonly prefix?: Attr;
  readonly peer?: Attr;
  readonly family?: Attr;
}

export interface Interface extends DeviceBase {
  readonly kind: 'interface';
  /** The connection type (network, bridge, user, ethernet, direct, hostdev, vhostuser, …). */
  readonly type?: Attr;
  /** `<mac address>`. */
  readonly mac?: Attr;
  /** `<model type>`. */
  readonly model?: Attr;
  readonly driver?: NetDriver;
  /** `<source>`; `mode` is vhost-user's (client or server). */
  readonly source?: Span & { readonly mode?: Attr };
  /** vhost-user: `<source><reconnect>`. */
  readonly sourceReconnect?: Span & { readonly enabled?: Attr };
  readonly target?: Span & { readonly dev?: Attr; readonly managed?: Attr };
  /** `<mtu size>`. */
  readonly mtu?: Attr;
  readonly vlan?: Span;
  readonly bandwidth?: Span;
  readonly teaming?: Span & { readonly type?: Attr; readonly persistent?: Attr };
  readonly coalesce?: Span;
  readonly port?: Span & { readonly isolated?: Attr };
  readonly virtualport?: Span & { readonly type?: Attr };
  readonly backend?: Span;
  readonly rom?: RomSettings;
  readonly ips: readonly InterfaceIp[];
  readonly routes: readonly Span[];
}

const SOURCE = new AttrRecord({ mode: 'mode' });
const RECONNECT = new AttrRecord({ enabled: 'enabled' });
const DRIVER = driverAttrs({ name: 'name', txmode: 'txmode', ioeventfd: 'ioeventfd', eventIdx: 'event_idx', queues: 'queues', rxQueueSize: 'rx_queue_size', txQueueSize: 'tx_queue_size' });
const TARGET = new AttrRecord({ dev: 'dev', managed: 'managed' });
const TEAMING = new AttrRecord({ type: 'type', persistent: 'persistent' });
const PORT = new AttrRecord({ isolated: 'isolated' });
const VIRTUALPORT = new AttrRecord({ type: 'type' });
const IP = new AttrRecord({ address: 'address', prefix: 'prefix', peer: 'peer', family: 'family' });

type El = XmlElement | undefined;

/** An `<interface>` record (see {@link DeviceRecord}: its ranges are read when asked). */
class InterfaceRecord extends DeviceRecord<'interface'> implements Interface {
  readonly type: Attr | undefined;
  readonly mac: Attr | undefined;
  readonly model: Attr | undefined;
  readonly driver: NetDriver | undefined;
  readonly source: (Span & { readonly mode?: Attr }) | undefined;
  readonly sourceReconnect: (Span & { readonly enabled?: Attr }) | undefined;
  readonly target: (Span & { readonly dev?: Attr; readonly managed?: Attr }) | undefined;
  readonly mtu: Attr | undefined;
  readonly vlan: Span | undefined;
  readonly bandwidth: Span | undefined;
  readonly teaming: (Span & { readonly type?: Attr; readonly persistent?: Attr }) | undefined;
  readonly coalesce: Span | undefined;
  readonly port: (Span & { readonly isolated?: Attr }) | undefined;
  readonly virtualport: (Span & { readonly type?: Attr }) | undefined;
  readonly backend: Span | undefined;
  readonly rom: RomSettings | undefined;
  readonly ips: readonly InterfaceIp[];
  readonly routes: readonly Span[];

  constructor(el: XmlElement) {
    super(el, 'interface');
    // The children an interface reads, in one pass (the first of each name); ips and routes are lists.
    let mac: El, model: El, driver: El, source: El, target: El, mtu: El, vlan: El, bandwidth: El, teaming: El, coalesce: El, port: El, virtualport: El, backend: El, rom: El;
    let ips: InterfaceIp[] | undefined;
    let routes: Span[] | undefined;
    for (let i = 0, list = el.children; i < list.length; i++) {
      const c = list[i]!;
      switch (c.name) {
        case 'mac': mac ??= c; break;
        case 'model': model ??= c; break;
        case 'driver': driver ??= c; break;
        case 'source': source ??= c; break;
        case 'target': target ??= c; break;
        case 'mtu': mtu ??= c; break;
        case 'vlan': vlan ??= c; break;
        case 'bandwidth': bandwidth ??= c; break;
        case 'teaming': teaming ??= c; break;
        case 'coalesce': coalesce ??= c; break;
        case 'port': port ??= c; break;
        case 'virtualport': virtualport ??= c; break;
        case 'backend': backend ??= c; break;
        case 'rom': rom ??= c; break;
        case 'ip': (ips ??= []).push(IP.read(c)); break;
        case 'route': (routes ??= []).push(spanOf(c)); break;
      }
    }
    this.type = attrValue(el, 'type');
    this.mac = attrValue(mac, 'address');
    this.model = attrValue(model, 'type');
    this.driver = driver ? DRIVER.read(driver) : undefined;
    this.source = source ? SOURCE.read(source) : undefined;
    this.sourceReconnect = source && this.type?.value === 'vhostuser' ? RECONNECT.readChild(source, 'reconnect') : undefined;
    this.target = target ? TARGET.read(target) : undefined;
    this.mtu = attrValue(mtu, 'size');
    this.vlan = vlan ? spanOf(vlan) : undefined;
    this.bandwidth = bandwidth ? spanOf(bandwidth) : undefined;
    this.teaming = teaming ? TEAMING.read(teaming) : undefined;
    this.coalesce = coalesce ? spanOf(coalesce) : undefined;
    this.port = port ? PORT.read(port) : undefined;
    this.virtualport = virtualport ? VIRTUALPORT.read(virtualport) : undefined;
    this.backend = backend ? spanOf(backend) : undefined;
    this.rom = rom ? ROM.read(rom) : undefined;
    this.ips = ips ?? NONE;
    this.routes = routes ?? NONE;
  }
}

export const buildInterface = (el: XmlElement): Interface => new InterfaceRecord(el);
