import { addDevices, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'shmem-name';
const shmem = (name: string): string => `<shmem name='${name}'><model type='ivshmem-plain'/><size unit='M'>4</size></shmem>`;

describe(ID, () => {
  it("errs on names with '/' and on '.'", async () => {
    const doc = addDevices(SEED, shmem('a/b') + shmem('.'));
    await expectFindings(doc, ID, [error(pos(doc, "name='|a/b'")), error(pos(doc, "name='|.'"))]);
  });
  it('accepts a plain name', async () => {
    await expectClean(addDevices(SEED, shmem('share1')), ID);
  });
});
