/**
 * The read-only model of a `<pool>` document (libvirt's storage pool, `virsh pool-define`) that pool
 * rules read: like the domain and network models, every value a {@link Located} with the range it is
 * written at, every node a {@link Span}; rules never see the XML tree.
 *
 * Only what pool rules read is modelled: identity and type, the `<source>` (hosts, devices, directory,
 * SCSI adapter, names, format, protocol), the `<target>` with its permissions, and `<features>`.
 */
import type { Span, Text } from '../located.js';
import { AttrRecord, type SpanWith, type XmlElement, child, linkElement, mapChildren, textValue } from '../read.js';

/** `<permissions>` of a pool's target directory: octal `<mode>`, numeric `<owner>`/`<group>`, SELinux `<label>`. */
export interface PoolPermissions extends Span {
  readonly mode?: Text;
  readonly owner?: Text;
  readonly group?: Text;
  readonly label?: Text;
}

/** `<target>`: where the pool's volumes appear on the host. */
export interface PoolTarget extends Span {
  readonly path?: Text;
  readonly permissions?: PoolPermissions;
}

/** `<parentaddr unique_id>` of a `scsi_host` adapter: the PCI address of the SCSI host's parent. */
export interface PoolAdapterParentAddress extends SpanWith<'uniqueId'> {
  /** Its `<address domain bus slot function>`. */
  readonly address?: SpanWith<'domain' | 'bus' | 'slot' | 'function'>;
}

/** `<adapter>` of a `scsi` pool: a `scsi_host` (by name or parent address) or an `fc_host` (a vHBA by WWNs). */
export interface PoolAdapter extends SpanWith<'type' | 'name' | 'parent' | 'parentWwnn' | 'parentWwpn' | 'parentFabricWwn' | 'wwnn' | 'wwpn' | 'managed'> {
  readonly parentAddress?: PoolAdapterParentAddress;
}

/** `<source>`: where the pool's storage comes from. */
export interface PoolSource extends Span {
  /** `<host name port>` entries (netfs, iscsi, rbd, gluster, sheepdog). */
  readonly hosts: readonly SpanWith<'name' | 'port'>[];
  /** `<device path>` entries (fs, disk, logical, iscsi's target IQN, zfs). */
  readonly devices: readonly SpanWith<'path' | 'partSeparator'>[];
  /** `<dir path>` (netfs, gluster). */
  readonly dir?: SpanWith<'path'>;
  readonly adapter?: PoolAdapter;
  /** `<name>`: the volume group, RBD pool, gluster volume, zfs pool. */
  readonly name?: Text;
  /** `<format type>`. */
  readonly format?: SpanWith<'type'>;
  /** `<protocol ver>` of an NFS pool. */
  readonly protocol?: SpanWith<'ver'>;
}

/** `<features>` of a pool. */
export interface PoolFeatures extends Span {
  /** `<cow state>`: copy-on-write of the target directory (btrfs). */
  readonly cow?: SpanWith<'state'>;
}

/** The read-only model of a `<pool>` that pool rules inspect. */
export interface Pool extends SpanWith<'type'> {
  readonly name?: Text;
  readonly uuid?: Text;
  readonly source?: PoolSource;
  readonly target?: PoolTarget;
  readonly features?: PoolFeatures;
}

const TYPE = new AttrRecord({ type: 'type' });
const HOST = new AttrRecord({ name: 'name', port: 'port' });
const DEVICE = new AttrRecord({ path: 'path', partSeparator: 'part_separator' });
const PATH = new AttrRecord({ path: 'path' });
const VER = new AttrRecord({ ver: 'ver' });
const STATE = new AttrRecord({ state: 'state' });
const ADAPTER = new AttrRecord({
  type: 'type',
  name: 'name',
  parent: 'parent',
  parentWwnn: 'parent_wwnn',
  parentWwpn: 'parent_wwpn',
  parentFabricWwn: 'parent_fabric_wwn',
  wwnn: 'wwnn',
  wwpn: 'wwpn',
  managed: 'managed',
});
const PARENT_ADDRESS = new AttrRecord({ uniqueId: 'unique_id' });
const PCI_ADDRESS = new AttrRecord({ domain: 'domain', bus: 'bus', slot: 'slot', function: 'function' });

function buildAdapter(el: XmlElement | undefined): PoolAdapter | undefined {
  if (!el) return undefined;
  const out = ADAPTER.read(el) as Omit<PoolAdapter, 'parentAddress'> & { parentAddress?: PoolAdapterParentAddress };
  const parentaddr = child(el, 'parentaddr');
  if (parentaddr) {
    const addr = PARENT_ADDRESS.read(parentaddr) as Omit<PoolAdapterParentAddress, 'address'> & { address?: PoolAdapterParentAddress['address'] };
    addr.address = PCI_ADDRESS.readChild(parentaddr, 'address');
    out.parentAddress = addr;
  } else {
    out.parentAddress = undefined;
  }
  return out;
}

function buildSource(el: XmlElement | undefined): PoolSource | undefined {
  if (!el) return undefined;
  return {
    tag: el.name,
    nameRange: el.nameRange,
    range: el.range,
    hosts: mapChildren(el, 'host', (c) => HOST.read(c)),
    devices: mapChildren(el, 'device', (c) => DEVICE.read(c)),
    dir: PATH.readChild(el, 'dir'),
    adapter: buildAdapter(child(el, 'adapter')),
    name: textValue(child(el, 'name')),
    format: TYPE.readChild(el, 'format'),
    protocol: VER.readChild(el, 'protocol'),
  };
}

/** `<permissions>` of a pool's target (and of a volume's target and backing store: src/model/volume). */
export function buildPermissions(el: XmlElement | undefined): PoolPermissions | undefined {
  if (!el) return undefined;
  return {
    tag: el.name,
    nameRange: el.nameRange,
    range: el.range,
    mode: textValue(child(el, 'mode')),
    owner: textValue(child(el, 'owner')),
    group: textValue(child(el, 'group')),
    label: textValue(child(el, 'label')),
  };
}

function buildTarget(el: XmlElement | undefined): PoolTarget | undefined {
  if (!el) return undefined;
  return { tag: el.name, nameRange: el.nameRange, range: el.range, path: textValue(child(el, 'path')), permissions: buildPermissions(child(el, 'permissions')) };
}

function buildFeatures(el: XmlElement | undefined): PoolFeatures | undefined {
  if (!el) return undefined;
  return { tag: el.name, nameRange: el.nameRange, range: el.range, cow: STATE.readChild(el, 'cow') };
}

/** Builds the pool model from a parsed `<pool>` element. Never throws on unexpected shapes. */
export function buildPool(root: XmlElement): Pool {
  const out = TYPE.read(root) as SpanWith<'type'> & { -readonly [K in Exclude<keyof Pool, keyof SpanWith<'type'>>]?: Pool[K] };
  out.name = textValue(child(root, 'name'));
  out.uuid = textValue(child(root, 'uuid'));
  out.source = buildSource(child(root, 'source'));
  out.target = buildTarget(child(root, 'target'));
  out.features = buildFeatures(child(root, 'features'));
  return linkElement<Pool>(out as Pool, root);
}
