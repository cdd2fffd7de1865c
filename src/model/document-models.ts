/**
 * The model of each kind of document that rules check, built from its root element: one table for
 * the linter and RuleTester, so a new kind is one entry here (and its rule helper in src/rule.ts).
 */
import type { DocumentModel, RuleDocumentKind, RuleDocumentModels } from '../rule.js';
import type { XmlElement } from '../xml/tree.js';
import { buildDomain } from './domain.js';
import { buildNetwork } from './network/network.js';
import { buildNwFilter } from './nwfilter/nwfilter.js';
import { buildPool } from './pool/pool.js';
import { buildSecret } from './secret/secret.js';
import { buildVolume } from './volume/volume.js';

const BUILDERS: { readonly [K in RuleDocumentKind]: (root: XmlElement) => RuleDocumentModels[K] } = {
  domain: buildDomain,
  network: buildNetwork,
  pool: buildPool,
  volume: buildVolume,
  secret: buildSecret,
  filter: buildNwFilter,
};

/** Whether rules check documents whose root element has this name. */
export const isRuleDocumentKind = (kind: string): kind is RuleDocumentKind => Object.hasOwn(BUILDERS, kind);

/** The model of a document of kind `kind` (its root element's name), with its kind. */
export function buildDocumentModel<K extends RuleDocumentKind>(kind: K, root: XmlElement): DocumentModel {
  // BUILDERS[kind] returns RuleDocumentModels[K]: TypeScript does not relate the pair's members itself.
  return { kind, model: BUILDERS[kind](root) } as DocumentModel;
}
