// `npm run rotate-key` (with the bot stopped): re-encrypts every database under a new data key (see
// bot/rotate-key.ts). With DATA_ENCRYPTION_KEY set, give the new key as NEW_DATA_ENCRYPTION_KEY.
import { loadConfigOrExit } from '../config.js';
import { RotateKeyError, rotateDataKey } from '../rotate-key.js';

const config = loadConfigOrExit();
try {
  rotateDataKey({ dataDir: config.DATA_DIR, currentKey: config.DATA_ENCRYPTION_KEY, newKey: process.env.NEW_DATA_ENCRYPTION_KEY });
} catch (err) {
  if (!(err instanceof RotateKeyError)) throw err;
  console.error(err.message);
  process.exitCode = 2;
}
