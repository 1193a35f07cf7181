import { useId, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { refetchShowing, type EntityRef } from '../live.ts';
import { NO_ERRORS, workflowErrors, type Refusal, type WorkflowErrors } from './errors.ts';

/** What every workflow form shares: one write at a time, the owner's errors, and what it changed. */

/** The props a Field hands its input, so the label and the error message belong to it. */
export interface FieldInputProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** A labelled input with the owner's message for it right beside it. */
export function Field({ label, error, children }: { label: string; error?: string; children: (input: FieldInputProps) => ReactNode }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': error ? errorId : undefined })}
      {error && (
        <span className="field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** A refusal in plain words, led by the registry code (FORBIDDEN, CONFLICT …) so it can be looked up. */
export function RefusalNote({ refusal }: { refusal: Refusal | null }) {
  if (!refusal) return null;
  return (
    <p className="refusal" role="alert" data-code={refusal.code}>
      <strong>{refusal.code}</strong> {refusal.message}
    </p>
  );
}

export interface Written {
  /** What to tell the person, e.g. "Payment recorded; balance now USD 10.00". */
  message: string;
  /** The entities the write changed: the queries showing them are fetched again. */
  changed: EntityRef[];
}

/**
 * Runs a write and keeps its outcome: the owner's errors split by the form's `fields`, or what
 * was written. A CONFLICT fetches `entity` again, so the form's next try carries its new version.
 */
export function useWorkflow(fields: readonly string[], entity: EntityRef) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<WorkflowErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (write: () => Promise<Written>): Promise<boolean> => {
    setBusy(true);
    setDone(null);
    try {
      const written = await write();
      setErrors(NO_ERRORS);
      setDone(written.message);
      void refetchShowing(client, written.changed);
      return true;
    } catch (error: unknown) {
      const refused = workflowErrors(error, fields);
      setErrors(refused);
      if (refused.refusal?.code === 'CONFLICT') void refetchShowing(client, [entity]);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, errors, done, submit, reset: () => setErrors(NO_ERRORS) };
}

/** Today as the owners count it (UTC, lib/dates.ts `today()`), so a default date is never "after today" there. */
export function serverToday(): string {
  return new Date().toISOString().slice(0, 10);
}
