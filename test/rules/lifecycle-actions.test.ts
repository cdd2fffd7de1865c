import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'lifecycle-actions';

describe(ID, () => {
  it('errs on rename-restart and on preserve for reboot', async () => {
    const doc = edit(SEED, ['<on_crash>restart</on_crash>', '<on_crash>rename-restart</on_crash>'], ['<on_reboot>restart</on_reboot>', '<on_reboot>preserve</on_reboot>']);
    await expectFindings(doc, ID, [error(pos(doc, '<on_reboot>|preserve')), error(pos(doc, '<on_crash>|rename-restart'))]);
  });
  it('accepts preserve on crash', async () => {
    await expectClean(edit(SEED, ['<on_crash>restart</on_crash>', '<on_crash>preserve</on_crash>']), ID);
  });
});
