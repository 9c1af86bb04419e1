// `npm run ask -- "câu hỏi" [--province quang-nam]`: one answer in the terminal, through the same
// answering path as the channels (the generated answer when OPENAI_BASE_URL + LLM_MODEL are set,
// otherwise, or on any LLM failure, the cited extractive answer).
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config.js';
import { createLogger } from '../logger.js';
import { openAnswering } from '../answering.js';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { province: { type: 'string' } }, allowPositionals: true });
  const question = positionals.join(' ');
  if (!question.trim()) {
    console.log('Cách dùng: npm run ask -- "câu hỏi" [--province quang-nam]');
    return;
  }
  const config = loadConfigOrExit();
  const answering = await openAnswering(config, createLogger({ level: 'warn' }));
  const r = await answering.answer(question, { province: values.province ?? config.DEFAULT_PROVINCE ?? null });
  console.log(r.text);
  const missing = r.citations.filter((c) => !r.text.includes(c.label));
  if (missing.length) console.log(`\nNguồn:\n${missing.map((c) => `[${c.n}] ${c.label}`).join('\n')}`);
  if (r.buttons?.length) console.log(`\n(${r.buttons.flat().map((b) => `${b.label} → ${b.data}`).join('; ')})`);
  answering.close();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
