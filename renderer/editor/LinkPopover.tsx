import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import { normaliseHref } from '../../src/editor/sanitizeBody';

interface LinkPopoverProps {
  editor: Editor;
  onClose(): void;
}

/** Edits the link at the selection: Enter applies, Escape cancels, Remove unlinks. */
export function LinkPopover({ editor, onClose }: LinkPopoverProps) {
  const [href, setHref] = useState(() => String(editor.getAttributes('link').href ?? ''));
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = () => {
    const target = normaliseHref(href);
    if (!target) {
      setProblem('A link must be a web address (https://…) or an email address.');
      return;
    }
    const { empty } = editor.state.selection;
    const chain = editor.chain().focus().extendMarkRange('link');
    if (empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: target, marks: [{ type: 'link', attrs: { href: target } }] }).run();
    else chain.setLink({ href: target }).run();
    onClose();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <div className="link-popover" role="dialog" aria-label="Edit link">
      <input
        ref={input}
        aria-label="Link address"
        placeholder="https://"
        value={href}
        aria-invalid={problem !== null}
        onChange={(e) => {
          setHref(e.target.value);
          setProblem(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          }
          if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <button type="button" className="primary" onClick={apply}>
        Apply
      </button>
      {editor.isActive('link') && (
        <button type="button" onClick={remove}>
          Remove link
        </button>
      )}
      <button type="button" onClick={close}>
        Cancel
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
