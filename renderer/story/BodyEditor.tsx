import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, type Editor, type UseEditorOptions } from '@tiptap/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { BodyDoc } from '../../src/story/body';
import { editorExtensions } from '../editor/editorExtensions';
import { isEmptyDoc } from '../editor/emptyBody';
import type { PastedCopy } from '../import/pasteAsStory';
import { insertImageFiles } from '../editor/insertImages';
import { LinkPopover } from '../editor/LinkPopover';
import { transformPastedHtml } from '../editor/pasteCleaner';
import { Toolbar } from '../editor/Toolbar';
import { FindInStory } from '../find/findPlugin';
import { ReviewHighlights } from '../review/reviewHighlights';
import { Spelling } from '../spelling/spellingPlugin';
import { SpellingMenu } from '../spelling/SpellingMenu';
import { useSpelling } from '../spelling/useSpelling';
import { STORY_PARTS } from '../../src/newsroom/storyDoc';
import type { LiveStoryBridge } from './liveStoryBridge';

interface BodyEditorProps {
  storyId: string;
  /** The story's language (BCP 47): picks the spelling dictionary. */
  language: string;
  content: BodyDoc;
  /** Changes when `content` must replace what the editor holds (restore, take theirs). */
  generation: number;
  /**
   * The story's live session: the editor binds to its shared document (Collaboration, with
   * carets and names) and `content` and `generation` are not used: everything, a restore
   * included, reaches the body through the document.
   */
  live?: LiveStoryBridge | null;
  onChange(): void;
  /**
   * Copy with a web page's HTML beside its text went into an empty body as an ordinary paste:
   * the page may offer to read it as a story.
   */
  onCopyPasted?(copy: PastedCopy): void;
  onReady(editor: Editor | null): void;
  /** A photo could not be added, or a paste was refused: the message to show. */
  onProblem(message: string): void;
  /** The find bar when open: it sticks to the top of the pane with the toolbar, above it, never over it. */
  findBar?: ReactNode;
}

/**
 * Room kept above the caret when ProseMirror scrolls to it (undo, redo, a paste): the sticky
 * toolbar's height at two rows, as the body pane's scroll padding keeps for the arrow keys
 * (styles.css, .body-pane). Without it the caret came back 80 px under the toolbar.
 */
function toolbarClearance(): number {
  return 6.5 * parseFloat(getComputedStyle(document.documentElement).fontSize);
}

/** Smart quotes are a personal habit, kept per machine rather than per story. */
const SMART_TYPOGRAPHY_KEY = 'galley.smartTypography';

/** The story body: TipTap with the story schema, its toolbar and link popover. Reports edits; the draft reads the JSON when it saves. */
export function BodyEditor({ storyId, language, content, generation, live, onChange, onCopyPasted, onReady, onProblem, findBar }: BodyEditorProps) {
  const [linkOpen, setLinkOpen] = useState(false);
  const [smart, setSmart] = useState(() => localStorage.getItem(SMART_TYPOGRAPHY_KEY) !== 'off');
  const fileInput = useRef<HTMLInputElement>(null);
  // The editor is built once; its callbacks read the latest props through this ref.
  const latest = useRef({ onChange, onProblem, onCopyPasted });
  latest.current = { onChange, onProblem, onCopyPasted };
  // Web copy being pasted into an empty body, until its paste transaction is applied.
  const pastingCopy = useRef<PastedCopy | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const spelling = useSpelling(storyId, language, editorRef);

  const addFiles = (files: File[], position?: number) => {
    const editor = editorRef.current;
    if (!editor) return;
    void insertImageFiles(editor, files, position).then((problems) => problems.forEach((p) => latest.current.onProblem(p)));
  };

  // Built once: TipTap compares the options at every render, and new extension objects or a new
  // `content` (the saved body changes at every autosave) made it set them again and redraw the
  // view's state after each save. The callbacks read what changes through refs.
  const [clearance] = useState(toolbarClearance);
  const [options] = useState<UseEditorOptions>(() => ({
    extensions: editorExtensions({
      smartTypography: smart,
      collaborative: Boolean(live),
      onEditLink: () => setLinkOpen(true),
      onInsertPhoto: () => fileInput.current?.click(),
      onFiles: (files, position) => addFiles(files, position),
    }).concat(
      ReviewHighlights,
      Spelling.configure({ controller: spelling.controller }),
      FindInStory,
      live
        ? [
            Collaboration.configure({ document: live.doc, field: STORY_PARTS.body }),
            CollaborationCaret.configure({ provider: { awareness: live.awareness }, user: live.user }),
          ]
        : [],
    ),
    ...(live ? {} : { content }),
    editorProps: {
      attributes: { 'aria-label': 'Story body', 'aria-multiline': 'true', role: 'textbox', class: 'body-editor' },
      transformPastedHTML: transformPastedHtml,
      handlePaste: (view, event) => {
        const html = event.clipboardData?.getData('text/html') ?? '';
        const text = event.clipboardData?.getData('text/plain') ?? '';
        pastingCopy.current = html.trim() && text.trim() && isEmptyDoc(view.state.doc) ? { text, html } : null;
        return false;
      },
      scrollThreshold: { top: clearance, right: 0, bottom: 0, left: 0 },
      scrollMargin: { top: clearance, right: 5, bottom: 5, left: 5 },
    },
    onBeforeCreate: ({ editor: created }) => {
      // EditorContent sets the node views again once it mounts, for React node views that need its
      // portal host; the new function objects make ProseMirror draw every block of the story a
      // second time. Galley's node views are plain DOM and the view is built with them already.
      created.createNodeViews = () => undefined;
    },
    onUpdate: ({ transaction }) => {
      if (!transaction.docChanged) return;
      latest.current.onChange();
      const copy = pastingCopy.current;
      pastingCopy.current = null;
      if (copy && transaction.getMeta('paste')) latest.current.onCopyPasted?.(copy);
    },
  }));
  const editor = useEditor(options);
  editorRef.current = editor;

  useEffect(() => {
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);

  useEffect(() => {
    if (editor && generation > 0 && !live) editor.commands.setContent(content, { emitUpdate: false });
    // Only a new generation reloads the body; `content` changes on every save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, generation]);

  const setSmartTypography = (enabled: boolean) => {
    setSmart(enabled);
    localStorage.setItem(SMART_TYPOGRAPHY_KEY, enabled ? 'on' : 'off');
    editor?.commands.setSmartTypography(enabled);
  };

  return (
    <>
      <div className="editor-head">
        {findBar}
        {editor && (
          <Toolbar editor={editor} onEditLink={() => setLinkOpen(true)} onInsertPhoto={() => fileInput.current?.click()} smartTypography={smart} onSmartTypography={setSmartTypography} />
        )}
      </div>
      {editor && linkOpen && <LinkPopover editor={editor} onClose={() => setLinkOpen(false)} />}
      {editor && <SpellingMenu editor={editor} spelling={spelling} />}
      <input
        ref={fileInput}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp"
        multiple
        hidden
        aria-label="Choose photos"
        onChange={(e) => {
          addFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <EditorContent editor={editor} className="body" />
    </>
  );
}
