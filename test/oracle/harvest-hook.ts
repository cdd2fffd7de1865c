import path from 'node:path';

/**
 * A mocha root-hook plugin for harvesting the rule tests' documents: before each test it points
 * VIRTLINT_RULE_DUMP (see test/rules/helpers.ts) at `$VIRTLINT_ORACLE_HARVEST/<rule id>/`, so every
 * document a rule's tests build lands in that rule's folder. Used by the rules' oracle tier.
 */
export const mochaHooks = {
  beforeEach(this: { currentTest?: { file?: string } }): void {
    const root = process.env.VIRTLINT_ORACLE_HARVEST;
    const file = this.currentTest?.file;
    if (!root || !file) return;
    process.env.VIRTLINT_RULE_DUMP = path.join(root, path.basename(file).replace(/\.test\.js$/, ''));
  },
};
