/** Dropping files or folders anywhere on the window imports them; an overlay shows where they will go. */
import { useEffect, useState } from 'react';
import { Icon } from '../ui/Icon';
import { droppedFiles } from './dropped-files';
import { useImport } from './import-context';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function DropZone() {
  const { importFiles } = useImport();
  const [active, setActive] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; counting them tells when the window is left.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setActive(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setActive(false);
      // The entries must be taken before the event returns; reading them can wait.
      if (event.dataTransfer) void droppedFiles(event.dataTransfer).then(importFiles, () => importFiles(Array.from(event.dataTransfer?.files ?? [])));
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
  }, [importFiles]);

  if (!active) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <div className="drop-zone-card">
        <Icon name="import" className="drop-icon" />
        <p>Drop to import into your library</p>
        <p className="muted">Text, Markdown or saved web pages (.txt, .md, .html)</p>
      </div>
    </div>
  );
}
