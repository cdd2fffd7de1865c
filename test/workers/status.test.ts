import { expect } from 'chai';
import { Worker } from 'node:worker_threads';
import { timedOutResult } from '../../src/workers/lint-timeout.js';
import { STARTING, WorkerStatus } from '../../src/workers/status.js';

/** What a worker writes of its state for the pool (task, plugin rule running), and what a stopped file's result says. */
describe('workers: the shared status and a stopped file', () => {
  it('what one thread writes (task, rule) another reads from the same memory, while that thread is stuck in a loop', async () => {
    const status = WorkerStatus.create();
    expect(status.task()).to.equal(STARTING);
    expect(status.rule()).to.equal(undefined);
    // The writer is a real thread (WorkerStatus, as worker.ts uses it) that never returns after writing: only the shared memory can tell.
    const code = `
      const { workerData } = require('node:worker_threads');
      import(workerData.module).then(({ WorkerStatus }) => {
        const status = new WorkerStatus(workerData.buffer);
        status.setTask(7);
        status.setRule("rule acme/x from plugin 'acme' (é)");
        for (;;) {}
      });
    `;
    const w = new Worker(code, { eval: true, workerData: { buffer: status.buffer, module: new URL('../../src/workers/status.js', import.meta.url).href } });
    try {
      const deadline = Date.now() + 30000;
      while (status.task() !== 7 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(status.task()).to.equal(7);
      expect(status.rule()).to.equal("rule acme/x from plugin 'acme' (é)");
    } finally {
      await w.terminate();
    }
  });

  it('setRule(undefined) says none is running; a description longer than the room is cut, not spilled', () => {
    const status = WorkerStatus.create();
    status.setTask(3);
    status.setRule('rule a/b from plugin');
    expect(status.rule()).to.equal('rule a/b from plugin');
    status.setRule(undefined);
    expect(status.rule()).to.equal(undefined);
    expect(status.task()).to.equal(3);
    status.setRule(`rule ${'x'.repeat(5000)}`);
    expect(status.rule()).to.have.length(1024);
    expect(new WorkerStatus(status.buffer).rule(), 'another view of the same memory').to.equal(status.rule());
  });

  it('a stopped file: rule-crashed naming the rule when a plugin rule was running, else virtlint/internal; an error either way', () => {
    const byRule = timedOutResult('/vms/a.xml', 60000, "rule acme/x from plugin 'acme' (virtlint-plugin-acme 1.0.0)");
    expect(byRule.filePath).to.equal('/vms/a.xml');
    expect(byRule.diagnostics.map((d) => [d.ruleId, d.severity, d.message])).to.deep.equal([
      [
        'virtlint/rule-crashed',
        'error',
        "The rule acme/x from plugin 'acme' (virtlint-plugin-acme 1.0.0) did not finish within 60 s and was stopped: the file's other findings are lost (report this to the plugin's authors; --lint-timeout sets the limit)",
      ],
    ]);
    const own = timedOutResult('/vms/a.xml', 1500, undefined);
    expect(own.diagnostics.map((d) => [d.ruleId, d.severity, d.message])).to.deep.equal([['virtlint/internal', 'error', 'Checking this file took longer than 1.5 s and was stopped: its findings are lost (--lint-timeout sets the limit)']]);
  });
});
