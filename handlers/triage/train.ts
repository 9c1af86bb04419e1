// Trains the triage model from handlers/triage/data/*.jsonl and writes the weights to data/model.json,
// so loading at runtime is a JSON parse instead of a training run.
// Run after changing the data or the feature code: npx tsx handlers/triage/train.ts
import { writeFileSync } from 'node:fs';
import { loadTrainingData, MODEL_FILE, modelFingerprint, trainModel, type ShippedModel } from './index.js';

const items = loadTrainingData();
const model = trainModel(items);
const shipped: ShippedModel = { fingerprint: modelFingerprint(), model: model.toJSON() };
writeFileSync(MODEL_FILE, JSON.stringify(shipped));
console.log(`trained on ${items.length} items, ${shipped.model.features.length} features → ${MODEL_FILE}`);
