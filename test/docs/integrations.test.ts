/**
 * docs/integrations.md describes the GitHub Action (action.yml) and the pre-commit hook
 * (.pre-commit-hooks.yaml): the inputs with their defaults, the outputs and the hook's settings are
 * read from those files here and compared with what the page says.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { REPO_ROOT } from '../helpers/paths.js';

const read = (p: string): string => fs.readFileSync(path.join(REPO_ROOT, p), 'utf8');

/** The keys of a top-level section of action.yml (`inputs:`, `outputs:`), with their `default:` when given. */
function actionSection(yaml: string, section: string): Map<string, string | undefined> {
  const body = new RegExp(`^${section}:\\n((?:  .*\\n)+)`, 'm').exec(yaml)![1]!;
  const out = new Map<string, string | undefined>();
  for (const m of body.matchAll(/^ {2}([a-z-]+):\n((?: {4}.*\n)*)/gm)) {
    const def = /^ {4}default: (.*)$/m.exec(m[2]!)?.[1];
    out.set(m[1]!, def?.replace(/^'(.*)'$/, '$1'));
  }
  return out;
}

describe('docs/integrations.md and the hook and action definitions', () => {
  const doc = read('docs/integrations.md');
  const action = read('action.yml');

  it("lists the action's inputs with action.yml's defaults, and no other", () => {
    const inputs = actionSection(action, 'inputs');
    const rows = new Map([...doc.matchAll(/^\| `([a-z-]+)` \| `([^`]*)` \| [^|]+\|$/gm)].map((m) => [m[1]!, m[2]!]));
    expect(Object.fromEntries(rows)).to.deep.equal(Object.fromEntries(inputs));
  });

  it("names the action's outputs, and no other", () => {
    const outputs = [...actionSection(action, 'outputs').keys()].sort();
    const line = /^Outputs: (.*)$/m.exec(doc)![1]!;
    const named = [...line.split(';')[0]!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!).sort();
    expect(named).to.deep.equal(outputs);
  });

  it("gives the hook's id, types and language as .pre-commit-hooks.yaml has them", () => {
    const hooks = read('.pre-commit-hooks.yaml');
    const prose = doc.replace(/\s+/g, ' ');
    const field = (name: string): string => new RegExp(`^ {2}${name}: (.*)$`, 'm').exec(hooks)![1]!;
    expect(hooks).to.match(/^- id: virtlint$/m);
    expect(prose).to.include(`(\`.pre-commit-hooks.yaml\`: \`id: virtlint\`, \`types: ${field('types')}\`)`);
    expect(prose).to.include(`The hook is therefore \`language: ${field('language')}\`: its entry is \`${field('entry')}\``);
    expect(field('args'), 'the hook ends its arguments: file names after them are files').to.equal('[--]');
    expect(prose).to.include("The hook's own default `args` are `[--]`");
    for (const recipe of [doc, read('README.md')]) {
      const args = [...recipe.matchAll(/^ +args: \[(.*)\]/gm)].map((m) => m[1]!);
      expect(args, 'every recipe sets args').to.not.deep.equal([]);
      for (const a of args) expect(a, "a recipe's args end with --").to.match(/(^|, )--$/);
    }
    const node = /"node": ">=([0-9.]+)"/.exec(read('package.json'))![1]!;
    expect(prose).to.include(`The hook needs Node.js ${node} or newer`);
  });
});
