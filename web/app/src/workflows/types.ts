/** What a page hands each workflow: the entity as it shows it, with the version the write is based on. */

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

export interface ProjectForTime {
  id: string;
}
