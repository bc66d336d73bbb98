import { useEffect, useState } from 'react';
import { normaliseHref } from '../../src/editor/sanitizeBody';
import { isHttpUrl, type RelatedLink } from '../../src/story/story';

interface RelatedLinksProps {
  links: RelatedLink[];
  /** Called with the rows that can be saved: those whose URL is http(s), and titles still waiting for their address. */
  onChange(links: RelatedLink[]): void;
  /** Some row is on screen but not saved (its URL is not a web address): why, or null. */
  onUnsaved(problem: string | null): void;
}

/** The rows with the one at `from` moved to `to`. */
function move<T>(rows: readonly T[], from: number, to: number): T[] {
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row);
  return next;
}

/** A typed URL as it is saved: `example.com/x` is https, as in the body's links; null when it cannot be a web address. */
function webAddress(typed: string): string | null {
  const href = normaliseHref(typed);
  return href && isHttpUrl(href) ? href : null;
}

/**
 * Related links: title + URL rows, each laid out to the column's width. A URL typed without its
 * scheme is saved (and shown, once the field is left) with https://; a row that cannot be a web
 * address stays on screen, marked, is not saved until fixed, and the story says it is not saved.
 */
export function RelatedLinks({ links, onChange, onUnsaved }: RelatedLinksProps) {
  const [rows, setRows] = useState<RelatedLink[]>(links);
  const refused = rows.filter((row) => row.url !== '' && !webAddress(row.url)).length;
  const problem = refused === 0 ? null : `${refused === 1 ? 'a related link is' : `${refused} related links are`} not a web address`;

  useEffect(() => {
    onUnsaved(problem);
    return () => onUnsaved(null);
  }, [problem, onUnsaved]);

  const update = (next: RelatedLink[]) => {
    setRows(next);
    // A title with no address yet is kept (readiness asks for the address); an address that
    // cannot be a web address is not saved.
    onChange(next.flatMap((row) => {
      if (row.url === '') return row.title.trim() !== '' ? [row] : [];
      const url = webAddress(row.url);
      return url ? [{ ...row, url }] : [];
    }));
  };
  const edit = (index: number, changes: Partial<RelatedLink>) => update(rows.map((r, i) => (i === index ? { ...r, ...changes } : r)));

  return (
    <fieldset className="related">
      <legend>Related links</legend>
      {rows.map((row, index) => {
        const invalid = row.url !== '' && !webAddress(row.url);
        return (
          <div className="related-row" key={index}>
            <input aria-label={`Related link ${index + 1} title`} placeholder="Title" value={row.title} onChange={(e) => edit(index, { title: e.target.value })} />
            <input
              aria-label={`Related link ${index + 1} URL`}
              placeholder="https://"
              value={row.url}
              aria-invalid={invalid}
              onChange={(e) => edit(index, { url: e.target.value.trim() })}
              onBlur={() => {
                const url = webAddress(row.url);
                if (url && url !== row.url) edit(index, { url });
              }}
            />
            <span className="related-actions">
              <button type="button" aria-label={`Move related link ${index + 1} up`} title="Move up" disabled={index === 0} onClick={() => update(move(rows, index, index - 1))}>
                ↑
              </button>
              <button type="button" aria-label={`Move related link ${index + 1} down`} title="Move down" disabled={index === rows.length - 1} onClick={() => update(move(rows, index, index + 1))}>
                ↓
              </button>
              <button type="button" aria-label={`Remove related link ${index + 1}`} onClick={() => update(rows.filter((_, i) => i !== index))}>
                Remove
              </button>
            </span>
            {invalid && (
              <p className="field-error" role="alert">
                Not saved: a related link must be a web address (https://…).
              </p>
            )}
          </div>
        );
      })}
      <button type="button" onClick={() => setRows([...rows, { title: '', url: '' }])}>
        Add related link
      </button>
    </fieldset>
  );
}
