/** A piece of preview text and how to colour it. Rendered as React text, never as HTML. */
export interface Token {
  kind: 'plain' | 'tag' | 'attr' | 'value' | 'key' | 'string' | 'number' | 'control' | 'comment';
  text: string;
}

/** The names wire framing gives its control bytes; shown as ⟨SOH⟩ etc. so the desk sees them. */
const CONTROL_NAMES: Record<number, string> = { 0x01: 'SOH', 0x02: 'STX', 0x03: 'ETX', 0x04: 'EOT', 0x11: 'DC1', 0x12: 'DC2', 0x13: 'DC3', 0x16: 'SYN', 0x1f: 'US', 0x7f: 'DEL' };

const XML = /(<!--[\s\S]*?-->)|(<\/?[\w:.-]+)|([\w:.-]+)(=)("[^"]*"|'[^']*')|(\/?>)/g;
const JSON_TOKENS = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b/g;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

function pushPlain(tokens: Token[], text: string): void {
  let last = 0;
  for (const match of text.matchAll(CONTROL)) {
    if (match.index > last) tokens.push({ kind: 'plain', text: text.slice(last, match.index) });
    const code = match[0].charCodeAt(0);
    tokens.push({ kind: 'control', text: `⟨${CONTROL_NAMES[code] ?? `0x${code.toString(16).padStart(2, '0')}`}⟩` });
    last = match.index + 1;
  }
  if (last < text.length) tokens.push({ kind: 'plain', text: text.slice(last) });
}

/** Splits preview text into coloured tokens: XML tags and attributes, JSON keys and values, control bytes. */
export function highlight(text: string, language: 'xml' | 'json' | 'text'): Token[] {
  const tokens: Token[] = [];
  if (language === 'text') {
    pushPlain(tokens, text);
    return tokens;
  }
  const pattern = language === 'xml' ? XML : JSON_TOKENS;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    pushPlain(tokens, text.slice(last, m.index));
    if (language === 'xml') {
      if (m[1]) tokens.push({ kind: 'comment', text: m[1] });
      else if (m[2]) tokens.push({ kind: 'tag', text: m[2] });
      else if (m[3]) tokens.push({ kind: 'attr', text: m[3] }, { kind: 'plain', text: m[4] }, { kind: 'value', text: m[5] });
      else tokens.push({ kind: 'tag', text: m[6] });
    } else if (m[1]) {
      tokens.push({ kind: m[2] ? 'key' : 'string', text: m[1] });
      if (m[2]) tokens.push({ kind: 'plain', text: m[2] });
    } else tokens.push({ kind: 'number', text: m[3] ?? m[4] });
    last = m.index + m[0].length;
  }
  pushPlain(tokens, text.slice(last));
  return tokens;
}
