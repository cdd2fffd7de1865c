/** virtlint's public API. The CLI and the language server are thin layers over these functions. */
export { lintText, type LintOptions, type RuleSetting } from './lint.js';
export { lintFiles, type LintFilesOptions } from './lint-files.js';
export type { Diagnostic, DocumentKind, Fix, LintResult, Position, Range, Severity, TextEdit } from './types.js';
export type { Rule, RuleContext, RuleMeta } from './rule.js';
export { RULES, RULES_BY_ID } from '../rules/index.js';
export type { CapabilityProfile } from './caps/types.js';
export { CapabilityView } from './caps/view.js';
export { fixedCapabilities, type CapabilityResolver } from './caps/resolver.js';
export { loadProfileFile } from './caps/profile-file.js';
export { createCapabilityResolver, type CapabilitySettings } from './caps/index.js';
export { ConfigResolver, loadConfigFile, findConfigFile, type ConfigOptions } from './config/index.js';

// Plugins (docs/plugins.md): the rule API plugin rules code against, the typed model they read, and
// helpers for building a rule set outside configuration files (lintText's `ruleSet`).
export type { Report } from './rule.js';
export { definePlugin, type Plugin, type PluginRule, type PluginRuleMeta } from './plugin.js';
export { ruleSetWithPlugins } from './config/plugins.js';
export type { Address, Controller, Disk, DiskDriver, Domain, Hostdev, Interface, Located, ModelNode, NetDriver, OsInfo } from './model/domain.js';
export type { XmlAttribute, XmlElement } from './xml/tree.js';
export { parseSelect, selectAll, type Selected, type SelectPath } from './model/select.js';
export { removeAttributeFix } from './fix.js';
