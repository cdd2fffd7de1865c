import { expect } from 'chai';
import { cli, INVALID_DOMAIN, report, Scratch } from '../hardening/trust-helpers.js';

/**
 * Red team: configuration files of hostile shape. Settings and rule options are data (printed by
 * --print-config, hashed by the result cache, copied to the language server's lint thread): one
 * nested thousands of levels deep, or containing itself, or multiplying through shared objects is the
 * configuration's error (exit 2 naming the file and the key), never an internal error or a hang.
 */

const deepJson = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('red team: configuration values of hostile shape', function () {
  this.timeout(180000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'settings nested 200,000 levels deep (400 KB of JSON)',
      { 'virtlint.config.json': `[{ "settings": { "x": ${deepJson(200_000)} } }]` },
      /virtlint\.config\.json: \[0\]\.settings: nested deeper than 100 levels/,
    ],
    [
      'rule options nested 200,000 levels deep',
      { 'virtlint.config.json': `[{ "rules": { "policy": ["error", ${deepJson(200_000)}] } }]` },
      /virtlint\.config\.json: \[0\]\.rules\["policy"\]: nested deeper than 100 levels/,
    ],
    [
      'settings that contain themselves',
      { 'virtlint.config.mjs': 'const a = { n: 1 }; a.self = a; export default [{ settings: { x: a } }];' },
      /virtlint\.config\.mjs: \[0\]\.settings: contains itself/,
    ],
    [
      'settings that multiply through shared objects (2^40 values when written out)',
      { 'virtlint.config.mjs': 'let v = [1]; for (let i = 0; i < 40; i++) v = [v, v]; export default [{ settings: { x: v } }];' },
      /virtlint\.config\.mjs: \[0\]\.settings: too large/,
    ],
  ];

  for (const [what, files, message] of cases) {
    it(`${what}: exit 2 naming the file and key, for a lint and for --print-config`, () => {
      const dir = scratch.repo({ ...files, 'vm.xml': INVALID_DOMAIN });
      for (const args of [['--no-cache', 'vm.xml'], ['--print-config', 'vm.xml']]) {
        const run = cli(args, { cwd: dir });
        expect(run.status, `${args.join(' ')}: ${run.stderr}`).to.equal(2);
        expect(run.stderr, args.join(' ')).to.match(message);
        expect(run.stderr, args.join(' ')).to.not.match(/internal error|Maximum call stack|circular/i);
      }
    });
  }

  it('a shared (not cyclic) object used twice, and policies nested as deep as they go: accepted', () => {
    const dir = scratch.repo({
      'virtlint.config.mjs': `const allow = ['virtio']; export default [{ settings: { a: allow, b: allow, nested: ${'{ "x": '.repeat(90)}1${' }'.repeat(90)} } }];`,
      'vm.xml': INVALID_DOMAIN,
    });
    const run = cli(['--no-cache', '--format', 'json', 'vm.xml'], { cwd: dir });
    expect(run.status, run.stderr).to.equal(1);
    expect(report(run)[0]!.messages.map((m) => m.ruleId)).to.deep.equal(['schema/invalid-value']);
  });
});
