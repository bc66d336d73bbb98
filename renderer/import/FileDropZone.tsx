import { useEffect, useRef, useState } from 'react';

/** True for a drag that carries files (not text or a link dragged within the page). */
const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * While mounted, files dragged anywhere over the window show a drop zone and a drop hands them
 * to `onFiles`. Listening on the window rather than one element means a drop on any part of the
 * library counts, and a missed drop never makes the browser open the file in place of the app.
 */
export function FileDropZone({ onFiles }: { onFiles(files: File[]): void }) {
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child crossed; the depth says when the drag left the window.
  const depth = useRef(0);

  useEffect(() => {
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      onFiles(Array.from(event.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFiles]);

  if (!dragging) return null;
  return (
    <div className="drop-zone" role="region" aria-label="Drop files to import">
      <p>Drop NITF, NewsML-G2, ninjs, .txt or .md files, or saved web pages with their photos, to import them</p>
    </div>
  );
}
