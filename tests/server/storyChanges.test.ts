// What an incoming Yjs update changes in a story, as the server's role checks see it.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { effectOfUpdate } from '../../server/storyChanges';

/** The server's copy of a story with a paragraph and a headline, and a client that has synced it. */
function serverAndClient(): { server: Y.Doc; client: Y.Doc } {
  const server = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Grain ships left Odesa.')]);
  server.getXmlFragment('body').push([paragraph]);
  server.getMap('fields').set('headline', 'Ships leave');
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** The update a client's edit produces. */
function updateOf(client: Y.Doc, edit: () => void): Uint8Array {
  const before = Y.encodeStateVector(client);
  edit();
  return Y.encodeStateAsUpdate(client, before);
}

describe('effectOfUpdate', () => {
  it('sees typing inside a paragraph as a body change', () => {
    const { server, client } = serverAndClient();
    const update = updateOf(client, () => {
      const text = (client.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText;
      text.insert(0, 'Monday: ');
    });
    expect(effectOfUpdate(server, update)).toEqual({ kind: 'changes', changes: [{ part: 'body' }] });
  });

  it('names the field and the new value of a field change, nested or not', () => {
    const { server, client } = serverAndClient();
    const update = updateOf(client, () => {
      client.getMap('fields').set('status', 'ready');
      client.getMap('review').set('notes', new Y.Array());
    });
    expect(effectOfUpdate(server, update)).toEqual({
      kind: 'changes',
      changes: expect.arrayContaining([
        { part: 'fields', key: 'status', value: 'ready' },
        { part: 'review', key: 'notes', value: expect.any(Y.Array) },
      ]),
    });
    const nested = updateOf(client, () => (client.getMap('review').get('notes') as Y.Array<string>).push(['checked']));
    Y.applyUpdate(server, update);
    expect(effectOfUpdate(server, nested)).toEqual({ kind: 'changes', changes: [{ part: 'review', key: 'notes', value: expect.any(Y.Array) }] });
  });

  it('sees deleting a field as a change to that field', () => {
    const { server, client } = serverAndClient();
    const update = updateOf(client, () => client.getMap('fields').delete('headline'));
    expect(effectOfUpdate(server, update)).toEqual({ kind: 'changes', changes: [{ part: 'fields', key: 'headline', value: undefined }] });
  });

  it('names a part a story does not have', () => {
    const { server, client } = serverAndClient();
    const update = updateOf(client, () => client.getArray('payload').push([1]));
    expect(effectOfUpdate(server, update)).toEqual({ kind: 'changes', changes: [{ part: 'unknown', name: 'payload' }] });
  });

  it('finds no change in an update the server already holds', () => {
    const { server } = serverAndClient();
    expect(effectOfUpdate(server, Y.encodeStateAsUpdate(server))).toEqual({ kind: 'changes', changes: [] });
  });

  it('will not judge an update that builds on edits the server has not seen', () => {
    const { server, client } = serverAndClient();
    const paragraph = new Y.XmlElement('paragraph');
    updateOf(client, () => client.getXmlFragment('body').push([paragraph]));
    const second = updateOf(client, () => paragraph.insert(0, [new Y.XmlText('typed into a paragraph the server never got')]));
    expect(effectOfUpdate(server, second)).toEqual({ kind: 'incomplete' });
  });
});
