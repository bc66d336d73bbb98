import { useRef, type KeyboardEvent } from 'react';

interface TabListProps<T extends string> {
  /** The tab list's accessible name. */
  label: string;
  tabs: readonly T[];
  selected: NoInfer<T>;
  /** What each tab says. */
  name(tab: NoInfer<T>): string;
  onSelect(tab: NoInfer<T>): void;
  /** The id of the element the tabs show (aria-controls). */
  controls?: string;
}

/** The key that moves the selection, and where to: the ARIA tabs pattern's arrows, Home and End. */
const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at + count - 1) % count,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

/**
 * Tabs as the WAI-ARIA tabs pattern has them: one Tab stop (the selected tab), the arrow keys,
 * Home and End move along the row and select as they go (automatic activation).
 */
export function TabList<T extends string>({ label, tabs, selected, name, onSelect, controls }: TabListProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(tabs.indexOf(selected), tabs.length);
    onSelect(tabs[next]);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label={label} className="format-tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          aria-selected={tab === selected}
          aria-controls={controls}
          tabIndex={tab === selected ? 0 : -1}
          className={tab === selected ? 'tab selected' : 'tab'}
          onClick={() => onSelect(tab)}
        >
          {name(tab)}
        </button>
      ))}
    </div>
  );
}
