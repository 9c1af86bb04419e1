// Child process of test/cases/rotate-key.test.ts: runs the key rotation over DATA_DIR and, when argv names
// a point (`<database>:<half|committed>`), kills itself there with SIGKILL (no cleanup of any kind).
import { rotateDataKey } from '../../bot/rotate-key.js';

const [stop] = process.argv.slice(2);
rotateDataKey({
  dataDir: process.env.DATA_DIR!,
  onStep: (database, step) => {
    if (`${database}:${step}` === stop) process.kill(process.pid, 'SIGKILL');
  },
});
