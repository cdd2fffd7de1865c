import type { Attr, Span } from '../located.js';
import { AttrRecord, type Writable, type XmlElement, attrValue, child, mapChildren } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** `<source>` of a character device backend. */
export interface CharSource extends Span {
  /** bind (listen) or connect. */
  readonly mode?: Attr;
  readonly path?: Attr;
  readonly host?: Attr;
  readonly service?: Attr;
  /** spiceport: the SPICE port name. */
  readonly channel?: Attr;
  /** `delay` is the NBD disk form libvirt's schema also allows here (libvirt drops it from character devices). */
  readonly reconnect?: Span & { readonly enabled?: Attr; readonly timeout?: Attr; readonly delay?: Attr };
}

/** The host side of a character device: its type (pty, file, unix, tcp, …) and every `<source>`. */
export interface CharBackend {
  readonly type?: Attr;
  /** libvirt uses the first; tcp/udp may have two (bind and connect). */
  readonly sources: readonly CharSource[];
}

/** `<target>` of a serial, console, channel or parallel device. */
export interface CharTarget extends Span {
  /** isa-serial, pci-serial, serial, virtio, sclp, guestfwd, … */
  readonly type?: Attr;
  readonly port?: Attr;
  /** Channels: the virtio port name. */
  readonly targetName?: Attr;
  /** Serials: `<model name>` (pl011, sclpconsole, …). */
  readonly modelName?: Attr;
}

interface CharDeviceBase extends DeviceBase, CharBackend {
  readonly target?: CharTarget;
}

export interface Serial extends CharDeviceBase {
  readonly kind: 'serial';
}
export interface Parallel extends CharDeviceBase {
  readonly kind: 'parallel';
}
export interface Console extends CharDeviceBase {
  readonly kind: 'console';
}
export interface Channel extends CharDeviceBase {
  readonly kind: 'channel';
}

const SOURCE = new AttrRecord({ mode: 'mode', path: 'path', host: 'host', service: 'service', channel: 'channel' });
const RECONNECT = new AttrRecord({ enabled: 'enabled', timeout: 'timeout', delay: 'delay' });
const TARGET = new AttrRecord({ type: 'type', port: 'port', targetName: 'name' });

function charSource(el: XmlElement): CharSource {
  const out: Writable<CharSource> = SOURCE.read(el);
  out.reconnect = RECONNECT.readChild(el, 'reconnect');
  return out;
}

export const charSources = (el: XmlElement | undefined): readonly CharSource[] => mapChildren(el, 'source', charSource);

function charTarget(el: XmlElement): CharTarget {
  const out: Writable<CharTarget> = TARGET.read(el);
  out.modelName = attrValue(child(el, 'model'), 'name');
  return out;
}

export function buildCharDevice<K extends 'serial' | 'parallel' | 'console' | 'channel'>(el: XmlElement, kind: K): CharDeviceBase & { readonly kind: K } {
  const target = child(el, 'target');
  const base = deviceBase(el, kind);
  return {
    tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex,
    type: attrValue(el, 'type'),
    sources: charSources(el),
    target: target ? charTarget(target) : undefined,
  };
}
