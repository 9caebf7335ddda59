import type { AuditEvent } from '../domain/types';

/**
 * The audit log as CSV: UTF-8 with a byte-order mark (Excel otherwise reads Chinese as mojibake),
 * CRLF line ends, RFC 4180 quoting. Cells that a spreadsheet would run as a formula are prefixed
 * with an apostrophe: applicant text must never execute on a supervisor's machine.
 */

export const CSV_BOM = '\uFEFF';

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface CsvLabels {
  header: readonly string[];
  actor(id: string): string;
  role(role: string): string;
  action(action: string): string;
  status(status: string | null): string;
  details(details: Record<string, unknown>): string;
}

export function auditRows(events: readonly AuditEvent[], labels: CsvLabels): string[][] {
  return [
    [...labels.header],
    ...events.map((event) => [
      event.at,
      labels.actor(event.actorId),
      labels.role(event.actorRole),
      labels.action(event.action),
      event.orderId ?? '',
      event.fromStatus || event.toStatus
        ? `${labels.status(event.fromStatus)} → ${labels.status(event.toStatus)}`
        : '',
      labels.details(event.details),
      event.id,
    ]),
  ];
}

/** Details in one line of words: reasons and overrides with their texts, other keys as values. */
export function detailsText(
  details: Record<string, unknown>,
  label: (key: string, value: unknown) => string,
): string {
  return Object.entries(details)
    .filter(
      ([key, value]) => key !== 'callId' && value !== null && value !== '' && !isEmptyList(value),
    )
    .map(([key, value]) => label(key, value))
    .join('; ');
}

const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0;
