import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorAll, authorFixture, FIXTURE_DIR } from '../../fixtures/attribution/author';

describe('attribution fixtures', () => {
  it.each(authorAll())('$name.json is what author.ts makes of sources/$name.txt', ({ name, json }) => {
    expect(readFileSync(join(FIXTURE_DIR, `${name}.json`), 'utf8')).toBe(json);
  });

  it('turns markers into exact offsets, nested and split spans included', () => {
    const story = authorFixture(
      ['@1 direct', '@2 indirect resolves=Ana Ruiz', '! "woke" | scare quotes', '---', '⟦1c:"We will,"⟧ ⟦1s:⟦2s:Ruiz⟧⟧ ⟦1v:said⟧, ⟦1c:"win."⟧ ⟦2v:She⟧ ⟦2c:hates "woke" talk⟧.'].join('\n'),
      'inline',
    );
    expect(story.text).toBe('"We will," Ruiz said, "win." She hates "woke" talk.');
    const [direct, indirect] = story.quotes;
    expect(direct.contents.map((c) => story.text.slice(c.start, c.end))).toEqual(['"We will,"', '"win."']);
    expect(direct.sources[0]).toEqual({ start: 11, end: 15, text: 'Ruiz' });
    expect(indirect.sources[0].text).toBe('Ruiz');
    expect(indirect.source_resolves_to).toBe('Ana Ruiz');
  });

  it.each([
    ['a quote without content', '@1 direct\n---\n⟦1v:said⟧'],
    ['an unclosed marker', '@1 direct\n---\n⟦1c:"open'],
    ['an undeclared quote', '@1 direct\n---\n⟦1c:a⟧ ⟦1v:b⟧ ⟦2c:c⟧'],
    ['a non-speech mark missing from the text', '@1 direct\n! "x" | term\n---\n⟦1c:a⟧ ⟦1v:b⟧'],
  ])('refuses %s', (_name, source) => {
    expect(() => authorFixture(source, 'bad')).toThrow();
  });
});
