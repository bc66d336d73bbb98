import { diffWords } from 'diff';
import { useMemo } from 'react';

/** `before` → `after` word by word: insertions and deletions marked inline (ins/del carry the meaning for screen readers). */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => diffWords(before, after), [before, after]);
  return (
    <p className="word-diff">
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i}>{part.value}</ins>
        ) : part.removed ? (
          <del key={i}>{part.value}</del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
