/**
 * Policy values of the review process, in one place. They are business decisions, not laws of
 * nature: change them here and the console and the API follow.
 */
export const REVIEW_POLICY = {
  /** Initial review must happen within this many working days of submission (domain.md §10). */
  initialReviewWorkingDays: 1,
  /** "Due soon" when the deadline is this close. */
  dueSoonMinutes: 120,
  /** After a call that did not connect, the next attempt waits this long (domain.md §8). */
  callRetryMinutes: 60,
  /** Unanswered attempts, each `callRetryMinutes` apart, before "applicant unreachable" may be chosen. */
  unreachableAfterAttempts: 2,
  /** The provincial bureau's review period, in working days (domain.md §10). */
  bureauWorkingDays: 20,
  /** Provinces whose bureau takes longer: Zhejiang, 30 working days. */
  bureauWorkingDaysByProvince: { '33': 30 } as Record<string, number>,
  /** A claim lapses after this long without activity by its holder (contracts: leases). */
  claimLeaseMinutes: 30,
  /** A page of any list holds at most this many rows (api.md). */
  maxPageSize: 100,
} as const;
