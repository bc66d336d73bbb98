import { NodeView, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Decoration } from '@tiptap/pm/view';
import { isAssetId } from '../../src/editor/figure/imageFile';
import { PHOTO_MISSING } from '../../src/story/body';
import { assetUrl } from './assetUrl';
import { holdsCaret } from './caretBlocks';
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
 * A photo in the body: the image, its caption typed in place, and its credit and alt text.
 * Plain DOM rather than a React node view: a long story holds dozens of figures, and mounting a
 * React root for each was most of the time it took to open one. TipTap's NodeView supplies what
 * the React view had: inputs keep their own events (stopEvent), the image is the drag handle.
 *
 * Credit and alt text are a line of text under the caption until the figure is being edited (the
 * caret in its caption, the figure selected, or a click on that line); then they are inputs.
 * Chromium's native work at every keystroke grows with each element in the editable body, and two
 * labelled inputs per figure were a third of a long story's elements.
 */
export class FigureView extends NodeView<null> {
  private readonly figure: HTMLElement;
  private readonly handle: HTMLElement;
  private readonly meta: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly image: HTMLImageElement;
  private readonly summary: HTMLElement;
  private readonly missing: HTMLParagraphElement;
  /** The credit and alt inputs, made the first time the figure is edited. */
  private fields: { credit: HTMLInputElement; alt: HTMLInputElement; labels: HTMLElement[] } | null = null;
  private shownSrc = '';
  private selected = false;
  /** The caret is in the caption (caretBlocks.ts marks the block). */
  private caretInside = false;
  /** The credit line was just clicked. */
  private clicked = false;

  constructor(props: NodeViewRendererProps) {
    super(null, props);
    this.caretInside = holdsCaret(props.decorations);
    this.image = element('img', { draggable: false });
    this.handle = element('div', { className: 'figure-image', contentEditable: 'false', draggable: true });
    this.handle.dataset.dragHandle = '';
    this.caption = element('figcaption', { className: 'figure-caption' });
    this.caption.setAttribute('aria-label', 'Caption');
    this.summary = element('p', { className: 'figure-summary', title: 'Click to edit the credit and alt text' });
    this.missing = element('p', { className: 'figure-missing' });
    this.missing.setAttribute('role', 'note');
    this.meta = element('div', { className: 'figure-meta', contentEditable: 'false' }, this.summary);
    this.summary.addEventListener('mousedown', (event) => this.editFromSummary(event));
    // Leaving the inputs (for anywhere but each other) ends the edit unless the caret is in the
    // figure; the focus has moved on only once the focusout task is over.
    this.meta.addEventListener('focusout', () => setTimeout(() => this.render()));
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

  /** Whether the credit and alt are inputs now. */
  private get editing(): boolean {
    return this.selected || this.caretInside || this.clicked || (this.fields !== null && this.meta.contains(this.figure.ownerDocument.activeElement));
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
    this.renderMeta();
    this.image.alt = String(attrs.alt);
    // A figure without its photo says so in the image's place; alt text waits for the photo.
    const note = missing.length && attrs.src ? `Missing: ${missing.join(', ')}` : '';
    if (this.missing.textContent !== note) this.missing.textContent = note;
    if (!note) this.missing.remove();
    else if (this.missing.parentNode !== this.meta) this.meta.append(this.missing);
    // Only an asset id is a photo: anything else a figure holds is never loaded.
    const src = isAssetId(attrs.src) ? attrs.src : '';
    this.figure.classList.toggle('figure-photo-missing', !src);
    if (!src) this.showPhotoMissing();
    if (src !== this.shownSrc) {
      this.shownSrc = src;
      if (!src) return;
      // The image goes in once its URL is known (an <img> without a source counts as loaded); a
      // figure whose photo changed meanwhile ignores the old answer.
      this.image.remove();
      this.handle.textContent = '';
      void assetUrl(src).then((url) => {
        if (this.shownSrc !== src) return;
        this.image.src = url;
        this.handle.append(this.image);
      });
    }
  }

  /** The image's place holds the notice until a photo is added; the image goes in when it comes. */
  private showPhotoMissing(): void {
    this.image.remove();
    if (this.handle.textContent !== PHOTO_MISSING) this.handle.textContent = PHOTO_MISSING;
  }

  /** Credit and alt as inputs while the figure is edited, as a line of text otherwise. */
  private renderMeta(): void {
    const { credit, alt } = this.node.attrs;
    if (this.editing) {
      this.fields ??= this.makeFields();
      showValue(this.fields.credit, credit);
      showValue(this.fields.alt, alt);
      // By parent, not isConnected: a view made while the caret is in it renders before it is in the page.
      if (this.summary.parentNode === this.meta) this.summary.replaceWith(...this.fields.labels);
      return;
    }
    const text = `Credit: ${String(credit || '—')} · Alt text: ${String(alt || '—')}`;
    if (this.summary.textContent !== text) this.summary.textContent = text;
    if (this.summary.parentNode !== this.meta && this.fields) {
      this.fields.labels[0].before(this.summary);
      for (const label of this.fields.labels) label.remove();
    }
  }

  private makeFields(): NonNullable<FigureView['fields']> {
    const credit = attributeInput(this, 'credit', { placeholder: 'Photographer/Agency' });
    const alt = attributeInput(this, 'alt', { placeholder: 'What the photo shows' });
    const labels = [element('label', {}, document.createTextNode('Credit'), credit), element('label', {}, document.createTextNode('Alt text'), alt)];
    return { credit, alt, labels };
  }

  /** A click on the credit line opens the inputs with the credit focused; the focus keeps them open. */
  private editFromSummary(event: MouseEvent): void {
    event.preventDefault();
    this.clicked = true;
    this.render();
    this.clicked = false;
    this.fields?.credit.focus();
  }

  update(node: ProseMirrorNode, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type) return false;
    const caret = holdsCaret(decorations);
    if (node !== this.node || caret !== this.caretInside) {
      this.node = node;
      this.caretInside = caret;
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
