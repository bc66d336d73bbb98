import { useEffect, useState } from 'react';

/** Focus mode hides the side panels so only the body remains: Ctrl/Cmd+Shift+F or the View menu. */
export function useFocusMode(): [boolean, (on: boolean) => void] {
  const [focus, setFocus] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setFocus((on) => !on);
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = window.galley.onMenuCommand((command) => command === 'focus-mode' && setFocus((on) => !on));
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);
  return [focus, setFocus];
}
