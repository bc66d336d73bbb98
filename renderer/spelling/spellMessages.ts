/** What the page asks the spelling worker; `id` pairs each request with its response. */
export type SpellRequest =
  | { id: number; type: 'load'; base: string; language: string; extra: readonly string[] }
  | { id: number; type: 'check'; words: readonly string[] }
  | { id: number; type: 'suggest'; word: string }
  | { id: number; type: 'add'; word: string };

export type SpellResponse = { id: number; ok: true; misspelt?: string[]; suggestions?: string[] } | { id: number; ok: false; error: string };
