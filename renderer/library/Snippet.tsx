/** A search snippet: the store marks matches with [[ and ]]; they become <mark>, everything else stays text. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[\[.*?\]\])/g).filter(Boolean);
  return (
    <span className="snippet">
      {parts.map((part, i) => (part.startsWith('[[') && part.endsWith(']]') ? <mark key={i}>{part.slice(2, -2)}</mark> : <span key={i}>{part}</span>))}
    </span>
  );
}
