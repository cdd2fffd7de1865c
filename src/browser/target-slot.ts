/**
 * The target step for the browser build: stands in for src/targets/step.ts (the playground's esbuild
 * configuration redirects lint.ts's import of it here). The Node step reads the version table from
 * schemas/versions/ on disk; the page lints without targets (`lintSource` passes none), so there is
 * nothing to check. Same export as step.ts, so lint.ts is bundled unchanged.
 */
import type { Target } from '../targets/target.js';
import type { Diagnostic } from '../types.js';
import type { XmlElement } from '../xml/tree.js';

export interface TargetStepOptions {
  readonly targets?: readonly Target[];
  readonly rules?: Readonly<Record<string, unknown>>;
}

export function targetStep(_root: XmlElement, _options: TargetStepOptions): Diagnostic[] {
  return [];
}
