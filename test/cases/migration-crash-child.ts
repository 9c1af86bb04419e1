// Child process of test/cases/migrations.test.ts: opens the case store with the real migrations, but the
// newest one is killed (SIGKILL, no cleanup of any kind) right after its statements and data step ran,
// before its transaction could commit. argv: database file, key as hex.
import { openCaseStore } from '../../handlers/cases/store.js';
import { MIGRATIONS } from '../../handlers/cases/migrations.js';

const [file, hexKey] = process.argv.slice(2);
const last = MIGRATIONS[MIGRATIONS.length - 1];
const killed = {
  ...last,
  run: (...args: Parameters<NonNullable<typeof last.run>>) => {
    last.run?.(...args);
    process.kill(process.pid, 'SIGKILL');
  },
};
openCaseStore(file, { key: Buffer.from(hexKey, 'hex'), migrations: [...MIGRATIONS.slice(0, -1), killed] });
