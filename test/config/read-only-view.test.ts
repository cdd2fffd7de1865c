/**
 * The read-only view plugin rules read the model through: one view per object within a check (so
 * identity holds there), views made afresh at each check (so they die with their document: a global
 * WeakMap of every object ever viewed made the collector's ephemeron work dominate plugin runs), and a
 * view kept past its check still refuses writes.
 */
import { expect } from 'chai';
import { freshReadOnlyViews, readOnly, unwrapReadOnly } from '../../src/config/read-only-view.js';

describe('config: read-only views of the model', () => {
  it('within a check, one view per object: the same object reads as the same view, and unwraps to itself', () => {
    freshReadOnlyViews();
    const model = { devices: { disks: [{ dev: 'vda' }, { dev: 'vdb' }] } };
    const view = readOnly(model);
    expect(view).to.not.equal(model);
    expect(view.devices.disks).to.equal(view.devices.disks);
    expect(view.devices.disks.includes(view.devices.disks[1]!)).to.equal(true);
    expect(readOnly(view)).to.equal(view); // a view is not wrapped again
    expect(unwrapReadOnly(view.devices)).to.equal(model.devices);
    expect(unwrapReadOnly(model)).to.equal(model);
    expect(unwrapReadOnly(3)).to.equal(3);
  });

  it('a new check makes new views; a view kept from an earlier check still reads and still refuses writes', () => {
    freshReadOnlyViews();
    const model = { name: 'victim', disks: [{ dev: 'vda' }] };
    const kept = readOnly(model);
    freshReadOnlyViews();
    const now = readOnly(model);
    expect(now).to.not.equal(kept);
    expect(unwrapReadOnly(now)).to.equal(model);
    expect(kept.name).to.equal('victim');
    expect(() => {
      kept.name = 'other';
    }).to.throw(TypeError, /read-only/);
    expect(() => kept.disks.push({ dev: 'vdz' })).to.throw(TypeError, /read-only/);
    expect(model).to.deep.equal({ name: 'victim', disks: [{ dev: 'vda' }] });
  });

  it('reads primitives as they are and frozen properties as themselves (a proxy invariant)', () => {
    freshReadOnlyViews();
    const inner = Object.freeze({ line: 1 });
    const model = Object.defineProperty({ n: 7, s: 'x', none: null as null }, 'start', { value: inner, writable: false, configurable: false, enumerable: true }) as { n: number; s: string; none: null; start: { line: number } };
    const view = readOnly(model);
    expect([view.n, view.s, view.none]).to.deep.equal([7, 'x', null]);
    expect(view.start).to.equal(inner);
  });
});
