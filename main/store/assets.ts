import type { AssetInfo } from '../../src/api/types';
import type { Db } from './database';

interface AssetRow {
  id: string;
  media_type: string;
  bytes: number;
  name: string;
  created_at: string;
}

function rowToAsset(row: AssetRow): AssetInfo {
  return { id: row.id, mediaType: row.media_type, bytes: row.bytes, name: row.name, createdAt: row.created_at };
}

/** Records an asset's metadata; the same bytes added again keep their first record. */
export function putAsset(db: Db, asset: AssetInfo): AssetInfo {
  db.prepare('INSERT INTO assets (id, media_type, bytes, name, created_at) VALUES (:id, :mediaType, :bytes, :name, :createdAt) ON CONFLICT (id) DO NOTHING').run(asset);
  return getAsset(db, asset.id) ?? asset;
}

export function getAsset(db: Db, id: string): AssetInfo | null {
  const row = db.prepare('SELECT * FROM assets WHERE id = ?').get(id) as AssetRow | undefined;
  return row ? rowToAsset(row) : null;
}
