import type { AnyExtension, NodeViewRendererProps } from '@tiptap/core';
import { SmartTypography } from '../../src/editor/smartTypography';
import { storyExtensions } from '../../src/editor/storyExtensions';
import { CaretBlocks } from './caretBlocks';
import { EditorShortcuts, type EditorShortcutsOptions } from './editorShortcuts';
import { EmptyBody } from './emptyBody';
import { FigureView } from './figureView';
import { ImageDrop, type ImageDropOptions } from './imageDrop';
import { PullQuoteView } from './pullQuoteView';
import { ReadSelectionFirst } from './readSelectionFirst';

export interface EditorExtensionOptions extends EditorShortcutsOptions, ImageDropOptions {
  /** Smart quotes and dashes on at start. */
  smartTypography: boolean;
  /** Bound to a shared document (Collaboration): its undo manager replaces ProseMirror's history. */
  collaborative?: boolean;
}

/** The story schema (shared with main) plus what only the screen needs: node views, input rules, shortcuts, drops. */
export function editorExtensions(options: EditorExtensionOptions): AnyExtension[] {
  const schema = storyExtensions({ undoRedo: !options.collaborative }).map((extension) => {
    if (extension.name === 'figure') return extension.extend({ addNodeView: () => (props: NodeViewRendererProps) => new FigureView(props) });
    if (extension.name === 'pullQuote') return extension.extend({ addNodeView: () => (props: NodeViewRendererProps) => new PullQuoteView(props) });
    return extension;
  });
  return [
    ...schema,
    ReadSelectionFirst,
    CaretBlocks,
    EmptyBody,
    SmartTypography.configure({ enabled: options.smartTypography }),
    EditorShortcuts.configure({ onEditLink: options.onEditLink, onInsertPhoto: options.onInsertPhoto }),
    ImageDrop.configure({ onFiles: options.onFiles }),
  ];
}
