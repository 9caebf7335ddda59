import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import SupportAgentIcon from '@mui/icons-material/SupportAgentOutlined';
import { Accordion, AccordionDetails, AccordionSummary, Box, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { Order } from '../domain/types';
import { SupportView } from './SupportView';

/** The support view for reviewers and supervisors: folded away until asked for. */
export const SupportPanel = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <Accordion
      expanded={open}
      onChange={(_, expanded) => setOpen(expanded)}
      disableGutters
      sx={{ mb: 2, '&::before': { display: 'none' } }}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <SupportAgentIcon fontSize="small" color="action" aria-hidden />
          <Typography variant="subtitle1" component="span">
            {translate('app.support.title')}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="span">
            {translate('app.support.tab_hint')}
          </Typography>
        </Box>
      </AccordionSummary>
      <AccordionDetails sx={{ bgcolor: 'background.default', pt: 2 }}>
        {open && <SupportView order={order} />}
      </AccordionDetails>
    </Accordion>
  );
};
