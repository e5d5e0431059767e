import { useState, type DragEvent } from 'react';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files');

/**
 * Lets the reader drop a file onto an element: only drags that carry files are taken (dragged text
 * keeps its usual behaviour), and `dragging` says when to show that a drop is welcome.
 */
export function useFileDrop(onFile: (file: File) => void) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver(event: DragEvent<HTMLElement>) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave(event: DragEvent<HTMLElement>) {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop(event: DragEvent<HTMLElement>) {
      const file = event.dataTransfer.files[0];
      setDragging(false);
      if (!file) return;
      event.preventDefault();
      onFile(file);
    },
  };
  return { dragging, handlers };
}
