import type { Attr, Span } from '../located.js';
import { type XmlElement, attrValue, attrsOf, child, childrenNamed, spanOf, spanOfChild, withAttrs } from '../read.js';
import { type DeviceBase, type VirtioOptions, deviceBase, virtioOptions } from './common.js';

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
  readonly source?: Span;
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
  readonly ips: readonly InterfaceIp[];
  readonly routes: readonly Span[];
}

function netDriver(el: XmlElement | undefined): NetDriver | undefined {
  if (!el) return undefined;
  return {
    ...spanOf(el),
    ...virtioOptions(el),
    ...attrsOf(el, { name: 'name', txmode: 'txmode', ioeventfd: 'ioeventfd', eventIdx: 'event_idx', queues: 'queues', rxQueueSize: 'rx_queue_size', txQueueSize: 'tx_queue_size' }),
  };
}


export function buildInterface(el: XmlElement): Interface {
  return {
    ...deviceBase(el, 'interface'),
    type: attrValue(el, 'type'),
    mac: attrValue(child(el, 'mac'), 'address'),
    model: attrValue(child(el, 'model'), 'type'),
    driver: netDriver(child(el, 'driver')),
    source: spanOfChild(el, 'source'),
    target: withAttrs(el, 'target', { dev: 'dev', managed: 'managed' }),
    mtu: attrValue(child(el, 'mtu'), 'size'),
    vlan: spanOfChild(el, 'vlan'),
    bandwidth: spanOfChild(el, 'bandwidth'),
    teaming: withAttrs(el, 'teaming', { type: 'type', persistent: 'persistent' }),
    coalesce: spanOfChild(el, 'coalesce'),
    port: withAttrs(el, 'port', { isolated: 'isolated' }),
    virtualport: withAttrs(el, 'virtualport', { type: 'type' }),
    backend: spanOfChild(el, 'backend'),
    ips: childrenNamed(el, 'ip').map((ip) => ({ ...spanOf(ip), ...attrsOf(ip, { address: 'address', prefix: 'prefix', peer: 'peer', family: 'family' }) })),
    routes: childrenNamed(el, 'route').map(spanOf),
  };
}
