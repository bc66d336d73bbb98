import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';

/** A pull quote: the quoted words edited in place, who said them in a field below. */
export function PullQuoteView({ node, updateAttributes }: ReactNodeViewProps) {
  return (
    <NodeViewWrapper as="figure" className="pull-quote">
      <NodeViewContent<'blockquote'> as="blockquote" aria-label="Pull quote" />
      <label className="pull-quote-attribution" contentEditable={false}>
        <span aria-hidden="true">—</span>
        <input aria-label="Pull quote attribution" placeholder="Who said it" value={String(node.attrs.attribution)} onChange={(e) => updateAttributes({ attribution: e.target.value })} />
      </label>
    </NodeViewWrapper>
  );
}
