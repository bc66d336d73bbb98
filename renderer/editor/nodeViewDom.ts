import type { NodeView } from '@tiptap/core';

/** An element with its properties and children, for node views built without React. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const made = Object.assign(document.createElement(tag), props);
  made.append(...children);
  return made;
}

/** A text input that shows one attribute of the view's node and writes it as the user types. */
export function attributeInput(view: NodeView<null>, name: string, props: Partial<HTMLInputElement>): HTMLInputElement {
  // The default value, not the value: setting an input's value before it is in the page costs far
  // more, and a long story opens with dozens of these.
  const input = element('input', { ...props, defaultValue: String(view.node.attrs[name] ?? '') });
  input.addEventListener('input', () => view.updateAttributes({ [name]: input.value }));
  return input;
}

/** Shows the node's value in an input, leaving it alone when equal so the caret stays where the user is typing. */
export function showValue(input: HTMLInputElement, value: unknown): void {
  const text = String(value ?? '');
  if (input.value !== text) input.value = text;
}
