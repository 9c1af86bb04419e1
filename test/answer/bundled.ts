// What the answer tests share: the index of the bundled documents, and the lead of a reply (the part before its list of
// citations).
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

export const openBundledIndex = (): Promise<KnowledgeIndex> => openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });

export const leadOf = (text: string): string => text.split('\n\nTrích dẫn:')[0];
