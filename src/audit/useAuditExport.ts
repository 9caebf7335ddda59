import { useCallback } from 'react';
import { useDataProvider, useLocaleState, useTranslate, type SortPayload } from 'react-admin';
import { reasonByCode } from '../domain/reasons';
import type { AuditEvent, User } from '../domain/types';
import { useEnumLabel } from '../shared/useEnumLabel';
import { auditRows, detailsText, toCsv } from './auditCsv';

/** Pages of the API's maximum size: the export never asks for everything at once. */
const PAGE = 100;

interface Labelled {
  code?: unknown;
  message?: unknown;
  checkId?: unknown;
  justification?: unknown;
}

const plain = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);

/** Builds the CSV of every event matching the list's filters, in the list's order. */
export function useAuditExport() {
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const [locale] = useLocaleState();

  return useCallback(
    async (
      filter: Record<string, unknown>,
      sort: SortPayload,
    ): Promise<{ csv: string; count: number }> => {
      const { data: users } = await dataProvider.getList<User>('users', {
        pagination: { page: 1, perPage: PAGE },
        sort: { field: 'id', order: 'ASC' },
        filter: {},
      });
      const names = new Map(users.map((u) => [u.id, u.name]));
      const events: AuditEvent[] = [];
      for (let page = 1; ; page += 1) {
        const { data, total } = await dataProvider.getList<AuditEvent>('audit_events', {
          pagination: { page, perPage: PAGE },
          sort,
          filter,
        });
        events.push(...data);
        if (data.length < PAGE || events.length >= (total ?? 0)) break;
      }
      const detail = (key: string, value: unknown): string => {
        const name = translate(`resources.audit_events.details.${key}`, { _: key });
        if (key === 'outcome') return `${name}: ${enumLabel('calls', 'outcome', plain(value))}`;
        if (key.endsWith('AssigneeId') || key === 'assigneeId')
          return `${name}: ${names.get(plain(value)) ?? plain(value)}`;
        if (Array.isArray(value)) {
          const items = (value as Labelled[]).map((item) => {
            if (typeof item !== 'object' || item === null) return plain(item);
            if (item.code !== undefined) {
              const reason = reasonByCode(plain(item.code));
              const title = reason ? (locale === 'en' ? reason.titleEn : reason.titleZh) : '';
              return `${plain(item.code)} ${title}: ${plain(item.message ?? '')}`;
            }
            if (item.checkId !== undefined)
              return `${plain(item.checkId)}: ${plain(item.justification ?? '')}`;
            return plain(item);
          });
          return `${name}: ${items.join(' | ')}`;
        }
        return `${name}: ${plain(value)}`;
      };
      const rows = auditRows(events, {
        header: [
          ...['at', 'actor', 'actorRole', 'action', 'orderId', 'status', 'details'].map((c) =>
            translate(`app.audit.columns.${c}`),
          ),
          'ID',
        ],
        actor: (id) => names.get(id) ?? id,
        role: (role) => enumLabel('audit_events', 'actorRole', role),
        action: (action) => enumLabel('audit_events', 'action', action),
        status: (status) => enumLabel('orders', 'status', status),
        details: (details) => detailsText(details, detail),
      });
      return { csv: toCsv(rows), count: events.length };
    },
    [dataProvider, translate, enumLabel, locale],
  );
}
