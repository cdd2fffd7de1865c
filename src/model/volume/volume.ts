/**
 * The read-only model of a storage `<volume>` document (libvirt's storage volume, `virsh vol-create`)
 * that volume rules read: like the domain, network and pool models, every value a {@link Located}
 * with the range it is written at, every node a {@link Span}; rules never see the XML tree.
 *
 * Only what volume rules read is modelled: identity and type, the scaled sizes, the `<target>` (path,
 * format, permissions, encryption, qcow2 compatibility, cluster size, features) and the
 * `<backingStore>`.
 */
import type { Span, Text } from '../located.js';
import { AttrRecord, type SpanWith, type XmlElement, child, linkElement, mapChildren, textValue } from '../read.js';
import { buildPermissions as buildStoragePermissions, type PoolPermissions } from '../pool/pool.js';

/** A size with an optional `unit` attribute (`<capacity unit='GiB'>10</capacity>`): `amount` is the text. */
export interface VolumeSize extends SpanWith<'unit'> {
  /** The text, trimmed. */
  readonly amount: Text;
  /** The text as written, white space included (libvirt reads a number with white space after it as malformed). */
  readonly written: string;
}

/** `<permissions>` of a volume or its backing store: octal `<mode>`, numeric `<owner>`/`<group>`, SELinux `<label>`. */
export interface VolumePermissions extends PoolPermissions {
  /** The texts of `<mode>`, `<owner>` and `<group>` as written, white space included (libvirt reads a number with white space after it as malformed). */
  readonly written: { readonly mode?: string; readonly owner?: string; readonly group?: string };
}

/** `<encryption format engine>` of a volume: the passphrase `<secret>`s and, for LUKS, `<cipher>` and `<ivgen>`. */
export interface VolumeEncryption extends SpanWith<'format' | 'engine'> {
  readonly secrets: readonly SpanWith<'type' | 'uuid' | 'usage'>[];
  readonly cipher?: SpanWith<'name' | 'size' | 'mode' | 'hash'>;
  readonly ivgen?: SpanWith<'name' | 'hash'>;
}

/** `<features>` of a qcow2 volume. */
export interface VolumeFeatures extends Span {
  readonly lazyRefcounts?: Span;
  readonly extendedL2?: Span;
}

/** `<target>`: the volume as the host sees it. */
export interface VolumeTarget extends Span {
  readonly path?: Text;
  /** `<format type>`: an image format (raw, qcow2, …) or a disk pool's partition type. */
  readonly format?: SpanWith<'type'>;
  readonly permissions?: VolumePermissions;
  readonly encryption?: VolumeEncryption;
  /** `<compat>`: the qcow2 compatibility level, e.g. 1.1. */
  readonly compat?: Text;
  readonly nocow?: Span;
  readonly clusterSize?: VolumeSize;
  readonly features?: VolumeFeatures;
}

/** `<backingStore>`: the image the volume is layered on. */
export interface VolumeBackingStore extends Span {
  readonly path?: Text;
  readonly format?: SpanWith<'type'>;
  readonly permissions?: VolumePermissions;
}

/** The read-only model of a `<volume>` that volume rules inspect. */
export interface Volume extends SpanWith<'type'> {
  readonly name?: Text;
  readonly key?: Text;
  readonly capacity?: VolumeSize;
  readonly allocation?: VolumeSize;
  readonly physical?: VolumeSize;
  readonly target?: VolumeTarget;
  readonly backingStore?: VolumeBackingStore;
}

const TYPE = new AttrRecord({ type: 'type' });
const UNIT = new AttrRecord({ unit: 'unit' });
const ENCRYPTION = new AttrRecord({ format: 'format', engine: 'engine' });
const SECRET = new AttrRecord({ type: 'type', uuid: 'uuid', usage: 'usage' });
const CIPHER = new AttrRecord({ name: 'name', size: 'size', mode: 'mode', hash: 'hash' });
const IVGEN = new AttrRecord({ name: 'name', hash: 'hash' });

/** Where an element is written: the start of every node of this model. */
const at = (el: XmlElement): Span => ({ tag: el.name, nameRange: el.nameRange, range: el.range });
const span = (el: XmlElement | undefined): Span | undefined => (el ? at(el) : undefined);

function buildSize(el: XmlElement | undefined): VolumeSize | undefined {
  if (!el) return undefined;
  const out = UNIT.read(el) as SpanWith<'unit'> & { amount?: Text; written?: string };
  out.amount = textValue(el);
  out.written = el.text;
  return out as VolumeSize;
}

function buildPermissions(el: XmlElement | undefined): VolumePermissions | undefined {
  const read = buildStoragePermissions(el);
  if (!el || !read) return undefined;
  return { ...read, written: { mode: child(el, 'mode')?.text, owner: child(el, 'owner')?.text, group: child(el, 'group')?.text } };
}

function buildEncryption(el: XmlElement | undefined): VolumeEncryption | undefined {
  if (!el) return undefined;
  const out = ENCRYPTION.read(el) as SpanWith<'format' | 'engine'> & { -readonly [K in 'secrets' | 'cipher' | 'ivgen']?: VolumeEncryption[K] };
  out.secrets = mapChildren(el, 'secret', (c) => SECRET.read(c));
  out.cipher = CIPHER.readChild(el, 'cipher');
  out.ivgen = IVGEN.readChild(el, 'ivgen');
  return out as VolumeEncryption;
}

function buildFeatures(el: XmlElement | undefined): VolumeFeatures | undefined {
  if (!el) return undefined;
  return { ...at(el), lazyRefcounts: span(child(el, 'lazy_refcounts')), extendedL2: span(child(el, 'extended_l2')) };
}

function buildTarget(el: XmlElement | undefined): VolumeTarget | undefined {
  if (!el) return undefined;
  return {
    ...at(el),
    path: textValue(child(el, 'path')),
    format: TYPE.readChild(el, 'format'),
    permissions: buildPermissions(child(el, 'permissions')),
    encryption: buildEncryption(child(el, 'encryption')),
    compat: textValue(child(el, 'compat')),
    nocow: span(child(el, 'nocow')),
    clusterSize: buildSize(child(el, 'clusterSize')),
    features: buildFeatures(child(el, 'features')),
  };
}

function buildBackingStore(el: XmlElement | undefined): VolumeBackingStore | undefined {
  if (!el) return undefined;
  return { ...at(el), path: textValue(child(el, 'path')), format: TYPE.readChild(el, 'format'), permissions: buildPermissions(child(el, 'permissions')) };
}

/** Builds the volume model from a parsed `<volume>` element. Never throws on unexpected shapes. */
export function buildVolume(root: XmlElement): Volume {
  const out = TYPE.read(root) as SpanWith<'type'> & { -readonly [K in Exclude<keyof Volume, keyof SpanWith<'type'>>]?: Volume[K] };
  out.name = textValue(child(root, 'name'));
  out.key = textValue(child(root, 'key'));
  out.capacity = buildSize(child(root, 'capacity'));
  out.allocation = buildSize(child(root, 'allocation'));
  out.physical = buildSize(child(root, 'physical'));
  out.target = buildTarget(child(root, 'target'));
  out.backingStore = buildBackingStore(child(root, 'backingStore'));
  return linkElement<Volume>(out as Volume, root);
}
