import { useState } from 'react';

interface KeywordsInputProps {
  keywords: string[];
  onChange(keywords: string[]): void;
}

/** Keywords as tokens: Enter or a comma adds one, Backspace in the empty box removes the last. */
export function KeywordsInput({ keywords, onChange }: KeywordsInputProps) {
  const [text, setText] = useState('');
  const add = (raw: string) => {
    const words = raw.split(',').map((w) => w.trim()).filter((w) => w && !keywords.includes(w));
    if (words.length) onChange([...keywords, ...words]);
    setText('');
  };
  return (
    <div className="keywords">
      <ul aria-label="Keywords">
        {keywords.map((keyword) => (
          <li key={keyword} className="token">
            {keyword}
            <button type="button" aria-label={`Remove keyword ${keyword}`} onClick={() => onChange(keywords.filter((k) => k !== keyword))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        aria-label="Add keyword"
        placeholder="Add keyword"
        value={text}
        onChange={(e) => (e.target.value.includes(',') ? add(e.target.value) : setText(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(text);
          } else if (e.key === 'Backspace' && !text && keywords.length) {
            onChange(keywords.slice(0, -1));
          }
        }}
        onBlur={() => text && add(text)}
      />
    </div>
  );
}
