import { buildDomain, type Domain } from '../../src/model/domain.js';
import type { Range } from '../../src/types.js';
import { parseXml } from '../../src/xml/parse.js';

/** The model of a document (which must parse). */
export function model(xml: string): Domain {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(`test document does not parse: ${parsed.diagnostic.message}`);
  return buildDomain(parsed.document.root);
}

/** A domain with these devices (and optionally more top-level XML before <devices>). */
export const withDevices = (devices: string, top = ''): string =>
  `<domain type='kvm'>\n<name>t</name>\n<memory>1048576</memory>\n<os><type arch='x86_64' machine='q35'>hvm</type></os>\n${top}<devices>\n${devices}\n</devices>\n</domain>`;

/** The text a range covers. */
export const textAt = (text: string, r: Range | undefined): string | undefined => (r ? text.slice(r.start.offset, r.end.offset) : undefined);
