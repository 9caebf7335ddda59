import type { LookupKind } from '../domain/lookup';
import type { OrderStatus } from '../domain/types';

/** `GET /api/lookup` (api.md "Lookup"). */
export interface LookupOrder {
  id: string;
  status: OrderStatus;
  type: string;
  submittedAt: string;
  subjectName: string;
  domains: string[];
  matchedOn: LookupKind;
  matchedValue: string;
  score: number;
}

export interface LookupGroup {
  subjectKey: string;
  subjectName: string;
  certificateNumber: string;
  orders: LookupOrder[];
}

export interface LookupAnswer {
  query: string;
  kinds: LookupKind[];
  total: number;
  truncated: boolean;
  groups: LookupGroup[];
}
