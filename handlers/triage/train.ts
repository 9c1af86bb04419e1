// Trains the triage model from handlers/triage/data/*.jsonl and writes the weights to data/model.json,
// so loading at runtime is a JSON parse instead of a training run.
// Run after changing the data, the training options or the features (raise FEATURES_VERSION): npx tsx handlers/triage/train.ts
import { writeFileSync } from 'node:fs';
import { formatShipped, loadTrainingData, MODEL_FILE, modelVersion, toShipped, trainModel } from './index.js';

const items = loadTrainingData();
const shipped = toShipped(trainModel(items), modelVersion());
writeFileSync(MODEL_FILE, formatShipped(shipped));
console.log(`trained on ${items.length} items, ${Object.keys(shipped.weights).length} features → ${MODEL_FILE}`);
