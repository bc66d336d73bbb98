// An import's warnings as a person can read them. A file can repeat one problem thousands of
// times (a ninjs with 150,000 video associations printed 150,000 lines): warnings of one shape
// are shown whole up to a handful, else the first few and how many more there are.

/** A group of this many or fewer is listed whole. */
const LISTED_WHOLE = 10;
/** How many of a larger group are listed before "and N more". */
const LISTED_FIRST = 5;

/** A warning's shape: its quoted names, parenthesised details and numbers taken out. */
const shapeOf = (warning: string) => warning.replace(/"[^"]*"/g, '""').replace(/\([^)]*\)/g, '()').replace(/\d[\d,.]*/g, '0');

/** The warnings, each shape in the order it first appears; a shape repeated many times is cut to its first few and a count. */
export function summariseWarnings(warnings: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const warning of warnings) {
    const shape = shapeOf(warning);
    const group = groups.get(shape);
    if (group) group.push(warning);
    else groups.set(shape, [warning]);
  }
  return [...groups.values()].flatMap((group) =>
    group.length <= LISTED_WHOLE ? group : [...group.slice(0, LISTED_FIRST), `…and ${(group.length - LISTED_FIRST).toLocaleString('en')} more like these.`],
  );
}
