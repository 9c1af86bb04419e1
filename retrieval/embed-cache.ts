// Persistent embedding cache keyed by model + sha256(text): re-indexing an unchanged corpus, or a
// restart, costs no API calls. SQLite (better-sqlite3) so concurrent readers and partial runs are safe.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface EmbedCache {
  get(model: string, hashes: string[]): Map<string, Float32Array>;
  put(model: string, entries: { hash: string; vector: Float32Array }[]): void;
  /** Vector length last seen for `model`, when any. */
  dim(model: string): number | undefined;
  close(): void;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Opens (or creates) the cache at `file`; ':memory:' keeps it in memory. */
export function openEmbedCache(file: string): EmbedCache {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL, hash TEXT NOT NULL, dim INTEGER NOT NULL, vec BLOB NOT NULL,
    PRIMARY KEY (model, hash)) WITHOUT ROWID`);
  const getOne = db.prepare<[string, string], { vec: Buffer }>('SELECT vec FROM embeddings WHERE model = ? AND hash = ?');
  const putOne = db.prepare('INSERT OR REPLACE INTO embeddings (model, hash, dim, vec) VALUES (?, ?, ?, ?)');
  const dimOf = db.prepare<[string], { dim: number }>('SELECT dim FROM embeddings WHERE model = ? LIMIT 1');
  const putMany = db.transaction((model: string, entries: { hash: string; vector: Float32Array }[]) => {
    for (const e of entries)
      putOne.run(model, e.hash, e.vector.length, Buffer.from(e.vector.buffer, e.vector.byteOffset, e.vector.byteLength));
  });

  return {
    get(model, hashes) {
      const out = new Map<string, Float32Array>();
      for (const h of hashes) {
        const row = getOne.get(model, h);
        // Copy out of the Buffer: it may share a pool and is not 4-byte aligned.
        if (row) out.set(h, new Float32Array(new Uint8Array(row.vec).buffer));
      }
      return out;
    },
    put: (model, entries) => putMany(model, entries),
    dim: (model) => dimOf.get(model)?.dim,
    close: () => db.close(),
  };
}
