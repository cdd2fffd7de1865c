/**
 * Targets: which libvirt (and QEMU) releases a definition must run on, checked against the version
 * table beside the grammar (schemas/versions/). docs/targets.md is the user's guide.
 */
export { bindingTargets, compareVersions, parseTarget, parseTargets, parseVersion, type Target, TargetError, type TargetProduct } from './target.js';
export { bundledVersionTable, NAMESPACE_PREFIXES, type ResolvedEntry, type VersionEntry, VersionTable, VersionTableError } from './version-table.js';
export { checkTargets, TARGET_RULE_DOCS, TARGET_RULE_ID } from './check.js';
export { attributeKey, elementKey, keyOfGrammarPath } from './document-keys.js';
