import { NodeView, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { assetUrl } from './assetUrl';
import { attributeInput, element, showValue } from './nodeViewDom';

/** What a figure still lacks before it can go on the wire (the readiness rules ask for all three). */
export function missingFigureParts(attrs: { alt?: string; credit?: string }, caption: string): string[] {
  const missing: string[] = [];
  if (!caption.trim()) missing.push('caption');
  if (!String(attrs.credit ?? '').trim()) missing.push('credit');
  if (!String(attrs.alt ?? '').trim()) missing.push('alt text');
  return missing;
}

/**
 * A photo in the body: the image, its caption typed in place, credit and alt text beside it.
 * Plain DOM rather than a React node view: a long story holds dozens of figures, and mounting a
 * React root for each was most of the time it took to open one. TipTap's NodeView supplies what
 * the React view had: inputs keep their own events (stopEvent), the image is the drag handle.
 */
export class FigureView extends NodeView<null> {
  private readonly figure: HTMLElement;
  private readonly handle: HTMLElement;
  private readonly meta: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly image: HTMLImageElement;
  private readonly credit: HTMLInputElement;
  private readonly alt: HTMLInputElement;
  private readonly missing: HTMLParagraphElement;
  private shownSrc = '';
  private selected = false;

  constructor(props: NodeViewRendererProps) {
    super(null, props);
    this.image = element('img', { draggable: false });
    this.handle = element('div', { className: 'figure-image', contentEditable: 'false', draggable: true });
    this.handle.dataset.dragHandle = '';
    this.caption = element('figcaption', { className: 'figure-caption' });
    this.caption.setAttribute('aria-label', 'Caption');
    this.credit = attributeInput(this, 'credit', { placeholder: 'Photographer/Agency' });
    this.alt = attributeInput(this, 'alt', { placeholder: 'What the photo shows' });
    this.missing = element('p', { className: 'figure-missing' });
    this.missing.setAttribute('role', 'note');
    this.meta = element(
      'div',
      { className: 'figure-meta', contentEditable: 'false' },
      element('label', {}, document.createTextNode('Credit'), this.credit),
      element('label', {}, document.createTextNode('Alt text'), this.alt),
    );
    this.figure = element('figure', {}, this.handle, this.caption, this.meta);
    this.figure.dataset.testid = 'figure';
    this.figure.addEventListener('dragstart', (event) => this.onDragStart(event));
    this.render();
  }

  override get dom(): HTMLElement {
    return this.figure;
  }

  override get contentDOM(): HTMLElement {
    return this.caption;
  }

  /** Brings the DOM in line with the node: touches only what differs, so an input keeps its caret. */
  private render(): void {
    const { attrs } = this.node;
    const missing = missingFigureParts(attrs, this.node.textContent);
    // Toggled one by one: ProseMirror adds decoration classes to this element too (caretBlocks.ts).
    this.figure.classList.add('figure');
    this.figure.classList.toggle('figure-incomplete', missing.length > 0);
    this.figure.classList.toggle('is-selected', this.selected);
    this.figure.classList.toggle('ProseMirror-selectednode', this.selected);
    showValue(this.credit, attrs.credit);
    showValue(this.alt, attrs.alt);
    this.image.alt = String(attrs.alt);
    const note = missing.length ? `Missing: ${missing.join(', ')}` : '';
    if (this.missing.textContent !== note) this.missing.textContent = note;
    if (!note) this.missing.remove();
    else if (this.missing.parentNode !== this.meta) this.meta.append(this.missing);
    const src = String(attrs.src);
    if (src !== this.shownSrc) {
      this.shownSrc = src;
      // The image goes in once its URL is known (an <img> without a source counts as loaded); a
      // figure whose photo changed meanwhile ignores the old answer.
      this.image.remove();
      void assetUrl(src).then((url) => {
        if (this.shownSrc !== src) return;
        this.image.src = url;
        this.handle.append(this.image);
      });
    }
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    if (node !== this.node) {
      this.node = node;
      this.render();
    }
    return true;
  }

  selectNode(): void {
    this.selected = true;
    this.render();
  }

  deselectNode(): void {
    this.selected = false;
    this.render();
  }
}
