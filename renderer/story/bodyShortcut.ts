import { MOD } from '../common/modKey';

/**
 * From anywhere in a story to the body's caret, instead of some 35 Tab stops through the fields.
 * Matched by key position (`code`): with Alt held a Mac types "∫" for B.
 */
export const BODY_SHORTCUT = {
  label: `${MOD}+Alt+B`,
  matches: (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === 'KeyB',
};
