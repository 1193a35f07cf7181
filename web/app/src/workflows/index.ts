/**
 * The workflows a page can offer next to a fact: each a small form that calls the owner's mutation
 * with the entity's version (expectedVersion), shows the server's validation errors next to the
 * field that caused them, and renders nothing when the signed-in token lacks the scope.
 */
export type { DealToMove, InvoiceForPayment, ProjectForDelivery, ProjectForTime } from './types.ts';
export { LogTime } from './LogTime.tsx';
export { MoveDeal } from './MoveDeal.tsx';
export { RecordPayment } from './RecordPayment.tsx';
export { SetProjectHealth } from './SetProjectHealth.tsx';
