// Child process of test/ops/backup.test.ts: writes reports into DATA_DIR/cases.db the way the bot does
// (case, first message, officer reply, audit row), and prints "ack <number>" once each report is committed,
// until stdin closes. argv: data folder, key as hex.
import { join } from 'node:path';
import { openCaseStore } from '../../handlers/cases/store.js';

const [dataDir, hexKey] = process.argv.slice(2);
const store = openCaseStore(join(dataDir, 'cases.db'), { key: Buffer.from(hexKey, 'hex') });
let stop = false;
process.stdin
  .on('end', () => {
    stop = true;
  })
  .resume();

function reportText(i: number): string {
  return `Tố giác số ${i}: chị Lò Thị Mai ở bản Phiêng ${i} bị dụ sang biên giới làm việc, mã ${'x'.repeat(i % 300)}`;
}

let i = 0;
function writeSome(): void {
  for (let n = 0; n < 5 && !stop; n++, i++) {
    const ref = store.citizenRef('telegram', `citizen-${i}`);
    const c = store.createCase({
      channel: 'telegram',
      citizenRef: ref,
      chatId: `chat-${i}`,
      label: i % 7 ? 'report' : 'emergency',
      urgent: i % 7 === 0,
      citizenName: `Người báo ${i}`,
      text: reportText(i),
      at: 1_800_000_000_000 + i,
    });
    store.addMessage(c.id, {
      direction: 'officer',
      author: 'Cán bộ Hà',
      text: `Hồi đáp ${i}: đã ghi nhận, giữ liên lạc`,
      at: 1_800_000_000_000 + i + 1,
    });
    store.audit({ at: 1_800_000_000_000 + i, actor: 'telegram:100', action: 'reply', caseId: c.id, outcome: 'ok' });
    process.stdout.write(`ack ${c.number}\n`);
  }
  if (stop) {
    store.close();
    process.exit(0);
  }
  setImmediate(writeSome);
}
writeSome();
