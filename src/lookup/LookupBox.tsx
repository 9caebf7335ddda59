import SearchIcon from '@mui/icons-material/Search';
import { Box, ClickAwayListener, InputBase, Paper, Popper, Typography } from '@mui/material';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useCreatePath, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { LOOKUP_LIMITS } from '../domain/lookup';
import { LookupResults } from './LookupResults';
import type { LookupOrder } from '../domain/lookup';
import { useLookup } from './useLookup';
import { useLookupFocusTarget } from './useLookupShortcut';

/**
 * The global lookup in the app bar: find an order by any key an applicant can tell over the phone,
 * from any page (`/` or Ctrl+K). Results are grouped by subject; arrow keys move, Enter opens.
 */
export const LookupBox = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const idPrefix = useId().replace(/:/g, '');
  const input = useRef<HTMLInputElement | null>(null);
  const [anchor, setAnchor] = useState<HTMLDivElement | null>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { data, error, isFetching, enabled, settled } = useLookup(text);
  useLookupFocusTarget(input);

  const orders: LookupOrder[] = data ? data.groups.flatMap((group) => group.orders) : [];
  const openOrder = (order: LookupOrder) => {
    setOpen(false);
    // The typed number leaves the screen with the search (screens get shared).
    setText('');
    input.current?.blur();
    navigate(createPath({ resource: 'orders', id: order.id, type: 'show' }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      setOpen(false);
      input.current?.blur();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (orders.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + orders.length) % orders.length);
    } else if (event.key === 'Enter') {
      const order = orders[active];
      if (order && settled) openOrder(order);
    }
  };

  const tooShort = text.trim() !== '' && [...text.trim()].length < LOOKUP_LIMITS.minQuery;
  let status: string | null = null;
  if (tooShort) status = translate('app.lookup.too_short');
  else if (error) status = translate('app.lookup.failed', { error: (error as Error).message });
  else if (enabled && (isFetching || !settled) && !data) status = translate('app.lookup.searching');
  else if (data && orders.length === 0 && settled)
    status = translate('app.lookup.none', { query: text.trim() });
  const showPopper = open && text.trim() !== '' && (status !== null || orders.length > 0);

  return (
    <ClickAwayListener onClickAway={() => setOpen(false)}>
      <Box ref={setAnchor} sx={{ mx: 1, flex: '0 1 440px', minWidth: 0 }}>
        <Box
          sx={{
            display: 'flex',
            alignItems: 'center',
            gap: 1,
            px: 1.25,
            borderRadius: 1,
            bgcolor: 'rgba(255,255,255,0.15)',
            '&:focus-within': { bgcolor: 'rgba(255,255,255,0.25)' },
          }}
        >
          <SearchIcon fontSize="small" aria-hidden />
          <InputBase
            inputRef={input}
            value={text}
            placeholder={translate('app.lookup.placeholder')}
            onChange={(event) => {
              setText(event.target.value);
              setActive(0);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onKeyDown={onKeyDown}
            inputProps={{
              'aria-label': translate('app.lookup.label'),
              role: 'combobox',
              'aria-expanded': showPopper,
              'aria-controls': `${idPrefix}-list`,
              'aria-autocomplete': 'list',
              'aria-activedescendant':
                showPopper && orders.length > 0 ? `${idPrefix}-option-${active}` : undefined,
              enterKeyHint: 'search',
            }}
            sx={{ color: 'inherit', flex: 1, fontSize: 14, py: 0.5 }}
          />
          <Box
            component="kbd"
            title={translate('app.lookup.shortcut_hint')}
            sx={{
              fontSize: 12,
              px: 0.75,
              borderRadius: 0.5,
              border: '1px solid rgba(255,255,255,0.4)',
              display: { xs: 'none', md: 'inline' },
            }}
          >
            /
          </Box>
        </Box>
        <Popper
          open={showPopper}
          anchorEl={anchor}
          placement="bottom-start"
          sx={{ zIndex: (theme) => theme.zIndex.modal, width: 'min(640px, 96vw)' }}
        >
          <Paper elevation={8} sx={{ mt: 0.5, maxHeight: '70vh', overflowY: 'auto' }}>
            {status && (
              <Typography variant="body2" color="text.secondary" sx={{ p: 2 }} role="status">
                {status}
              </Typography>
            )}
            {data && orders.length > 0 && (
              <LookupResults answer={data} active={active} onOpen={openOrder} idPrefix={idPrefix} />
            )}
            {orders.length > 0 && (
              <Typography
                variant="caption"
                color="text.secondary"
                sx={{ display: 'block', px: 2, py: 0.75, borderTop: 1, borderColor: 'divider' }}
              >
                {translate('app.lookup.keyboard_hint')}
              </Typography>
            )}
          </Paper>
        </Popper>
      </Box>
    </ClickAwayListener>
  );
};
