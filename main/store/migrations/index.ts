import type { Database } from 'better-sqlite3';
import * as createStories from './0010-create-stories';
import * as createRevisions from './0020-create-revisions';
import * as createAssets from './0030-create-assets';
import * as createDesk from './0040-create-desk';
import * as createReviewMarks from './0050-create-review-marks';
import * as indexLibraryList from './0060-index-library-list';
import * as countLiveStories from './0070-count-live-stories';
import * as allowCorrectedStatus from './0080-allow-corrected-status';
import * as createSharedStories from './0090-create-shared-stories';
import * as rememberServerRevision from './0100-remember-server-revision';

export interface Migration {
  /** Schema version after this migration; numbered in steps of 10 so one can be slotted in. */
  version: number;
  name: string;
  up(db: Database): void;
}

/** Every migration, in order. A new schema version is one file and one line here. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 10, name: 'create-stories', up: createStories.up },
  { version: 20, name: 'create-revisions', up: createRevisions.up },
  { version: 30, name: 'create-assets', up: createAssets.up },
  { version: 40, name: 'create-desk', up: createDesk.up },
  { version: 50, name: 'create-review-marks', up: createReviewMarks.up },
  { version: 60, name: 'index-library-list', up: indexLibraryList.up },
  { version: 70, name: 'count-live-stories', up: countLiveStories.up },
  { version: 80, name: 'allow-corrected-status', up: allowCorrectedStatus.up },
  { version: 90, name: 'create-shared-stories', up: createSharedStories.up },
  { version: 100, name: 'remember-server-revision', up: rememberServerRevision.up },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
