import CheckIcon from '@mui/icons-material/CheckCircleOutline';
import ErrorIcon from '@mui/icons-material/ErrorOutline';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import HelpIcon from '@mui/icons-material/HelpOutline';
import WarningIcon from '@mui/icons-material/WarningAmber';
import {
  Box,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactElement } from 'react';
import { useTranslate } from 'react-admin';
import type { Comparison, CrossCheckRow } from '../domain/crossCheck';
import { maskExtracted } from '../domain/masking';
import { RevealableValue } from '../privacy/RevealableValue';

const MARKS: Record<Comparison, { icon: ReactElement; color: 'success' | 'warning' | 'error' }> = {
  match: { icon: <CheckIcon fontSize="small" />, color: 'success' },
  near: { icon: <WarningIcon fontSize="small" />, color: 'warning' },
  mismatch: { icon: <ErrorIcon fontSize="small" />, color: 'error' },
  expired: { icon: <EventBusyIcon fontSize="small" />, color: 'error' },
  missing: { icon: <HelpIcon fontSize="small" />, color: 'warning' },
};

/** Codes, numbers and dates read badly when broken over two lines; text may wrap. */
const unbroken = (value: string | null) =>
  value && /^[\x21-\x7e]+$/.test(value) ? 'nowrap' : 'normal';

/** Orientation is read in degrees. */
const shown = (field: string, value: string) => (field === 'orientation' ? `${value}°` : value);

/**
 * The typed fields this material must match, each beside what recognition read from the image. A
 * difference is marked with an icon and words (never colour alone); the row is named by its field.
 */
/** Extracted fields that carry personal data: shown masked until revealed (api.md "Reveal"). */
const isPersonal = (field: string, value: string) =>
  (maskExtracted({ [field]: value })[field] ?? value) !== value;

export const CrossCheckPanel = ({
  rows,
  orderId,
  materialId,
}: {
  rows: CrossCheckRow[];
  /** With both, a masked extracted value can be revealed. */
  orderId?: string;
  materialId?: string;
}) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`app.materials.${key}`, args);
  const flagged = rows.filter((r) => r.result !== 'match').length;
  return (
    <Box component="section" aria-label={t('check_title')}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {t('check_title')}
        </Typography>
        {rows.length > 0 && (
          <Chip
            size="small"
            color={flagged ? 'error' : 'success'}
            variant="outlined"
            label={flagged ? t('flagged', { count: flagged }) : t('all_match')}
          />
        )}
      </Box>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('no_fields')}
        </Typography>
      ) : (
        // Four columns in the viewer's side panel (38% of the screen): tighter cells than MUI's,
        // and long field names wrap between words (never inside a Chinese one), so that the
        // verdict's words stay in view.
        <Table size="small" sx={{ '& .MuiTableCell-root': { px: 1 } }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('col_field')}</TableCell>
              <TableCell>{t('col_typed')}</TableCell>
              <TableCell>{t('col_extracted')}</TableCell>
              <TableCell>{t('col_result')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const mark = MARKS[row.result];
              const label = t(`fields.${row.field}`, { _: row.field });
              const bad = row.result !== 'match';
              return (
                <TableRow
                  key={row.field}
                  aria-label={label}
                  sx={bad ? { bgcolor: (th) => th.palette[mark.color].main + '14' } : undefined}
                >
                  <TableCell
                    component="th"
                    scope="row"
                    sx={{ fontWeight: bad ? 600 : 400, minWidth: '5em', wordBreak: 'keep-all' }}
                  >
                    {label}
                  </TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere', whiteSpace: unbroken(row.typed) }}>
                    {row.check === 'validity'
                      ? t('valid_on_review_day')
                      : row.typed === null
                        ? t('not_typed')
                        : row.check === 'quality'
                          ? t('expected', { value: shown(row.field, row.typed) })
                          : isPersonal(row.field, row.typed)
                            ? (maskExtracted({ [row.field]: row.typed })[row.field] ?? row.typed)
                            : row.typed}
                  </TableCell>
                  <TableCell
                    sx={{
                      overflowWrap: 'anywhere',
                      whiteSpace: unbroken(row.extracted),
                      fontWeight: bad ? 600 : 400,
                    }}
                  >
                    {row.extracted && isPersonal(row.field, row.extracted) ? (
                      orderId && materialId ? (
                        <RevealableValue
                          orderId={orderId}
                          field={`materials.${materialId}.${row.field}`}
                          value={row.extracted}
                          label={label}
                        />
                      ) : (
                        maskExtracted({ [row.field]: row.extracted })[row.field]
                      )
                    ) : (
                      shown(row.field, row.extracted ?? '')
                    )}
                  </TableCell>
                  <TableCell sx={{ minWidth: '6em' }}>
                    <Box
                      sx={{
                        display: 'flex',
                        alignItems: 'center',
                        gap: 0.5,
                        color: `${mark.color}.main`,
                      }}
                    >
                      {mark.icon}
                      <Typography variant="body2" component="span">
                        {t(
                          row.check === 'validity' && row.result === 'match'
                            ? 'result.valid'
                            : `result.${row.result}`,
                        )}
                      </Typography>
                    </Box>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
