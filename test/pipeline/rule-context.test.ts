/**
 * lintText gives every rule of a document one shared context with the running rule's options
 * (src/linter/lint.ts): each rule must still see its own options, its reports (also through a
 * detached `report`) must carry its own id and configured severity, and the context must have the
 * members plugin rules were given before, in the same order.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/linter/lint.js';
import { defineRule, type Rule, type RuleContext } from '../../src/rule.js';
import { EXAMPLES } from '../helpers/paths.js';

const SEED = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');

describe('pipeline: the rule context', () => {
  it('gives each rule its own options, id and severity, detached report and note included', async () => {
    const seen: { id: string; options: readonly unknown[]; keys: string[] }[] = [];
    const probe = (id: string, detached: boolean): Rule =>
      defineRule({
        meta: { id, description: 'probe', defaultSeverity: 'warning' },
        check(domain, context: RuleContext) {
          seen.push({ id, options: context.options, keys: Object.keys(context) });
          const { report, note } = context;
          const send = detached ? report : (r: Parameters<RuleContext['report']>[0]) => context.report(r);
          send({ range: domain.nameRange, message: `from ${id} with ${JSON.stringify(context.options)}` });
          (detached ? note : (m: string) => context.note(m))(`note from ${id}`);
        },
      });
    const result = await lintText(SEED, {
      ruleSet: [probe('a', true), probe('b', false), probe('c', true)],
      rules: { a: ['error', { n: 1 }], b: 'warn', c: ['warn', 'x', 2] },
    });
    expect(seen.map((s) => [s.id, s.options])).to.deep.equal([
      ['a', [{ n: 1 }]],
      ['b', []],
      ['c', ['x', 2]],
    ]);
    for (const s of seen) expect(s.keys).to.deep.equal(['capabilities', 'options', 'sourceText', 'report', 'note']);
    const mine = result.diagnostics.filter((d) => ['a', 'b', 'c'].includes(d.ruleId)).map((d) => [d.ruleId, d.severity, d.message]);
    expect(mine).to.deep.equal([
      ['a', 'error', 'from a with [{"n":1}]'],
      ['b', 'warning', 'from b with []'],
      ['c', 'warning', 'from c with ["x",2]'],
    ]);
    expect(result.notes).to.include.members(['note from a', 'note from b', 'note from c']);
  });

  it('lists a note once per document, in the order first given, however many times rules give it', async () => {
    // emulator-supports-device notes each device it cannot check: four controllers of one model
    // gave the same line four times in --verbose.
    const noter = (id: string, lines: string[]): Rule =>
      defineRule({ meta: { id, description: 'notes', defaultSeverity: 'warning' }, check(_domain, context) { for (const l of lines) context.note(l); } });
    const result = await lintText(SEED, { ruleSet: [noter('x', ['same', 'other', 'same']), noter('y', ['same', 'last'])] });
    expect(result.notes).to.deep.equal(['same', 'other', 'last']);
  });

  it('reports a crashing rule at the root and runs the others with their own context', async () => {
    const crash = defineRule({ meta: { id: 'crash', description: 'throws', defaultSeverity: 'error' }, check() { throw new Error('boom'); } });
    const after = defineRule({
      meta: { id: 'after', description: 'reports', defaultSeverity: 'warning' },
      check(domain, context) { context.report({ range: domain.nameRange, message: `options ${JSON.stringify(context.options)}` }); },
    });
    const result = await lintText(SEED, { ruleSet: [crash, after], rules: { crash: ['error', 'c'], after: ['warn', 'a'] } });
    const ids = result.diagnostics.map((d) => [d.ruleId, d.message]);
    expect(ids).to.deep.include(['virtlint/rule-crashed', 'Internal error in rule crash: boom (please report this)']);
    expect(ids).to.deep.include(['after', 'options ["a"]']);
  });
});
