import type { BodyMark, BodyNode } from '../story/body';
import { InlineBuilder, linkMark } from './inline';
import { isElement, localName, type XmlElement, type XmlNode } from './xml';

/**
 * Inline XML (NITF enriched text, XHTML) as body text nodes. Links and line breaks read the
 * same in every format; `emphasisOf` says which elements are bold or italic in this one.
 * Elements without a Galley mark keep their text.
 */
export function inlineFromXml(nodes: readonly XmlNode[], emphasisOf: (element: XmlElement) => BodyMark | null): BodyNode[] {
  const builder = new InlineBuilder();
  const walk = (items: readonly XmlNode[], marks: readonly BodyMark[]): void => {
    for (const item of items) {
      if (!isElement(item)) {
        builder.text(item, marks);
        continue;
      }
      const name = localName(item.name);
      if (name === 'br') builder.hardBreak();
      else if (name === 'a') walk(item.children, [...marks, ...linkMark(item.attrs.href ?? '')]);
      else {
        const mark = emphasisOf(item);
        walk(item.children, mark ? [...marks, mark] : marks);
      }
    }
  };
  walk(nodes, []);
  return builder.nodes;
}
