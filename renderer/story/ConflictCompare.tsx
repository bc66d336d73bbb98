import { useState } from 'react';
import { COMPARED_FIELDS, FIELD_LABELS, fieldText, type ComparedField } from '../../src/story/storyText';
import type { Story } from '../../src/story/story';
import { WordDiff } from '../history/WordDiff';

interface ConflictCompareProps {
  mine: Story;
  theirs: Story;
  onSave(merged: Story): void;
  onCancel(): void;
}

/** Which story field each compared row stands for (the dateline row is the whole dateline, etc.). */
const FIELD_KEYS: Record<ComparedField, keyof Story> = {
  headline: 'headline',
  slug: 'slug',
  standfirst: 'standfirst',
  byline: 'byline',
  dateline: 'dateline',
  credit: 'credit',
  related: 'related',
  keywords: 'keywords',
  ednote: 'ednote',
  body: 'body',
};

/** Mine against theirs, field by field: the user picks a side for each field that differs, then saves the merge. */
export function ConflictCompare({ mine, theirs, onSave, onCancel }: ConflictCompareProps) {
  const differing = COMPARED_FIELDS.filter((field) => JSON.stringify(mine[FIELD_KEYS[field]]) !== JSON.stringify(theirs[FIELD_KEYS[field]]));
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>(() => Object.fromEntries(differing.map((field) => [field, 'mine'])));

  const merge = (): Story => {
    const merged: Story = { ...theirs };
    for (const field of differing) if (choice[field] === 'mine') Object.assign(merged, { [FIELD_KEYS[field]]: mine[FIELD_KEYS[field]] });
    return merged;
  };

  return (
    <section className="conflict-compare" aria-label="Compare versions">
      <h2>Compare your version with version {theirs.version}</h2>
      {differing.length === 0 && <p>The two versions have the same text.</p>}
      {differing.map((field) => (
        <fieldset key={field} className="compare-field">
          <legend>{FIELD_LABELS[field]}</legend>
          <WordDiff before={fieldText(theirs, field)} after={fieldText(mine, field)} />
          <label>
            <input type="radio" name={`merge-${field}`} checked={choice[field] === 'mine'} onChange={() => setChoice({ ...choice, [field]: 'mine' })} />
            Keep mine
          </label>
          <label>
            <input type="radio" name={`merge-${field}`} checked={choice[field] === 'theirs'} onChange={() => setChoice({ ...choice, [field]: 'theirs' })} />
            Take theirs
          </label>
        </fieldset>
      ))}
      <p className="compare-legend">Marked: <del>only in theirs</del> <ins>only in mine</ins></p>
      <div className="notice-actions">
        <button type="button" className="primary" onClick={() => onSave(merge())}>
          Save merge
        </button>
        <button type="button" onClick={onCancel}>
          Back
        </button>
      </div>
    </section>
  );
}
