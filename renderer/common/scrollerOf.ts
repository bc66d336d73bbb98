/** The element that scrolls `element`: its nearest scrollable ancestor, else the page. */
export function scrollerOf(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return document.scrollingElement as HTMLElement;
}

/** The top edge and height of what `scroller` shows, in client coordinates. */
export function shownBox(scroller: HTMLElement): { top: number; height: number } {
  return scroller === document.scrollingElement ? { top: 0, height: window.innerHeight } : scroller.getBoundingClientRect();
}
