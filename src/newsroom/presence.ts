/**
 * Who is where: the awareness state a desktop publishes on the library channel, and what the
 * others read from it. A desktop says only which story is open in its window; the person's
 * name is the server's, written over whatever a client claims (`withMemberName`), so nobody
 * can appear as someone else. The `user` key is the one TipTap's collaboration caret reads.
 */
export type PresenceState = Readonly<{ user?: { name?: unknown }; story?: unknown }>;

/** One person in one story, as the library list shows it. */
export type Presence = Readonly<{ storyId: string; name: string }>;

/** What a desktop publishes: the story open in its window, or null in the library. */
export function presenceState(storyId: string | null): { story: string | null } {
  return { story: storyId };
}

/** The awareness state with the server's name for the person who sent it. */
export function withMemberName(state: Record<string, unknown>, name: string): Record<string, unknown> {
  const user = typeof state.user === 'object' && state.user !== null ? state.user : {};
  return { ...state, user: { ...user, name } };
}

/**
 * Every other desktop's open story, from the channel's awareness states: one entry per person
 * and story (a person at two desktops in one story is there once), sorted for a stable list.
 */
export function presenceOf(states: ReadonlyMap<number, PresenceState>, ownClientId: number): Presence[] {
  const seen = new Map<string, Presence>();
  for (const [clientId, state] of states) {
    if (clientId === ownClientId) continue;
    const name = state.user?.name;
    if (typeof state.story !== 'string' || typeof name !== 'string' || name === '') continue;
    seen.set(`${state.story}\n${name}`, { storyId: state.story, name });
  }
  return [...seen.values()].sort((a, b) => a.storyId.localeCompare(b.storyId) || a.name.localeCompare(b.name));
}

/** "Ana is in this story", "Ana and Lee are in this story", "Ana, Lee and Sam are in this story". */
export function describePresence(names: readonly string[]): string {
  if (names.length === 0) return '';
  const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${listed} ${names.length === 1 ? 'is' : 'are'} in this story`;
}
