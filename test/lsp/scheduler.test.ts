import { expect } from 'chai';
import { LintScheduler } from '../../src/lsp/scheduler.js';

describe('lsp: lint scheduling', () => {
  it('a burst of changes makes one run, for the last change', async () => {
    const runs: [string, number][] = [];
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => (done = resolve));
    const s = new LintScheduler(20, async (uri, gen) => {
      runs.push([uri, gen]);
      done();
    });
    // Synchronous calls: no timer can fire between them, whatever the machine's speed.
    for (let i = 0; i < 5; i++) s.schedule('file:///a.xml');
    await finished;
    expect(runs).to.have.length(1);
    const [uri, gen] = runs[0]!;
    expect(uri).to.equal('file:///a.xml');
    expect(s.isCurrent(uri, gen)).to.equal(true);
    s.dispose();
  });

  it('a run overtaken by a newer change is stale; a closed document makes every run stale', async () => {
    const gens: number[] = [];
    const s = new LintScheduler(0, async (_uri, gen) => {
      gens.push(gen);
    });
    s.schedule('u', true);
    s.schedule('u', true);
    expect(gens).to.have.length(2);
    expect(s.isCurrent('u', gens[0]!)).to.equal(false);
    expect(s.isCurrent('u', gens[1]!)).to.equal(true);
    s.forget('u');
    expect(s.isCurrent('u', gens[1]!)).to.equal(false);
    // Reopened: new generations never collide with old ones.
    s.schedule('u', true);
    expect(gens[2]).to.be.greaterThan(gens[1]!);
    s.dispose();
  });

  it('immediate runs (open) do not wait for the debounce and cancel a pending one', async () => {
    const gens: number[] = [];
    const s = new LintScheduler(20, async (_uri, gen) => {
      gens.push(gen);
    });
    s.schedule('u'); // would run after 20 ms
    s.schedule('u', true);
    expect(gens).to.have.length(1);
    // Well past the debounce: the pending run was cancelled, not merely late.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(gens).to.have.length(1);
    s.dispose();
  });
});
