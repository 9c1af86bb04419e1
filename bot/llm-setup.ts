// Builds the LLM pieces from the validated config, so the channels (bot/app.ts) and the CLI
// (bot/cli/ask.ts) take exactly the same path. Unset LLM settings mean: nothing changes.
import type OpenAI from 'openai';
import type { Logger } from 'pino';
import { llmEnabled, type Config } from './config.js';
import type { KnowledgeIndex } from '../retrieval/types.js';
import { createOpenAIEmbedder, type OpenAIEmbedder } from '../retrieval/openai-embedder.js';
import { createGenerativeAnswerer, type GenerativeAnswererOptions } from '../handlers/generate/answerer.js';
import { createLlmClient } from '../handlers/generate/llm.js';
import type { Answerer, StreamingAnswerer } from '../handlers/types.js';

type LlmConfig = Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'LLM_MODEL' | 'EMBEDDING_MODEL' | 'LLM_TIMEOUT_MS'>;

/** The client when an endpoint is configured (base URL or API key), else undefined. */
export function llmClientFromConfig(config: LlmConfig): OpenAI | undefined {
  if (!config.OPENAI_BASE_URL && !config.OPENAI_API_KEY) return undefined;
  return createLlmClient({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL });
}

/** The embeddings-backed Embedder when EMBEDDING_MODEL is set (cache under dataDir), else undefined. */
export function embedderFromConfig(
  config: LlmConfig,
  opts: { client?: OpenAI; dataDir?: string; logger?: Logger },
): OpenAIEmbedder | undefined {
  const client = opts.client ?? llmClientFromConfig(config);
  if (!client || !config.EMBEDDING_MODEL) return undefined;
  return createOpenAIEmbedder({ client, model: config.EMBEDDING_MODEL, cacheDir: opts.dataDir, logger: opts.logger });
}

/** The generative answerer when an LLM is configured, else the extractive one unchanged. */
export function answererFromConfig(
  config: LlmConfig,
  opts: {
    index: KnowledgeIndex;
    extractive: Answerer;
    logger?: Logger;
    client?: OpenAI;
    onOutcome?: GenerativeAnswererOptions['onOutcome'];
  },
): Answerer | StreamingAnswerer {
  const client = opts.client ?? llmClientFromConfig(config);
  if (!client || !llmEnabled(config as Config)) return opts.extractive;
  return createGenerativeAnswerer({
    client,
    model: config.LLM_MODEL!,
    timeoutMs: config.LLM_TIMEOUT_MS,
    index: opts.index,
    extractive: opts.extractive,
    logger: opts.logger,
    onOutcome: opts.onOutcome,
  });
}
