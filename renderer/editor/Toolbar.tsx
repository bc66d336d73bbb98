import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { TextSelection, type EditorState } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { useRef } from 'react';
import { MOD } from '../common/modKey';


interface ToolbarAction {
  /** The accessible name; it contains the visible text, so speech users can say what they see. */
  label: string;
  /** Shown in the tooltip; the keymap lives in StarterKit or editorShortcuts.ts. */
  keys: string;
  text: string;
  run(editor: Editor): void;
  /** Whether the selection already has it (bold text, inside a list): shown as pressed. */
  active?(editor: Editor): boolean;
  enabled?(editor: Editor): boolean;
}

function actions(onEditLink: () => void, onInsertPhoto: () => void): ToolbarAction[][] {
  const chain = (editor: Editor) => editor.chain().focus();
  return [
    [
      { label: 'Bold', keys: `${MOD}+B`, text: 'B', run: (e) => chain(e).toggleBold().run(), active: (e) => e.isActive('bold') },
      { label: 'Italic', keys: `${MOD}+I`, text: 'I', run: (e) => chain(e).toggleItalic().run(), active: (e) => e.isActive('italic') },
      { label: 'Link', keys: `${MOD}+K`, text: 'Link', run: onEditLink, active: (e) => e.isActive('link') },
    ],
    [
      { label: 'H2 heading', keys: `${MOD}+Alt+2`, text: 'H2', run: (e) => chain(e).toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }) },
      { label: 'H3 subheading', keys: `${MOD}+Alt+3`, text: 'H3', run: (e) => chain(e).toggleHeading({ level: 3 }).run(), active: (e) => e.isActive('heading', { level: 3 }) },
      { label: 'Bulleted list', keys: `${MOD}+Shift+8`, text: '• List', run: (e) => chain(e).toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
      { label: 'Numbered list', keys: `${MOD}+Shift+7`, text: 'Numbered', run: (e) => chain(e).toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
      { label: 'Block quote', keys: `${MOD}+Shift+B`, text: '❝', run: (e) => chain(e).toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
      { label: 'Pull quote', keys: `${MOD}+Shift+P`, text: 'Pull quote', run: (e) => chain(e).setPullQuote().run(), active: (e) => e.isActive('pullQuote') },
      { label: 'Section break', keys: `${MOD}+Shift+H`, text: '—', run: (e) => chain(e).setHorizontalRule().run() },
      { label: 'Insert photo', keys: `${MOD}+Shift+G`, text: 'Photo', run: onInsertPhoto },
    ],
    [
      { label: 'Undo', keys: `${MOD}+Z`, text: '↶', run: (e) => chain(e).undo().run(), enabled: (e) => undoDepth(e.state) > 0 },
      { label: 'Redo', keys: `${MOD}+Shift+Z`, text: '↷', run: (e) => chain(e).redo().run(), enabled: (e) => redoDepth(e.state) > 0 },
    ],
  ];
}

type Flags = { pressed: boolean | undefined; enabled: boolean }[][];

/**
 * Everything the flags read when the selection is a cursor: the blocks around it (with heading
 * levels), the marks it types with, whether there is anything to undo or redo. Equal keys give
 * equal flags, so typing along a paragraph costs this instead of every button's isActive.
 * Null for a range or node selection, whose flags are always computed.
 */
function cursorKey(state: EditorState): string | null {
  const { selection } = state;
  if (!(selection instanceof TextSelection) || !selection.empty) return null;
  const { $from } = selection;
  let key = '';
  for (let depth = 0; depth <= $from.depth; depth++) {
    const node = $from.node(depth);
    key += `${node.type.name}${node.attrs.level ?? ''}/`;
  }
  for (const mark of state.storedMarks ?? $from.marks()) key += `${mark.type.name},`;
  return `${key}${undoDepth(state) > 0 ? 'u' : ''}${redoDepth(state) > 0 ? 'r' : ''}`;
}

interface ToolbarProps {
  editor: Editor;
  onEditLink(): void;
  onInsertPhoto(): void;
  smartTypography: boolean;
  onSmartTypography(enabled: boolean): void;
}

/** The formatting toolbar: reflects the selection, every button names its shortcut. */
export function Toolbar({ editor, onEditLink, onInsertPhoto, smartTypography, onSmartTypography }: ToolbarProps) {
  const groups = actions(onEditLink, onInsertPhoto);
  // Runs per transaction; useEditorState compares deeply, so React re-renders only when a flag flips.
  // The last flags are reused while the state is the same (the spelling, find and review plugins'
  // metadata-only transactions) or the cursor's key is (typing).
  const last = useRef<{ state: EditorState; key: string | null; flags: Flags } | null>(null);
  const flags = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const { state } = e;
      const seen = last.current;
      if (seen && seen.state.doc === state.doc && seen.state.selection === state.selection && seen.state.storedMarks === state.storedMarks) return seen.flags;
      const key = cursorKey(state);
      if (seen && key !== null && key === seen.key) {
        last.current = { state, key, flags: seen.flags };
        return seen.flags;
      }
      const computed = groups.map((group) => group.map((a) => ({ pressed: a.active?.(e), enabled: a.enabled?.(e) ?? true })));
      last.current = { state, key, flags: computed };
      return computed;
    },
  });
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
      {groups.map((group, g) => (
        <div className="toolbar-group" key={g}>
          {group.map((action, i) => {
            const tip = `${action.label} (${action.keys})`;
            return (
              <button
                key={action.label}
                type="button"
                title={tip}
                aria-label={tip}
                aria-pressed={flags[g][i].pressed}
                disabled={!flags[g][i].enabled}
                // Keep the editor's selection: a mousedown on a button would otherwise blur it.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => action.run(editor)}
              >
                {action.text}
              </button>
            );
          })}
        </div>
      ))}
      <label className="toolbar-toggle" title="Replace straight quotes, -- and ... as you type">
        <input type="checkbox" checked={smartTypography} onChange={(e) => onSmartTypography(e.target.checked)} />
        Smart quotes
      </label>
    </div>
  );
}
