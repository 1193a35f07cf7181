import type { ReactNode } from 'react';
import { Source } from './Source.tsx';

/** One labelled fact with its source beside it: a group named by its label, for people and for tests. */
export function Fact({ label, field, version, children }: { label: string; field: string; version?: number | null; children: ReactNode }) {
  return (
    <div className="fact" role="group" aria-label={label}>
      <span className="fact-label">{label}</span>
      <span className="fact-value">{children}</span>
      <Source field={field} version={version} />
    </div>
  );
}
