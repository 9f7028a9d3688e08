import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/react';
import { dismissImportError, importFile } from '../../store/share';
import { useApp } from '../../store/store';
import { ShareProblemMessage } from './ShareProblemMessage';
import './share.css';

/** True when a drag carries files (not text or a link dragged within the page). */
function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Import results: a button that opens a file chooser, and the whole page as a drop target for a
 * results JSON file. The file is shown like a shared link (same validation, same messages).
 */
export function ImportResults() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const problem = useApp((s) => s.share.importError);
  const [dragging, setDragging] = useState(false);

  // The page is the drop zone: listen on window, show an overlay while a file is over it.
  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // allows the drop
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // never let the browser navigate away to the file
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void importFile(file);
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
  }, []);

  return (
    <>
      <button type="button" onClick={() => input.current?.click()} aria-describedby={hintId}>
        {t('share.import.button')}
      </button>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label={t('share.import.input')}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // the same file can be chosen again
          if (file) void importFile(file);
        }}
      />
      <span id={hintId} className="visually-hidden">
        {t('share.import.hint')}
      </span>
      {problem && (
        <div className="import-problem">
          <ShareProblemMessage problem={problem} source="file" onDismiss={dismissImportError} />
        </div>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('share.import.drop')}</p>
        </div>
      )}
    </>
  );
}
