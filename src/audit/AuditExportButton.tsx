import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useState } from 'react';
import { Button, useListContext, useNotify, useTranslate } from 'react-admin';
import { useAuditExport } from './useAuditExport';

/** Downloads the filtered log as CSV (what the list shows, every page of it). */
export const AuditExportButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { filterValues, sort, total } = useListContext();
  const build = useAuditExport();
  const [busy, setBusy] = useState(false);

  const onClick = async () => {
    setBusy(true);
    try {
      const { csv, count } = await build(filterValues, sort);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `audit-log-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      URL.revokeObjectURL(url);
      notify('app.audit.export_done', { type: 'success', messageArgs: { count } });
    } catch (error) {
      const message = error instanceof Error ? translate(error.message, { _: error.message }) : '';
      notify('app.audit.export_failed', { type: 'error', messageArgs: { error: message } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      label={busy ? 'app.audit.exporting' : 'app.audit.export'}
      onClick={onClick}
      disabled={busy || !total}
    >
      <DownloadIcon />
    </Button>
  );
};
