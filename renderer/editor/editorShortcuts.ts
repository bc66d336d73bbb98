import { Extension } from '@tiptap/core';

export interface EditorShortcutsOptions {
  /** Opens the link popover (Mod-k). Default: nothing. */
  onEditLink: () => void;
  /** Opens the photo file chooser (Mod-Shift-g). Default: nothing. */
  onInsertPhoto: () => void;
}

/**
 * Shortcuts for the toolbar actions StarterKit has no key for. Shown in the toolbar's tooltips
 * (SHORTCUTS); Ctrl+Alt is avoided because on many keyboards it types characters (AltGr).
 */
export const EditorShortcuts = Extension.create<EditorShortcutsOptions>({
  name: 'editorShortcuts',

  addOptions() {
    return { onEditLink: () => undefined, onInsertPhoto: () => undefined };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onEditLink();
        return true;
      },
      'Mod-Shift-g': () => {
        this.options.onInsertPhoto();
        return true;
      },
      'Mod-Shift-p': () => this.editor.commands.setPullQuote(),
      'Mod-Shift-h': () => this.editor.commands.setHorizontalRule(),
    };
  },
});
