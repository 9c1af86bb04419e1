// `npm run ask -- "câu hỏi" [--province quang-nam]`: one answer in the terminal, through the same question
// pipeline as the channels (contacts, changes, then the generated answer when OPENAI_BASE_URL + LLM_MODEL
// are set, otherwise, or on any LLM failure, the cited extractive answer).
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config.js';
import { createLogger } from '../logger.js';
import { openAnswering } from '../answering.js';
import { parseProvince } from '../../handlers/ask/province.js';
import { renderCitations } from '../render.js';

const USAGE = 'Cách dùng: npm run ask -- "câu hỏi" [--province quang-nam]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { province: { type: 'string' } }, allowPositionals: true });
  const question = positionals.join(' ');
  if (!question.trim()) {
    console.log(USAGE);
    return;
  }
  const config = loadConfigOrExit();
  const answering = await openAnswering(config, createLogger({ level: 'warn' }));
  const checked = parseProvince(values.province ?? config.DEFAULT_PROVINCE, answering.updates());
  if ('error' in checked) {
    console.error(checked.error);
    process.exitCode = 2;
    answering.close();
    return;
  }
  const r = await answering.ask(question, { province: checked.province });
  console.log(renderCitations(r.text, r.citations));
  answering.close();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
