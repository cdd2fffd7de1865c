import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { bundledVersionTable, readTableFiles, splitKey, VersionTable, VersionTableError } from '../../src/targets/version-table.js';
import { readShapes, SHAPES_FILE, ShapesError } from '../../src/targets/shapes.js';
import { parseXml } from '../../src/xml/parse.js';
import { tempDir } from '../helpers/temp-dir.js';

function tableDir(files: Record<string, unknown>): string {
  const dir = tempDir('virtlint-versions-');
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('targets: the version table', () => {
  it('splits keys into element steps and a tail', () => {
    expect(splitKey('domain/devices/disk/driver')).to.deep.equal({ steps: ['domain', 'devices', 'disk', 'driver'], tail: '' });
    expect(splitKey('domain/devices/disk/driver/@io=io_uring')).to.deep.equal({ steps: ['domain', 'devices', 'disk', 'driver'], tail: '/@io=io_uring' });
    expect(splitKey('domain/on_crash=coredump-destroy')).to.deep.equal({ steps: ['domain', 'on_crash'], tail: '=coredump-destroy' });
    // A value may itself contain '/' or '=': only the first '/@' (or '=') splits.
    expect(splitKey('domain/a/@path=/x=y')).to.deep.equal({ steps: ['domain', 'a'], tail: '/@path=/x=y' });
  });

  it('answers exact keys, shared (*) keys by the most specific pattern, and values an entry lists', () => {
    const t = new VersionTable([
      {
        file: 't.json',
        area: 't',
        source: 't',
        items: {
          'domain/devices/disk/driver/@io': { since: '0.8.8', description: 'io', values: ['threads', 'native'] },
          'domain/devices/disk/driver/@io=io_uring': { since: '6.3.0', description: 'uring' },
          'domain/devices/*/address/@type=ccw': { since: '1.0.4', description: 'ccw' },
          'domain/devices/disk/*/address/@type=ccw': { since: '2.0.0', description: 'more specific' },
          'domain/devices/*/driver/@iommu': { since: '3.5.0', description: 'iommu', values: ['on', 'off'] },
          'domain/devices/*/acpi': { since: '7.3.0', description: 'device acpi' },
        },
      },
    ]);
    expect(t.entry('domain/devices/disk/driver/@io=native')?.since).to.equal('0.8.8');
    expect(t.entry('domain/devices/disk/driver/@io=io_uring')?.since).to.equal('6.3.0');
    expect(t.entry('domain/devices/disk/driver/@io=bogus')).to.equal(undefined);
    expect(t.entry('domain/devices/rng/address/@type=ccw')?.key).to.equal('domain/devices/*/address/@type=ccw');
    // `*` is one or more steps; the most specific pattern wins.
    expect(t.entry('domain/devices/disk/source/address/@type=ccw')?.since).to.equal('2.0.0');
    expect(t.entry('domain/devices/disk/address/@type=ccw')?.since).to.equal('1.0.4');
    // A pattern does not reach outside what it names: <features><acpi> is not a device's <acpi>.
    expect(t.entry('domain/features/acpi')).to.equal(undefined);
    expect(t.entry('domain/devices/interface/acpi')?.since).to.equal('7.3.0');
    expect(t.entry('domain/devices/rng/driver/@iommu=on')?.since).to.equal('3.5.0');
    expect(t.entry('domain/devices/rng/address/@type=pci')).to.equal(undefined);
  });

  it('reports a broken table file with the file and key', () => {
    const check = (items: unknown, pattern: RegExp): void => {
      const dir = tableDir({ 'x.json': { area: 'a', source: 's', items } });
      expect(() => readTableFiles(dir)).to.throw(VersionTableError, pattern);
    };
    check({ 'domain/x': { since: 'soon', description: 'd' } }, /x\.json: "domain\/x": since must be a version/);
    check({ 'domain/x': { since: '1.0.0', description: '' } }, /description must be a non-empty string/);
    check({ 'domain/x': { since: '1.0.0', description: 'd', value: ['on'] } }, /unknown key 'value'/);
    expect(() => readTableFiles(tableDir({ 'y.json': '{ not json' }))).to.throw(VersionTableError, /y\.json/);
    const dup = tableDir({
      'a.json': { area: 'a', source: 's', items: { 'domain/x': { since: '1.0.0', description: 'd' } } },
      'b.json': { area: 'b', source: 's', items: { 'domain/x': { since: '2.0.0', description: 'd' } } },
    });
    expect(() => new VersionTable(readTableFiles(dup))).to.throw(VersionTableError, /b\.json: "domain\/x" is also in another table file/);
  });

  it('shapes: a table file reader leaves shapes.json alone; a broken shape is named; a shape is reported only where its release says', () => {
    const shape = { element: 'network/route', without: 'address', after: '11.3.0', by: '12.8.0', description: 'd' };
    const dir = tableDir({ 'x.json': { area: 'a', source: 's', items: {} }, [SHAPES_FILE]: { source: 's', shapes: [shape] } });
    expect(readTableFiles(dir).map((f) => f.file)).to.deep.equal(['x.json']);
    const check = (bad: unknown, pattern: RegExp): void => {
      expect(() => readShapes(path.join(tableDir({ [SHAPES_FILE]: { source: 's', shapes: [shape, bad] } }), SHAPES_FILE))).to.throw(ShapesError, pattern);
    };
    check({ ...shape, without: undefined }, /shapes\[1\]: give exactly one of without, above/);
    check({ ...shape, repeated: 'secret' }, /shapes\[1\]: give exactly one of/);
    check({ ...shape, since: 'soon' }, /shapes\[1\]: since must be a version/);
    check({ ...shape, after: undefined }, /give since, or after and by/);
    check({ element: '*/bandwidth/*', above: '4e9', attributes: ['average'], since: '1.0.0', description: 'd' }, /above must be a whole number/);
    check({ ...shape, value: 'x' }, /unknown key 'value'/);
    const shapes = readShapes(path.join(dir, SHAPES_FILE));
    const parsed = parseXml("<network><name>n</name><route gateway='192.0.2.1'/><route address='192.0.2.0' gateway='192.0.2.1'/></network>");
    if (!parsed.ok) throw new Error('not well-formed');
    const [bare, full] = parsed.document.root.children.filter((c) => c.name === 'route') as [never, never];
    expect(shapes.findings('network/route', bare, [11, 3, 0]).map((f) => `${f.what} ${f.why}`)).to.deep.equal(["`<route>` without `address` is not in libvirt 11.3.0's schema (it is in 12.8.0's)"]);
    expect(shapes.findings('network/route', bare, [11, 4, 0])).to.deep.equal([]);
    expect(shapes.findings('network/route', full, [9, 0, 0])).to.deep.equal([]);
    expect(shapes.findings('domain/devices/interface/route', bare, [9, 0, 0])).to.deep.equal([]);
    expect(readShapes(path.join(dir, 'none.json')).size).to.equal(0);
  });

  it('the bundled table loads and knows the seed feature', () => {
    const t = bundledVersionTable();
    expect(t.size).to.be.greaterThan(100);
    expect(t.entry('domain/devices/disk/driver/@ioeventfd')?.since).to.equal('0.9.3');
    expect(t.shapes?.size).to.equal(4);
  });
});
