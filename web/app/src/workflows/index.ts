/**
 * The workflows a page can offer next to a fact: each a small form that calls the owner's mutation
 * with the entity's version (expectedVersion), shows the server's validation errors next to the
 * field that caused them, and renders nothing when the signed-in token lacks the scope.
 *
 * CONTRACT FOR PARALLEL WORK (issue 13): web/app/src/workflows/ implements these; the pages mount
 * them. Replace each placeholder below with its real component file.
 */
export interface InvoiceForPayment {
  id: string;
  version: number;
  status: string;
  balance: { amount: string; currencyCode: string };
}
export interface DealToMove {
  id: string;
  version: number;
  stage: string;
}
export interface ProjectForDelivery {
  id: string;
  version: number;
  health: string;
}

export function RecordPayment(_props: { invoice: InvoiceForPayment }) {
  return null;
}
export function MoveDeal(_props: { deal: DealToMove }) {
  return null;
}
export function SetProjectHealth(_props: { project: ProjectForDelivery }) {
  return null;
}
export function LogTime(_props: { project: { id: string } }) {
  return null;
}
