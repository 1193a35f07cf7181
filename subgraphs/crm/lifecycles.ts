import { defineLifecycle } from '../../lib/lifecycle.ts';
import type { ClientStatus, ContractStatus, DealStage } from './__generated__/resolvers-types.ts';

export const clientLifecycle = defineLifecycle<ClientStatus>('Client', {
  field: 'status',
  next: {
    PROSPECT: ['ACTIVE', 'CHURNED', 'MERGED'],
    ACTIVE: ['CHURNED', 'MERGED'],
    // A churned client who signs again is active again; the history stays in the audit trail.
    CHURNED: ['ACTIVE', 'MERGED'],
    // A tombstone (mergeClients): only ever read, as the survivor it points at.
    MERGED: [],
  },
  events: { MERGED: 'merged' },
});

export const dealLifecycle = defineLifecycle<DealStage>('Deal', {
  field: 'stage',
  next: {
    LEAD: ['QUALIFIED', 'LOST'],
    QUALIFIED: ['PROPOSAL', 'LOST'],
    PROPOSAL: ['WON', 'LOST'],
    WON: [],
    LOST: [],
  },
  events: { WON: 'won', LOST: 'lost' },
});

export const contractLifecycle = defineLifecycle<ContractStatus>('Contract', {
  field: 'status',
  next: {
    DRAFT: ['ACTIVE', 'CANCELLED'],
    ACTIVE: ['RENEWED', 'EXPIRED', 'CANCELLED'],
    RENEWED: [],
    EXPIRED: [],
    CANCELLED: [],
  },
  events: { ACTIVE: 'activated', RENEWED: 'renewed', EXPIRED: 'expired', CANCELLED: 'cancelled' },
});
