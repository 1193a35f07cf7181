import { useState, type SyntheticEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../__generated__/gql.ts';
import { useSession } from '../session.tsx';
import { Field, RefusalNote, useWorkflow } from './form.tsx';
import type { InvoiceForPayment } from './types.ts';

const RECORD_PAYMENT = graphql(`
  mutation WorkflowRecordPayment($invoiceId: ID!, $input: RecordPaymentInput!, $expectedVersion: Int) {
    recordPayment(invoiceId: $invoiceId, input: $input, expectedVersion: $expectedVersion) {
      id
      version
      status
      overdue
      amountPaid {
        amount
        currencyCode
      }
      balance {
        amount
        currencyCode
      }
      client {
        id
      }
    }
  }
`);

const FIELDS = ['input.amount', 'input.paidOn', 'input.reference'];

/**
 * Records a payment against a SENT invoice (accounting's recordPayment), at the version shown.
 * Needs accounting:write: without it there is no button at all.
 */
export function RecordPayment({ invoice }: { invoice: InvoiceForPayment }) {
  const session = useSession();
  const client = useApolloClient();
  const workflow = useWorkflow(FIELDS, { __typename: 'Invoice', id: invoice.id });
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState(invoice.balance.amount);
  const [paidOn, setPaidOn] = useState('');
  const [reference, setReference] = useState('');

  if (!session.can('accounting:write') || invoice.status !== 'SENT') return null;
  if (!open) {
    return (
      <span className="workflow">
        <button
          type="button"
          onClick={() => {
            // The balance as shown now (a live update may have changed it since mount).
            setAmount(invoice.balance.amount);
            setOpen(true);
          }}
        >
          Record payment
        </button>
        {workflow.done && <span role="status">{workflow.done}</span>}
      </span>
    );
  }

  const record = async (event: SyntheticEvent) => {
    event.preventDefault();
    const recorded = await workflow.submit(async () => {
      const { data } = await client.mutate({
        mutation: RECORD_PAYMENT,
        variables: {
          invoiceId: invoice.id,
          // Empty optional fields are left to the owner's defaults (paid today, no reference).
          input: { amount: amount.trim(), paidOn: paidOn || null, reference: reference || null },
          expectedVersion: invoice.version,
        },
      });
      const paid = data.recordPayment;
      return {
        message: `Payment recorded; balance now ${paid.balance.currencyCode} ${paid.balance.amount}`,
        changed: [
          { __typename: 'Invoice', id: paid.id },
          { __typename: 'Client', id: paid.client.id },
        ],
      };
    });
    if (recorded) setOpen(false);
  };

  return (
    <form
      className="workflow-form"
      aria-label={`Record a payment against ${invoice.id}`}
      noValidate
      onSubmit={(event) => void record(event)}
    >
      <Field label={`Amount (${invoice.balance.currencyCode})`} error={workflow.errors.fields['input.amount']}>
        {(input) => <input {...input} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />}
      </Field>
      <Field label="Paid on" error={workflow.errors.fields['input.paidOn']}>
        {(input) => <input {...input} type="date" value={paidOn} onChange={(event) => setPaidOn(event.target.value)} />}
      </Field>
      <Field label="Reference" error={workflow.errors.fields['input.reference']}>
        {(input) => <input {...input} value={reference} onChange={(event) => setReference(event.target.value)} />}
      </Field>
      <RefusalNote refusal={workflow.errors.refusal} />
      <div className="workflow-actions">
        <button type="submit" disabled={workflow.busy}>
          Record
        </button>
        <button
          type="button"
          onClick={() => {
            workflow.reset();
            setOpen(false);
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
