// An imported story's fields made to fit the library's limits (LIMITS in story.ts), for every
// importer at once. A file is someone's story: one field over a limit (a slug of 80 characters,
// 150 subjects) used to refuse the whole file; now the story is kept, the field is cut to the
// limit, and a warning says what was cut; a related link's address that is not one is left out
// the same way. What cannot be cut without changing its meaning (a body too large or too deeply
// nested, a date that is not one) is still refused.
import { storyChangesSchema, type StoryChanges } from '../story/story';

/** Names of list items in messages: `keywords.3` is "Keyword 4". */
const ITEM_NAMES: Record<string, [one: string, many: string]> = {
  keywords: ['Keyword', 'keywords'],
  related: ['Related link', 'related links'],
};

/** Longest cut-off text quoted in a warning; a longer one is only counted. */
const QUOTED_CUT = 40;

type Path = readonly PropertyKey[];

/** "The slug", "The dateline place", "Keyword 4", "Related link 3's title". */
function labelOf(path: Path): string {
  const [field, second, third] = path.map(String);
  if (typeof path[1] === 'number') return `${ITEM_NAMES[field]?.[0] ?? field} ${Number(second) + 1}${third ? `'s ${third}` : ''}`;
  return `The ${field}${second ? ` ${second}` : ''}`;
}

const count = (n: number) => n.toLocaleString('en');

function parentOf(root: Record<string, unknown>, path: Path): Record<PropertyKey, unknown> {
  return path.slice(0, -1).reduce<Record<PropertyKey, unknown>>((node, key) => node[key] as Record<PropertyKey, unknown>, root);
}

/** Cuts the value at `path` to `maximum`; the warning, or null when the issue is not one a cut fixes. */
function cut(root: Record<string, unknown>, path: Path, maximum: number): string | null {
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  const value = parent[key];
  if (typeof value === 'string') {
    if (key === 'url') {
      // Half an address is a wrong address: the link keeps its title and waits for one (readiness lists it).
      parent[key] = '';
      return `${labelOf(path)} is ${count(value.length)} characters, more than the ${count(maximum)} Galley keeps: left out.`;
    }
    parent[key] = value.slice(0, maximum);
    const rest = value.slice(maximum);
    const what = rest.length <= QUOTED_CUT ? `"${rest}"` : `the last ${count(rest.length)} characters`;
    return `${labelOf(path)} was ${count(value.length)} characters, more than the ${count(maximum)} Galley keeps: ${what} cut.`;
  }
  if (Array.isArray(value)) {
    parent[key] = value.slice(0, maximum);
    const [, many] = ITEM_NAMES[String(key)] ?? [String(key), String(key)];
    const left = value.slice(maximum, maximum + 3).map((item) => (typeof item === 'string' ? `"${item}"` : `"${(item as { title?: string }).title ?? ''}"`));
    return `The file had ${count(value.length)} ${many}, more than the ${count(maximum)} Galley keeps: the first ${count(maximum)} were kept, ${count(value.length - maximum)} left out (${left.join(', ')}${value.length - maximum > 3 ? ', …' : ''}).`;
  }
  return null;
}

/** A related link's address that is not one (`https://exa mple.com/`): the path of its `url`. */
const isRelatedAddress = (path: Path) => path[0] === 'related' && typeof path[1] === 'number' && path[2] === 'url' && path.length === 3;

/** Leaves out an address that is not one, as one too long is; the warning, or "" when a cut already left it out. */
function dropAddress(root: Record<string, unknown>, path: Path): string {
  const parent = parentOf(root, path);
  const value = String(parent.url);
  if (value === '') return '';
  parent.url = '';
  const shown = value.length <= 2 * QUOTED_CUT ? value : `${value.slice(0, 2 * QUOTED_CUT - 1)}…`;
  return `${labelOf(path)} "${shown}" is not an http:// or https:// address: left out.`;
}

/**
 * The fields as the library takes them, cut to its limits with a warning for each cut (added to
 * `warnings`); throws with the first problem a cut cannot fix.
 */
export function fitImportedFields(fields: object, warnings: string[]): StoryChanges {
  const root = fields as Record<string, unknown>;
  // A cut list can show a new problem in an item it kept (zod stops at the list's length): a few rounds.
  for (let round = 0; round < 4; round++) {
    const parsed = storyChangesSchema.safeParse(root);
    if (parsed.success) return parsed.data;
    // Fixed from the last item back, so removing an empty keyword does not shift the ones still
    // to fix; warned in the order zod reports them.
    const issues = parsed.error.issues.map((issue, order) => ({ issue, order }));
    const cuts: { order: number; warning: string }[] = [];
    for (const { issue, order } of issues.sort((a, b) => Number(b.issue.path.at(1) ?? 0) - Number(a.issue.path.at(1) ?? 0))) {
      const emptyItem = issue.code === 'too_small' && issue.origin === 'string' && typeof issue.path[1] === 'number' && issue.path.length === 2;
      if (emptyItem) {
        // An empty keyword says nothing; it goes without a warning.
        (parentOf(root, issue.path) as unknown as unknown[]).splice(issue.path[1] as number, 1);
        continue;
      }
      const warning =
        issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array')
          ? cut(root, issue.path, Number(issue.maximum))
          : issue.code === 'custom' && isRelatedAddress(issue.path)
            ? dropAddress(root, issue.path)
            : null;
      if (warning === null) throw new Error(`The story's ${issue.path.join('.') || 'fields'} cannot be stored (${issue.message}).`);
      if (warning) cuts.push({ order, warning });
    }
    warnings.push(...cuts.sort((a, b) => a.order - b.order).map(({ warning }) => warning));
  }
  throw new Error("The story's fields cannot be stored.");
}
