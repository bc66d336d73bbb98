import type { StoryChange } from './storyDoc';

/**
 * The newsroom's roles. The server enforces them on every message; a client checks them only
 * to say no early. An admin may do everything an editor may, and manages people.
 */
export const ROLES = ['reporter', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** What the server knows about one person's relation to one story. */
export type StoryAccess = Readonly<{
  /** The story is in the server's library (someone has already written to it). */
  exists: boolean;
  /** This person created the story or is one of its assignees. */
  isOwnerOrAssignee: boolean;
}>;

/** Statuses only the desk (editor, admin) may set: they commit the story to the wire. */
const DESK_STATUSES = new Set(['ready', 'sent', 'killed']);

/** Roles whose changes the server applies without looking at them: the desk may change anything. */
export const UNRESTRICTED_ROLES: ReadonlySet<Role> = new Set(['editor', 'admin']);

/**
 * A new story's document says that nobody has reviewed it yet; whoever creates the story writes
 * that much of the review, and nothing more.
 */
function isUnreviewedStart(access: StoryAccess, change: StoryChange): boolean {
  return !access.exists && change.part === 'review' && change.key === 'state' && change.value === 'none';
}

/**
 * Why `role` may not make `change` to a story, or null when it may. The reasons are shown to
 * the person whose change was refused, so they say what to do, not which rule fired.
 */
export function refusalOf(role: Role, access: StoryAccess, change: StoryChange): string | null {
  if (UNRESTRICTED_ROLES.has(role)) return null;
  if (change.part === 'unknown') return `"${change.name}" is not part of a story; the change was not stored.`;
  if (role === 'reviewer') {
    if (!access.exists) return 'A reviewer cannot create a story.';
    if (change.part === 'body') return "A reviewer cannot change a story's body; mark quotes and sign off in the review instead.";
    if (change.part === 'fields') return `A reviewer cannot change the story's ${change.key}.`;
    return null;
  }
  if (access.exists && !access.isOwnerOrAssignee) {
    return 'You can only change stories you created or are assigned to; ask an editor to assign you.';
  }
  if (change.part === 'review' && !isUnreviewedStart(access, change)) return 'Only a reviewer or an editor can change the review.';
  if (change.part === 'fields' && change.key === 'status' && DESK_STATUSES.has(String(change.value))) {
    return `Only an editor can move a story to ${String(change.value)}.`;
  }
  return null;
}

/** Roles that send to the newsroom's wire destinations: the desk. */
const SENDING_ROLES: ReadonlySet<Role> = new Set(['editor', 'admin']);

/** Why `role` may not send a story to a newsroom destination, or null when it may. */
export function sendRefusalOf(role: Role): string | null {
  return SENDING_ROLES.has(role) ? null : `Only an editor can send a story to the wire, and you are a ${role} in this newsroom; ask the desk to send it. Nothing was sent.`;
}

/** Why `role` may not add or remove the newsroom's destinations, or null when it may. */
export function destinationsRefusalOf(role: Role): string | null {
  return role === 'admin' ? null : "Only the newsroom's admin can add or remove its destinations.";
}
