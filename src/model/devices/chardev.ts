import type { Attr, Span } from '../located.js';
import { type XmlElement, attrValue, attrsOf, child, childrenNamed, spanOf, withAttrs } from '../read.js';
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
  readonly reconnect?: Span & { readonly enabled?: Attr; readonly timeout?: Attr };
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

export function charSources(el: XmlElement | undefined): CharSource[] {
  return childrenNamed(el, 'source').map((s) => ({
    ...spanOf(s),
    ...attrsOf(s, { mode: 'mode', path: 'path', host: 'host', service: 'service', channel: 'channel' }),
    reconnect: withAttrs(s, 'reconnect', { enabled: 'enabled', timeout: 'timeout' }),
  }));
}

export function buildCharDevice<K extends 'serial' | 'parallel' | 'console' | 'channel'>(el: XmlElement, kind: K): CharDeviceBase & { readonly kind: K } {
  const target = child(el, 'target');
  return {
    ...deviceBase(el, kind),
    type: attrValue(el, 'type'),
    sources: charSources(el),
    target: target
      ? { ...spanOf(target), ...attrsOf(target, { type: 'type', port: 'port', targetName: 'name' }), modelName: attrValue(child(target, 'model'), 'name') }
      : undefined,
  };
}
