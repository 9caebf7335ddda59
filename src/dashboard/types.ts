import type { AgreementRow } from '../domain/qa';
import type { DashboardStats, DayDecisions, ReviewerLoad } from '../domain/stats';

/** The answers of `GET /api/stats/*` (docs/api.md). */
export type DashboardAnswer = DashboardStats & { agreement: AgreementRow[] };

export type MyStatsAnswer = ReviewerLoad & {
  from: string;
  to: string;
  decisions: DashboardStats['decisions'];
  throughput: DayDecisions[];
  agreement: AgreementRow | null;
};

export type WorkloadRow = ReviewerLoad & { id: string; name: string };
