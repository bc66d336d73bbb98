import { useEffect, useId, useState } from 'react';
import { call } from '../api';

interface DatelinePlaceProps {
  value: string;
  onChange(place: string): void;
}

/** The dateline's place, suggesting places already used in the library (most used first). */
export function DatelinePlace({ value, onChange }: DatelinePlaceProps) {
  const listId = useId();
  const [places, setPlaces] = useState<string[]>([]);
  useEffect(() => {
    let current = true;
    call('listPlaces', { prefix: value.trim() })
      .then((found) => current && setPlaces(found.filter((place) => place !== value)))
      // Suggestions are a convenience: without them the field still works.
      .catch(() => current && setPlaces([]));
    return () => {
      current = false;
    };
  }, [value]);
  return (
    <label>
      Place
      <input name="dateline-place" list={listId} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
      <datalist id={listId}>
        {places.map((place) => (
          <option key={place} value={place} />
        ))}
      </datalist>
    </label>
  );
}
