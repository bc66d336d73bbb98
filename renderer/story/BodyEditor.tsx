import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { storyExtensions } from '../../src/editor/storyExtensions';
import type { BodyDoc } from '../../src/story/body';

interface BodyEditorProps {
  content: BodyDoc;
  /** Changes when `content` must replace what the editor holds (restore, take theirs). */
  generation: number;
  onChange(): void;
  onReady(editor: Editor | null): void;
}

/** The story body: TipTap with the story schema. Reports edits; the draft reads the JSON when it saves. */
export function BodyEditor({ content, generation, onChange, onReady }: BodyEditorProps) {
  const editor = useEditor({
    extensions: storyExtensions(),
    content,
    editorProps: { attributes: { 'aria-label': 'Story body', 'aria-multiline': 'true', role: 'textbox', class: 'body-editor' } },
    onUpdate: ({ transaction }) => {
      if (transaction.docChanged) onChange();
    },
  });

  useEffect(() => {
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);

  useEffect(() => {
    if (editor && generation > 0) editor.commands.setContent(content, { emitUpdate: false });
    // Only a new generation reloads the body; `content` changes on every save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, generation]);

  return <EditorContent editor={editor} className="body" />;
}
