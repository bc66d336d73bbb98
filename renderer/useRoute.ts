import { useCallback, useEffect, useState } from 'react';

export type Route = { view: 'library' } | { view: 'trash' } | { view: 'story'; id: string };

function parseHash(hash: string): Route {
  if (hash === '#/trash') return { view: 'trash' };
  const match = /^#\/story\/([0-9A-Za-z]+)$/.exec(hash);
  return match ? { view: 'story', id: match[1] } : { view: 'library' };
}

/** The open view lives in the URL hash, so a reload (or a crash and restart) reopens the same story. */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    window.location.hash = next.view === 'story' ? `#/story/${next.id}` : next.view === 'trash' ? '#/trash' : '#/';
  }, []);
  return [route, navigate];
}
