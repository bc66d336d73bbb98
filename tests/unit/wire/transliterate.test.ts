import { describe, expect, it } from 'vitest';
import { createFieldSpeller, describeChanges, mergeChanges, transliterate } from '../../../src/wire/transliterate';

describe('transliterate to ASCII', () => {
  it.each([
    ['é', 'e'], ['Ñ', 'N'], ['ü', 'u'], ['ß', 'ss'], ['Æ', 'AE'], ['œ', 'oe'], ['ø', 'o'], ['Ł', 'L'], ['þ', 'th'],
    ['‘', "'"], ['’', "'"], ['“', '"'], ['”', '"'], ['„', '"'], ['«', '"'], ['–', '-'], ['—', '--'], ['…', '...'],
    ['€', 'EUR'], ['£', 'GBP'], ['©', '(c)'], ['½', '1/2'], ['ﬁ', 'fi'], ['\u00a0', ' '], ['\t', ' '],
    ['e\u0301', 'e'], ['x\u0303', 'x'],
  ])('%j -> %j', (from, to) => {
    const result = transliterate(from, 'ascii');
    expect(result.text).toBe(to);
    expect(result.changes).toEqual([{ from: from.normalize('NFC'), to, count: 1, unrepresentable: false }]);
  });

  it.each([['👍🏽'], ['👨‍👩‍👧'], ['\u0002'], ['\u200b']])('%j has no ASCII spelling: one ? per character as the reader sees it', (from) => {
    const result = transliterate(from, 'ascii');
    expect(result.text).toBe('?');
    expect(result.changes).toEqual([{ from, to: '?', count: 1, unrepresentable: true }]);
  });

  it.each([
    ['Путин', 'Putin'], ['Владимир Путин', 'Vladimir Putin'], ['Αθήνα', 'Athina'], ['北京', 'Beijing'], ['서울', 'Seoul'], ['Zelensky (Зеленський)', "Zelensky (Zelens'kiy)"],
  ])('%j is spelled in Latin letters a word at a time: %j', (from, to) => {
    const result = transliterate(from, 'ascii');
    expect(result.text).toBe(to);
    expect(result.changes.every((change) => !change.unrepresentable && !/^.$/u.test(change.from))).toBe(true);
  });

  it('reports a name in another script once per word, with how often it occurs', () => {
    const result = transliterate('Путин met Путин’s envoy in Київ', 'ascii');
    expect(result.text).toBe("Putin met Putin's envoy in Kiiv");
    expect(describeChanges(result.changes)).toBe("Путин → Putin, 2 places; ’ → ', 1 place; Київ → Kiiv, 1 place");
  });

  it('leaves ASCII alone and reports nothing', () => {
    const ascii = 'Plain "ASCII" text -- with (c) 100% of its ~symbols!';
    expect(transliterate(ascii, 'ascii')).toEqual({ text: ascii, changes: [] });
  });

  it('counts each change, in order of first occurrence', () => {
    const result = transliterate('é “a” é é', 'ascii');
    expect(result.text).toBe('e "a" e e');
    expect(describeChanges(result.changes)).toBe('é → e, 3 places; “ → ", 1 place; ” → ", 1 place');
  });
});

describe('transliterate to ISO 8859-1', () => {
  it('keeps Latin-1 letters and changes the rest', () => {
    const result = transliterate('Grüße “à” Œuvre 東京', 'latin1');
    expect(result.text).toBe('Grüße "à" OEuvre Dongjing');
    expect(result.changes.map((change) => `${change.from}→${change.to}`)).toEqual(['“→"', '”→"', 'Œ→OE', '東京→Dongjing']);
  });

  it('never lets a C1 control byte through', () => {
    expect(transliterate('\u0085', 'latin1').text).toBe('?');
  });
});

describe('reporting', () => {
  it('merges the changes of several texts', () => {
    const merged = mergeChanges([transliterate('é', 'ascii').changes, transliterate('éß', 'ascii').changes]);
    expect(describeChanges(merged)).toBe('é → e, 2 places; ß → ss, 1 place');
  });

  it('reports one transliterated and one unrepresentable loss per field, fields in first-use order', () => {
    const speller = createFieldSpeller('ascii', 'ASCII');
    expect(speller.spell('body', 'café 👍')).toBe('cafe ?');
    expect(speller.spell('headline', 'plain')).toBe('plain');
    expect(speller.spell('body', 'é')).toBe('e');
    expect(speller.losses()).toEqual([
      { code: 'transliterated', field: 'body', message: 'ASCII: é → e, 2 places' },
      { code: 'unrepresentable', field: 'body', message: 'ASCII cannot carry 👍 (1 place): written as ?' },
    ]);
  });
});
