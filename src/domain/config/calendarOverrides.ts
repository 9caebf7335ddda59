/**
 * Working-day calendars for years the `chinese-days` package does not cover yet. The State Council
 * usually publishes next year's schedule in November; until a package release carries it, add the
 * year here (holidays that fall on weekdays, and the make-up weekend workdays) and the review
 * deadlines for that year are computed instead of refused.
 */
export interface CalendarYear {
  year: number;
  /** Official days off (法定节假日), any weekday. */
  holidays: string[];
  /** Weekend days that are working days (调休上班). */
  workdays: string[];
  source: string;
}

export const CALENDAR_OVERRIDES: CalendarYear[] = [];
