// `npm run --silent eval -- retrieval|triage|answers --file <path.jsonl> [...]`: the last stdout line is one JSON object.
const [mode, ...rest] = process.argv.slice(2);

async function main(): Promise<void> {
  if (mode === 'retrieval') {
    const { runRetrievalEval } = await import('./retrieval-eval.js');
    await runRetrievalEval(rest);
  } else if (mode === 'answers') {
    const { runAnswersEval } = await import('./answers-eval.js');
    await runAnswersEval(rest);
  } else if (mode === 'triage') {
    const { runTriageEval } = await import('../../handlers/triage/evaluate.js');
    await runTriageEval(rest);
  } else {
    console.error('Usage: npm run --silent eval -- retrieval|triage|answers --file <path.jsonl> [--k 5] [--corpus <dir>]');
    process.exitCode = 2;
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exitCode = 1;
});
