import { NodeView, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { attributeInput, element, showValue } from './nodeViewDom';

/**
 * A pull quote: the quoted words edited in place, who said them in a field below. Plain DOM, as
 * the figure is: with no React node view left, the editor is drawn once when a story opens.
 */
export class PullQuoteView extends NodeView<null> {
  private readonly figure: HTMLElement;
  private readonly quote: HTMLElement;
  private readonly attribution: HTMLInputElement;

  constructor(props: NodeViewRendererProps) {
    super(null, props);
    this.quote = element('blockquote');
    this.quote.setAttribute('aria-label', 'Pull quote');
    this.attribution = attributeInput(this, 'attribution', { placeholder: 'Who said it' });
    this.attribution.setAttribute('aria-label', 'Pull quote attribution');
    const dash = element('span', { textContent: '—' });
    dash.setAttribute('aria-hidden', 'true');
    const label = element('label', { className: 'pull-quote-attribution', contentEditable: 'false' }, dash, this.attribution);
    this.figure = element('figure', { className: 'pull-quote' }, this.quote, label);
  }

  override get dom(): HTMLElement {
    return this.figure;
  }

  override get contentDOM(): HTMLElement {
    return this.quote;
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    showValue(this.attribution, node.attrs.attribution);
    return true;
  }
}
