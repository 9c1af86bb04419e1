// `npm run ask -- "câu hỏi" [--province quang-nam]`: prints the cited extractive answer in the terminal.
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { answer } from '../../handlers/answer.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let province: string | null = null;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--province') province = args[++i] ?? null;
    else words.push(args[i]);
  }
  const question = words.join(' ');
  let dataDir: string | undefined;
  let knowledgeDir = BUNDLED_KNOWLEDGE_DIR;
  try {
    const config = loadConfig(process.env);
    dataDir = resolve(config.DATA_DIR);
    if (config.KNOWLEDGE_DIR) knowledgeDir = resolve(config.KNOWLEDGE_DIR);
    province ??= config.DEFAULT_PROVINCE ?? null;
  } catch (err) {
    // A broken .env must not stop a quick question: fall back to an in-memory index.
    console.error((err as Error).message);
  }
  const logger = createLogger({ level: 'warn' });
  const corpus = loadCorpus(knowledgeDir);
  for (const e of corpus.errors) console.error(`Bỏ qua tệp không đọc được: ${e.file}: ${e.message}`);
  const index = await openKnowledgeIndex({ corpus, dataDir, logger });
  if (!question.trim()) {
    console.log('Cách dùng: npm run ask -- "câu hỏi" [--province quang-nam]');
  }
  const r = await answer(question, { index, province });
  console.log(r.text);
  if (r.buttons?.length) console.log(`\n(${r.buttons.flat().map((b) => `${b.label} → ${b.data}`).join('; ')})`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exitCode = 1;
});
