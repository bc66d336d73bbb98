import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useAssetUrl } from './assetUrl';

/** What a figure still lacks before it can go on the wire (the readiness rules ask for all three). */
export function missingFigureParts(attrs: { alt?: string; credit?: string }, caption: string): string[] {
  const missing: string[] = [];
  if (!caption.trim()) missing.push('caption');
  if (!String(attrs.credit ?? '').trim()) missing.push('credit');
  if (!String(attrs.alt ?? '').trim()) missing.push('alt text');
  return missing;
}

/** A photo in the body: the image, its caption typed in place, credit and alt text beside it. */
export function FigureView({ node, updateAttributes, selected }: ReactNodeViewProps) {
  const url = useAssetUrl(String(node.attrs.src));
  const missing = missingFigureParts(node.attrs, node.textContent);
  const classes = ['figure', missing.length ? 'figure-incomplete' : '', selected ? 'is-selected' : ''].filter(Boolean).join(' ');
  return (
    <NodeViewWrapper as="figure" className={classes} data-testid="figure">
      <div className="figure-image" contentEditable={false} data-drag-handle draggable>
        {url && <img src={url} alt={String(node.attrs.alt)} draggable={false} />}
      </div>
      <NodeViewContent<'figcaption'> as="figcaption" className="figure-caption" aria-label="Caption" />
      <div className="figure-meta" contentEditable={false}>
        <label>
          Credit
          <input value={String(node.attrs.credit)} placeholder="Photographer/Agency" onChange={(e) => updateAttributes({ credit: e.target.value })} />
        </label>
        <label>
          Alt text
          <input value={String(node.attrs.alt)} placeholder="What the photo shows" onChange={(e) => updateAttributes({ alt: e.target.value })} />
        </label>
        {missing.length > 0 && (
          <p className="figure-missing" role="note">
            Missing: {missing.join(', ')}
          </p>
        )}
      </div>
    </NodeViewWrapper>
  );
}
