import { isAssetId } from '../editor/figure/imageFile';
import type { BodyNode } from '../story/body';
import { addressedLinks, type Story } from '../story/story';
import type { Loss } from './types';

/**
 * The story as the wire may see it: figures still waiting for their photo and related titles
 * without an address are left out (readiness blocks a send until they are fixed; a preview still
 * renders), and every figure's source note (an outside address or file name kept for the desk) is
 * dropped, because it is never sent. Each part left out is a Loss the preview shows.
 */
export function withoutUnfinishedParts(story: Story): { story: Story; losses: Loss[] } {
  const losses: Loss[] = [];
  // A src that is not an asset id is no photo either: whatever it names never reaches the wire.
  const photoless = story.body.content.filter((node) => node.type === 'figure' && !isAssetId(node.attrs?.src));
  const related = addressedLinks(story.related);
  const notes = story.body.content.some((node) => node.type === 'figure' && node.attrs?.sourceNote);
  if (photoless.length === 0 && related.length === story.related.length && !notes) return { story, losses };
  if (photoless.length > 0) {
    losses.push({ code: 'figure-photo-missing', field: 'figures', message: `${photoless.length} figure(s) without a photo left out, with their captions and credits: add the photo or remove the figure.` });
  }
  const unaddressed = story.related.length - related.length;
  if (unaddressed > 0) losses.push({ code: 'related-url-missing', field: 'related', message: `${unaddressed} related link(s) without an address left out.` });
  const content = story.body.content.filter((node) => !photoless.includes(node)).map(withoutSourceNote);
  return { story: { ...story, body: { ...story.body, content }, related }, losses };
}

function withoutSourceNote(node: BodyNode): BodyNode {
  if (node.type !== 'figure' || node.attrs?.sourceNote === undefined) return node;
  const { sourceNote: _dropped, ...attrs } = node.attrs;
  return { ...node, attrs };
}
