import { expect } from 'chai';
import { ruleSetWithPlugins } from '../../src/config/plugins.js';
import { lintText } from '../../src/linter/lint.js';
import { MAX_RELINTS, markStopped, relintWithout, ruleIdOf, stoppedRuleFinding, wasStopped, withRulesOff, withStoppedRule } from '../../src/workers/stopped-rules.js';

/** The pieces the CLI's pool and the language server's runner share to lint a file again without a rule the time limit stopped. */
describe('workers: linting again without a stopped rule', () => {
  it('the rule id is read from the running rule as plugin.ts describes it; none from anything else', () => {
    expect(ruleIdOf("rule acme/x-y from plugin 'acme' (virtlint-plugin-acme 1.0.0)")).to.equal('acme/x-y');
    expect(ruleIdOf(undefined)).to.equal(undefined);
    expect(ruleIdOf('something else')).to.equal(undefined);
  });

  it(`at most ${MAX_RELINTS} rules are turned off for a file, each once`, () => {
    const rule = (id: string): string => `rule ${id} from plugin 'p'`;
    expect(relintWithout(rule('p/a'))).to.equal('p/a');
    expect(relintWithout(rule('p/b'), ['p/a'])).to.equal('p/b');
    expect(relintWithout(rule('p/a'), ['p/a']), 'already off').to.equal(undefined);
    expect(relintWithout(rule('p/c'), ['p/a', 'p/b']), 'the bound').to.equal(undefined);
    expect(relintWithout(undefined), "virtlint's own step: nothing to turn off").to.equal(undefined);
  });

  it('turning rules off keeps the other settings and copies nothing when there is none to turn off', () => {
    const rules = { 'p/a': 'error', 'p/b': ['warn', { x: 1 }] } as const;
    expect(withRulesOff(rules, [])).to.equal(rules);
    expect(withRulesOff(rules, undefined)).to.equal(rules);
    expect(withRulesOff(rules, ['p/a'])).to.deep.equal({ 'p/a': 'off', 'p/b': ['warn', { x: 1 }] });
    expect(withRulesOff(undefined, ['p/a'])).to.deep.equal({ 'p/a': 'off' });
  });

  it("a real lint without the rule: the unused-disable reports of comments naming it (or every rule) are dropped, those naming other rules kept (this holds linter/disables.ts's wording)", async () => {
    const ruleSet = ruleSetWithPlugins({ p: { rules: { loop: { meta: { description: 'l' }, check() {} }, quiet: { meta: { description: 'q' }, check() {} } } } });
    const text = "<!-- virtlint-disable p/loop, p/quiet -->\n<!-- virtlint-disable-next-line -->\n<domain type='kvm'><name>a</name><memory>524288</memory><os><type>hvm</type></os></domain>\n";
    const result = await lintText(text, { ruleSet, rules: withRulesOff({ 'p/loop': 'error', 'p/quiet': 'error' }, ['p/loop']) });
    const unused = (ds: typeof result.diagnostics): string[] => ds.filter((d) => d.ruleId === 'virtlint/unused-disable').map((d) => d.message);
    expect(unused(result.diagnostics), 'what lintText reports with the rule off').to.deep.equal([
      "Unused virtlint-disable comment: 'p/loop' reported no problem here",
      "Unused virtlint-disable comment: 'p/quiet' reported no problem here",
      'Unused virtlint-disable-next-line comment: no problem was reported here',
    ]);
    const finding = stoppedRuleFinding("rule p/loop from plugin 'p'", 1500, '--lint-timeout');
    const kept = withStoppedRule(result, 'p/loop', finding);
    expect(kept.diagnostics[0]).to.equal(finding);
    expect(finding.message).to.equal("The rule p/loop from plugin 'p' did not finish within 1.5 s and was stopped; the file was checked again without it (report this to the plugin's authors; --lint-timeout sets the limit)");
    expect(unused(kept.diagnostics)).to.deep.equal(["Unused virtlint-disable comment: 'p/quiet' reported no problem here"]);
    expect(kept.source).to.equal(text);
  });

  it('a result in which a rule was stopped is known as such (the result cache does not store it); others are not', () => {
    const plain = { filePath: 'a.xml', diagnostics: [], notes: [] };
    expect(wasStopped(plain)).to.equal(false);
    expect(wasStopped(withStoppedRule(plain, 'p/a', stoppedRuleFinding("rule p/a from plugin 'p'", 1000, '--lint-timeout')))).to.equal(true);
    expect(wasStopped(markStopped({ ...plain }))).to.equal(true);
    expect(wasStopped(plain), 'the result linted is left alone').to.equal(false);
  });
});
