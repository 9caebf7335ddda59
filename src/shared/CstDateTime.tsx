import { formatCstDate, formatCstDateTime } from '../domain/format';

/** A time as `YYYY-MM-DD HH:mm` in China Standard Time, whatever the browser's zone. */
export const CstDateTime = ({
  value,
  dateOnly = false,
}: {
  value: string | null | undefined;
  dateOnly?: boolean;
}) => {
  const text = dateOnly ? formatCstDate(value) : formatCstDateTime(value);
  if (!text) return null;
  return (
    <time dateTime={value ?? undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {text}
    </time>
  );
};
