/**
 * docs/writing-rules.md tells plugin and rule authors what the model has: every field of `Domain`,
 * `Devices`, `DomainSettings` and `DeviceBase` (src/model) is named there, so a field added to the model (a round
 * added `cpuMaxphysaddr`, `vcpuStates`, `blkioDevicePaths` without a word) is not invisible to them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { REPO_ROOT } from '../helpers/paths.js';

const read = (p: string): string => fs.readFileSync(path.join(REPO_ROOT, p), 'utf8');

/** The `readonly` fields of `export interface NAME … { … }` in a model source file. */
function interfaceFields(file: string, name: string): string[] {
  const text = read(file);
  const start = text.search(new RegExp(`^export interface ${name}\\b[^{]*\\{`, 'm'));
  expect(start, `${name} in ${file}`).to.be.at.least(0);
  const body = text.slice(text.indexOf('{', start) + 1, text.indexOf('\n}', start));
  return [...body.matchAll(/^ {2}readonly (\w+)\??:/gm)].map((m) => m[1]!);
}

describe('docs/writing-rules.md: the model', () => {
  const doc = read('docs/writing-rules.md');
  const named = new Set([...doc.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]!));
  // `memory`/`maxMemory`/`currentMemory` is written as one span of code.
  for (const m of doc.matchAll(/`([A-Za-z/]+)`/g)) for (const part of m[1]!.split('/')) named.add(part);

  for (const [file, name] of [
    ['src/model/domain.ts', 'Domain'],
    ['src/model/domain.ts', 'Devices'],
    ['src/model/settings.ts', 'DomainSettings'],
    ['src/model/devices/common.ts', 'DeviceBase'],
  ] as const) {
    it(`names every field of ${name} (${file})`, () => {
      const fields = interfaceFields(file, name);
      expect(fields.length, `fields of ${name}`).to.be.at.least(3);
      expect(fields.filter((f) => !named.has(f))).to.deep.equal([]);
    });
  }
});
