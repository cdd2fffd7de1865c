/** virtlint's public API. The CLI and the language server are thin layers over these functions. */
export { lintText, type LintOptions, type RuleSetting } from './linter/lint.js';
export { lintFiles, lintFilesInOrder, type LintFilesOptions } from './lint-files.js';
export type { Diagnostic, DocumentKind, FileResult, Fix, LintResult, Position, Range, Severity, TextEdit } from './types.js';
export { DIAGNOSTIC_IDS, type DiagnosticId } from './diagnostic-ids.js';
export { checkDocument, defineNetworkRule, definePoolRule, defineRule, isNetworkRule, isPoolRule, removeAttributeFix, ruleDocument, type DocumentModel, type DomainRule, type KindRule, type NetworkRule, type PoolRule, type Report, type Rule, type RuleContext, type RuleDocumentKind, type RuleDocumentModels, type RuleMeta } from './rule.js';
export type * from './model/index.js';
export * as model from './model/index.js';
// The <network> model that network rules read (defineNetworkRule), and its address arithmetic.
export type * from './model/network/index.js';
export * as networkModel from './model/network/index.js';
// The storage <pool> model that pool rules read (definePoolRule).
export type * from './model/pool/index.js';
// The storage <volume> model that volume rules read (defineVolumeRule), and libvirt's reading of its sizes.
export { defineVolumeRule, isVolumeRule, type VolumeRule } from './rule.js';
export type * from './model/volume/index.js';
export * as volumeModel from './model/volume/index.js';
// The <secret> model that secret rules read (defineSecretRule).
export { defineSecretRule, isSecretRule, type SecretRule } from './rule.js';
export type * from './model/secret/index.js';
// The network filter (<filter>) model that nwfilter rules read (defineNwFilterRule), and how libvirt reads its values.
export { defineNwFilterRule, isNwFilterRule, type NwFilterRule } from './rule.js';
export type * from './model/nwfilter/index.js';
export * as nwfilterModel from './model/nwfilter/index.js';
export { RULES, RULES_BY_ID } from '../rules/index.js';
export type { CapabilityProfile } from './caps/types.js';
export { CapabilityView } from './caps/view.js';
export { fixedCapabilities, type CapabilityResolver } from './caps/resolver.js';
export { loadProfileFile } from './caps/profile-file.js';
export { createCapabilityResolver, type CapabilitySettings } from './caps/index.js';
export { ConfigResolver, loadConfigFile, findConfigFile, type ConfigOptions } from './config/index.js';
export { RuleTester, runRule, type InvalidTestCase, type RuleTesterOptions, type TestCaseError, type ValidTestCase } from './rule-tester.js';

// Plugins (docs/plugins.md): the shape of a plugin, a rule set with plugins for lintText's `ruleSet`,
// one plugin's rules for RuleTester, and the path query behind the policy rule (the rule API, the
// model and RuleTester are above).
export { definePlugin, definePluginRule, type Plugin, type PluginKindRule, type PluginOtherKindEntry, type PluginRule, type PluginRuleMeta, type PluginRuleSource } from './plugin.js';
export { pluginRules, ruleSetWithPlugins } from './config/plugins.js';
export { parseSelect, selectAll, selectMissing, type Missing, type Selected, type SelectPath } from './model/select.js';
