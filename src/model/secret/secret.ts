/**
 * The read-only model of a `<secret>` document (`virsh secret-define`) that secret rules read: like
 * the other models, every value a {@link Located} with the range it is written at, every node a
 * {@link Span}; rules never see the XML tree. The secret's value is never part of the XML.
 */
import type { Text } from '../located.js';
import { AttrRecord, type SpanWith, type XmlElement, child, linkElement, textValue } from '../read.js';

/** `<usage type>`: what the secret unlocks, named by `<volume>` (a volume's path), `<name>` (ceph, tls, vtpm) or `<target>` (iscsi). */
export interface SecretUsage extends SpanWith<'type'> {
  readonly volume?: Text;
  readonly name?: Text;
  readonly target?: Text;
}

/** The read-only model of a `<secret ephemeral private>` that secret rules inspect. */
export interface Secret extends SpanWith<'ephemeral' | 'private'> {
  readonly uuid?: Text;
  readonly description?: Text;
  readonly usage?: SecretUsage;
}

const SECRET = new AttrRecord({ ephemeral: 'ephemeral', private: 'private' });
const TYPE = new AttrRecord({ type: 'type' });

function buildUsage(el: XmlElement | undefined): SecretUsage | undefined {
  if (!el) return undefined;
  const out = TYPE.read(el) as SpanWith<'type'> & { -readonly [K in 'volume' | 'name' | 'target']?: Text };
  out.volume = textValue(child(el, 'volume'));
  out.name = textValue(child(el, 'name'));
  out.target = textValue(child(el, 'target'));
  return out as SecretUsage;
}

/** Builds the secret model from a parsed `<secret>` element. Never throws on unexpected shapes. */
export function buildSecret(root: XmlElement): Secret {
  const out = SECRET.read(root) as SpanWith<'ephemeral' | 'private'> & { -readonly [K in 'uuid' | 'description' | 'usage']?: Secret[K] };
  out.uuid = textValue(child(root, 'uuid'));
  out.description = textValue(child(root, 'description'));
  out.usage = buildUsage(child(root, 'usage'));
  return linkElement<Secret>(out as Secret, root);
}
