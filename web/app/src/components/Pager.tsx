/**
 * Previous and next page of a Relay connection. The API pages forward only (`after`), so going back
 * is the page remembering the cursors it came through.
 */
export interface PagerProps {
  /** 1 for the first page. */
  pageNumber: number;
  pageCount: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function Pager({ pageNumber, pageCount, hasPrevious, hasNext, onPrevious, onNext }: PagerProps) {
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" onClick={onPrevious} disabled={!hasPrevious}>
        Previous page
      </button>
      <span aria-live="polite">
        Page {pageNumber} of {Math.max(pageCount, 1)}
      </span>
      <button type="button" onClick={onNext} disabled={!hasNext}>
        Next page
      </button>
    </nav>
  );
}
