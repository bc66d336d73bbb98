import type { StorySummary } from '../../src/api/types';
import type { BodyDoc } from '../../src/story/body';
import type { Story, StoryStatus } from '../../src/story/story';

/** A row of the `stories` table as SQLite returns it: JSON columns are text. */
export interface StoryRow {
  seq: number;
  id: string;
  slug: string;
  headline: string;
  standfirst: string;
  byline: string;
  dateline: string;
  body: string;
  credit: string;
  related: string;
  keywords: string;
  urgency: number;
  language: string;
  status: string;
  review: string;
  embargo: string | null;
  ednote: string;
  version: number;
  word_count: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export type SummaryRow = Pick<
  StoryRow,
  'id' | 'slug' | 'headline' | 'byline' | 'status' | 'version' | 'word_count' | 'updated_at' | 'deleted_at'
>;

export const SUMMARY_COLUMNS = 'id, slug, headline, byline, status, version, word_count, updated_at, deleted_at';

export function rowToStory(row: StoryRow): Story {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    byline: row.byline,
    dateline: JSON.parse(row.dateline),
    body: JSON.parse(row.body) as BodyDoc,
    credit: JSON.parse(row.credit),
    related: JSON.parse(row.related),
    keywords: JSON.parse(row.keywords),
    urgency: row.urgency,
    language: row.language,
    status: row.status as StoryStatus,
    review: JSON.parse(row.review),
    embargo: row.embargo,
    ednote: row.ednote,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function rowToSummary(row: SummaryRow): StorySummary {
  const summary: StorySummary = {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    byline: row.byline,
    status: row.status as StoryStatus,
    version: row.version,
    wordCount: row.word_count,
    updatedAt: row.updated_at,
  };
  if (row.deleted_at) summary.deletedAt = row.deleted_at;
  return summary;
}

/** Named parameters for writing a story; `seq` and `deleted_at` are the table's own business. */
export function storyToParams(story: Story, wordCount: number): Record<string, string | number | null> {
  return {
    id: story.id,
    slug: story.slug,
    headline: story.headline,
    standfirst: story.standfirst,
    byline: story.byline,
    dateline: JSON.stringify(story.dateline),
    body: JSON.stringify(story.body),
    credit: JSON.stringify(story.credit),
    related: JSON.stringify(story.related),
    keywords: JSON.stringify(story.keywords),
    urgency: story.urgency,
    language: story.language,
    status: story.status,
    review: JSON.stringify(story.review),
    embargo: story.embargo,
    ednote: story.ednote,
    version: story.version,
    word_count: wordCount,
    created_at: story.createdAt,
    updated_at: story.updatedAt,
  };
}
