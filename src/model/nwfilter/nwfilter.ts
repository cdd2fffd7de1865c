/**
 * The read-only model of a `<filter>` document (libvirt's network filter, `virsh nwfilter-define`)
 * that nwfilter rules read: like the other models, every value a {@link Located} with the range it is
 * written at, every node a {@link Span}; rules never see the XML tree.
 *
 * A filter is its name, chain and priority, an optional `<uuid>`, and a list of `<rule>`s and
 * `<filterref>`s. A rule's match criteria are the attributes of its one protocol element (`<tcp>`,
 * `<mac>`, …): which attributes a protocol takes is the grammar's business, so the model keeps them
 * all, as written, and src/model/nwfilter/values.ts says what kind of value each one is.
 */
import type { Attr, Span, Text } from '../located.js';
import { AttrRecord, type SpanWith, type XmlElement, attrOf, child, linkElement, mapChildren, NONE, textValue } from '../read.js';
import { isProtocol, protocolValueKind, type ProtocolValueKind } from './values.js';

/** The protocol element of a `<rule>` (`<tcp>`, `<mac>`, `<ipv6>`, …): its tag names the protocol. */
export interface NwFilterProtocol extends Span {
  /** Every attribute of the element, in document order. */
  readonly attributes: readonly Attr[];
}

/** A `<rule action direction priority statematch>` of a filter. */
export interface NwFilterRuleEntry extends SpanWith<'action' | 'direction' | 'priority' | 'statematch'> {
  /** The rule's protocol element, when it has one (a rule without one matches every packet). */
  readonly protocol?: NwFilterProtocol;
}

/** A `<filterref filter>`: another filter's rules, with `<parameter name value>` bindings of its variables. */
export interface NwFilterRef extends SpanWith<'filter'> {
  readonly parameters: readonly SpanWith<'name' | 'value'>[];
}

/** The read-only model of a `<filter name chain priority>` that nwfilter rules inspect. */
export interface NwFilter extends SpanWith<'name' | 'chain' | 'priority'> {
  readonly uuid?: Text;
  /** The `<rule>` children, in document order. */
  readonly rules: readonly NwFilterRuleEntry[];
  /** The `<filterref>` children, in document order. */
  readonly filterrefs: readonly NwFilterRef[];
}

const FILTER = new AttrRecord({ name: 'name', chain: 'chain', priority: 'priority' });
const RULE = new AttrRecord({ action: 'action', direction: 'direction', priority: 'priority', statematch: 'statematch' });
const FILTERREF = new AttrRecord({ filter: 'filter' });
const PARAMETER = new AttrRecord({ name: 'name', value: 'value' });

function buildProtocol(rule: XmlElement): NwFilterProtocol | undefined {
  for (const el of rule.children) {
    if (!isProtocol(el.name)) continue;
    return { tag: el.name, nameRange: el.nameRange, range: el.range, attributes: el.attributes.length === 0 ? NONE : el.attributes.map(attrOf) };
  }
  return undefined;
}

function buildRule(el: XmlElement): NwFilterRuleEntry {
  const out = RULE.read(el) as SpanWith<'action' | 'direction' | 'priority' | 'statematch'> & { protocol?: NwFilterProtocol };
  out.protocol = buildProtocol(el);
  return out;
}

function buildFilterref(el: XmlElement): NwFilterRef {
  const out = FILTERREF.read(el) as SpanWith<'filter'> & { parameters?: NwFilterRef['parameters'] };
  out.parameters = mapChildren(el, 'parameter', (c) => PARAMETER.read(c));
  return out as NwFilterRef;
}

/** Builds the filter model from a parsed `<filter>` element. Never throws on unexpected shapes. */
export function buildNwFilter(root: XmlElement): NwFilter {
  const out = FILTER.read(root) as SpanWith<'name' | 'chain' | 'priority'> & { -readonly [K in 'uuid' | 'rules' | 'filterrefs']?: NwFilter[K] };
  out.uuid = textValue(child(root, 'uuid'));
  out.rules = mapChildren(root, 'rule', buildRule);
  out.filterrefs = mapChildren(root, 'filterref', buildFilterref);
  return linkElement<NwFilter>(out as NwFilter, root);
}

/** One attribute of a rule's protocol element, with the protocol and the kind of value it holds. */
export interface ProtocolAttribute {
  /** The protocol element's tag (`tcp`, `mac`, …). */
  readonly protocol: string;
  readonly attr: Attr;
  readonly kind: ProtocolValueKind;
}

/** Every attribute of every rule's protocol element, in document order. */
export function protocolAttributes(filter: NwFilter): ProtocolAttribute[] {
  const out: ProtocolAttribute[] = [];
  for (const rule of filter.rules) {
    const protocol = rule.protocol;
    if (protocol) for (const attr of protocol.attributes) out.push({ protocol: protocol.tag, attr, kind: protocolValueKind(protocol.tag, attr.name) });
  }
  return out;
}
