import { countCharacters, countWords } from '../../src/story/counts';
import { LIMITS } from '../../src/story/story';

/** Length targets per field: the wire's hard limits and the desk's house targets. */
export const FIELD_TARGETS = {
  /** ANPA's keyword field: a longer slug is cut on the wire. */
  slug: { characters: LIMITS.wireSlug },
  /** Readiness warns past 65 and refuses past 80 (src/story/readiness.ts defaults). */
  headline: { characters: 80 },
  /** A standfirst is one or two sentences: house style is at most 40 words. */
  standfirst: { words: 40 },
} as const;

interface FieldCountProps {
  value: string;
  target?: { characters?: number; words?: number };
  /** Words are not shown for slugs, where they mean nothing. */
  words?: boolean;
}

/** Live character (and word) count beside a field, marked when past its target. */
export function FieldCount({ value, target, words = true }: FieldCountProps) {
  const characters = countCharacters(value);
  const wordCount = countWords(value);
  const over = (target?.characters !== undefined && characters > target.characters) || (target?.words !== undefined && wordCount > target.words);
  const parts = [`${characters}${target?.characters !== undefined ? ` / ${target.characters}` : ''} chars`];
  if (words) parts.push(`${wordCount}${target?.words !== undefined ? ` / ${target.words}` : ''} words`);
  return (
    <span className={over ? 'counter over' : 'counter'} data-over={over}>
      {parts.join(' · ')}
      {over && <span className="visually-hidden"> (over target)</span>}
    </span>
  );
}
