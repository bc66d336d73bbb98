// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPastedDocument, type PasteDocument } from '../../../src/editor/pasteHtml';

function clean(html: string): string {
  return cleanPastedDocument(new DOMParser().parseFromString(html, 'text/html') as unknown as PasteDocument).replace(/\s+/g, ' ').trim();
}
// happy-dom rewrites import.meta.url to the page's; fixtures are found from the repository root.
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/paste', name), 'utf8');

describe('cleanPastedHtml', () => {
  it('turns Word list paragraphs into lists, one per Word list id, numbered by their marker', () => {
    const html = clean(fixture('word.html'));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const items = (selector: string) => Array.from(doc.querySelectorAll(selector), (li) => li.textContent);
    expect(items('ul > li')).toEqual(['Cost: £4m', 'Work starts in March']);
    expect(items('ol > li')).toEqual(['Consultation', 'Construction']);
    expect(html).not.toMatch(/mso-|Mso|o:p|·|file:/);
    expect(html).toContain('<h2>');
  });

  it('drops scripts, handlers, unsafe links and remote images; keeps weight and style for marks', () => {
    expect(clean('<p onclick="x()" style="color:red;font-weight:700">a<script>b()</script></p>')).toBe('<p style="font-weight:700">a</p>');
    expect(clean('<a href="javascript:alert(1)">x</a><a href="DATA:text/html,x">y</a>')).toBe('<a>x</a><a>y</a>');
    expect(clean('<p>t<img src="https://t.example/p.gif" width="1"></p>')).toBe('<p>t</p>');
    expect(clean('<b id="docs-internal-guid-1" style="font-weight:normal"><p>g</p></b>')).toBe('<p>g</p>');
  });

  it('keeps a photo copied inside Galley by its asset id only: no address, no handler', () => {
    const id = 'ab'.repeat(32);
    expect(clean(`<figure><img data-asset-id="${id}" src="https://t.example/p.gif" onerror="x()" alt="a"><figcaption>c</figcaption></figure>`)).toBe(`<figure><img data-asset-id="${id}" alt="a"><figcaption>c</figcaption></figure>`);
  });

  it('takes markup the parser makes no body of as an empty paste (fuzz seed 1391540441, case 5,505)', () => {
    expect(clean('<template><</template><p><table><body></table></p>')).toBe('');
  });
});
