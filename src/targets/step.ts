/**
 * The target step of the pipeline: runs the check when targets are set and the
 * `requires-newer-libvirt` id is not turned off, with its configured severity (default error:
 * libvirt refuses an item it does not know, or worse, drops it silently).
 */
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import type { Diagnostic, Severity } from '../types.js';
import type { XmlElement } from '../xml/tree.js';
import { checkTargets, TARGET_RULE_ID } from './check.js';
import type { Target } from './target.js';
import { bundledVersionTable, type VersionTable } from './version-table.js';

export interface TargetStepOptions {
  readonly targets?: readonly Target[];
  readonly rules?: Readonly<Record<string, unknown>>;
}

export function targetStep(root: XmlElement, options: TargetStepOptions, table: () => VersionTable = bundledVersionTable): Diagnostic[] {
  if (!options.targets || options.targets.length === 0) return [];
  const setting = options.rules?.[TARGET_RULE_ID];
  const level = Array.isArray(setting) ? setting[0] : setting;
  if (level === 'off') return [];
  const severity: Severity = level === 'warn' ? 'warning' : 'error';
  try {
    return checkTargets(root, options.targets, table(), severity);
  } catch (e) {
    // A broken table file is virtlint's bug; say so instead of hiding the other findings.
    return [{ ruleId: DIAGNOSTIC_IDS.ruleCrashed, severity: 'error', message: `Internal error in ${TARGET_RULE_ID}: ${(e as Error).message} (please report this)`, range: root.nameRange }];
  }
}
