/** A field two people changed apart: both values, kept until someone chooses. */
export type FieldConflict = Readonly<{ field: string; mine: unknown; theirs: unknown }>;

/**
 * The fields changed on both sides since they were last in step, to different values. The
 * CRDT would silently keep one of them (the body merges, a field cannot): these are reported
 * with both values, as the compare does for two saves of one story.
 */
export function findFieldConflicts(
  base: ReadonlyMap<string, unknown>,
  mine: ReadonlyMap<string, unknown>,
  theirs: ReadonlyMap<string, unknown>,
): FieldConflict[] {
  const conflicts: FieldConflict[] = [];
  for (const [field, myValue] of mine) {
    const baseValue = JSON.stringify(base.get(field));
    const theirValue = theirs.get(field);
    const mineText = JSON.stringify(myValue);
    const theirsText = JSON.stringify(theirValue);
    if (mineText !== baseValue && theirsText !== baseValue && mineText !== theirsText) {
      conflicts.push({ field, mine: myValue, theirs: theirValue });
    }
  }
  return conflicts;
}
