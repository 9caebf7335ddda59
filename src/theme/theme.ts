import type { RaThemeOptions } from 'react-admin';
import type { Theme } from '@mui/material/styles';

/**
 * The console's light and dark themes: restrained blue-grey, dense tables, a Chinese-friendly font
 * stack. People read these screens all day; nothing decorative, colours carry meaning only.
 */
export const FONT_STACK =
  '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",system-ui,sans-serif';

const shared: RaThemeOptions = {
  typography: {
    fontFamily: FONT_STACK,
    fontSize: 14,
    h5: { fontWeight: 600, fontSize: '1.25rem' },
    h6: { fontWeight: 600, fontSize: '1rem' },
    subtitle1: { fontWeight: 600 },
    subtitle2: { fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 500 },
  },
  shape: { borderRadius: 4 },
  sidebar: { width: 180, closedWidth: 52 },
  components: {
    // Focus is always visible, in both themes: a ring on whatever the keyboard reached (fields show
    // their own focused border instead). `:focus-visible` keeps it off mouse clicks.
    MuiCssBaseline: {
      styleOverrides: (theme: Theme) => ({
        // Not on a dialog's or menu's own container (focused when nothing inside is): a ring
        // around the whole screen says nothing.
        ':focus-visible:not(.MuiInputBase-input, .MuiSelect-select, .MuiDialog-container, [role="menu"], [role="listbox"])':
          {
            outline: `3px solid ${FOCUS_RING[theme.palette.mode]} !important`,
            outlineOffset: '2px',
          },
        'tr:focus-visible, [role="row"]:focus-visible': {
          outlineOffset: '-3px !important',
        },
        'tr:focus-visible': {
          backgroundColor: `${theme.palette.action.selected} !important`,
        },
        kbd: {
          fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
          fontSize: '0.85em',
          padding: '1px 6px',
          borderRadius: 4,
          border: `1px solid ${theme.palette.divider}`,
          borderBottomWidth: 2,
          backgroundColor: theme.palette.action.hover,
          whiteSpace: 'nowrap',
        },
      }),
    },
    // react-admin's "skip to content" button is white on the page background: unreadable.
    RaSkipNavigationButton: {
      styleOverrides: {
        root: ({ theme }: { theme: Theme }) => ({
          backgroundColor: theme.palette.primary.main,
          color: theme.palette.primary.contrastText,
          '&:hover': { backgroundColor: theme.palette.primary.dark },
        }),
      },
    },
    MuiTextField: {
      defaultProps: { variant: 'outlined', margin: 'dense', size: 'small', fullWidth: true },
    },
    MuiFormControl: {
      defaultProps: { variant: 'outlined', margin: 'dense', size: 'small', fullWidth: true },
    },
    MuiAutocomplete: { defaultProps: { fullWidth: true, size: 'small' } },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiPaper: { defaultProps: { elevation: 0 } },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiChip: { defaultProps: { size: 'small' } },
    MuiTableCell: {
      styleOverrides: {
        root: { padding: '6px 10px' },
        head: { fontWeight: 600, whiteSpace: 'nowrap' },
      },
    },
    MuiTooltip: { defaultProps: { arrow: true } },
    MuiListItemIcon: { styleOverrides: { root: { minWidth: 36 } } },
    RaDataTable: { defaultProps: { size: 'small' } },
    RaList: { styleOverrides: { root: { '& .RaList-main': { minWidth: 0 } } } },
    // react-admin lets wide tables widen the whole page; keep the frame to the window instead and
    // let the table scroll inside it.
    RaLayout: {
      styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } },
    },
  },
};

/** The light palette: also read by the sign-in form, which shows before MUI has loaded. */
export const LIGHT_PALETTE = {
  mode: 'light',
  primary: { main: '#1f5fae', light: '#4b83c9', dark: '#174a88', contrastText: '#fff' },
  // The app bar uses `secondary`: a dark slate bar frames the page without competing with it.
  secondary: { main: '#22303f', light: '#3a4a5c', dark: '#17212c', contrastText: '#fff' },
  error: { main: '#c62828' },
  warning: { main: '#b45309', light: '#f59e0b', dark: '#92400e' },
  success: { main: '#2e7d32' },
  info: { main: '#0e7490' },
  background: { default: '#f3f5f8', paper: '#ffffff' },
  text: { primary: '#1f2933', secondary: '#52606d' },
  divider: '#dde3ea',
} as const;

export const DARK_PALETTE = {
  mode: 'dark',
  primary: { main: '#7eb3f2', light: '#a6cbf6', dark: '#4b83c9', contrastText: '#0b1a2b' },
  secondary: { main: '#1a232e', light: '#2a3644', dark: '#121921', contrastText: '#e6edf3' },
  // Dark text on the light red: white on it reads at 3:1 only.
  error: { main: '#ef6b6b', contrastText: '#1f0a0a' },
  warning: { main: '#f2b14c', light: '#f6c97d', dark: '#d18f1c' },
  success: { main: '#66bb6a' },
  info: { main: '#4fb3d0' },
  background: { default: '#12171d', paper: '#1a2129' },
  text: { primary: '#e6edf3', secondary: '#a3b1bf' },
  divider: '#2c3744',
} as const;

/** The keyboard focus ring, in each mode. */
export const FOCUS_RING = { light: '#1f5fae', dark: '#9cc8ff' } as const;

export const lightTheme: RaThemeOptions = { ...shared, palette: LIGHT_PALETTE };

export const darkTheme: RaThemeOptions = { ...shared, palette: DARK_PALETTE };
