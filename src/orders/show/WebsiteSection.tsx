import { Box, Divider, Typography } from '@mui/material';
import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import type { Website } from '../../domain/types';
import { FieldGrid } from '../../shared/FieldGrid';
import { Section } from '../../shared/Section';
import { PrincipalFields } from './PrincipalSection';

const WebsiteBlock = ({ website, index }: { website: Website; index: number }) => {
  const translate = useTranslate();
  const label = (name: string) => translate(`resources.orders.website.${name}`);
  const list = (items: string[] | undefined) =>
    items && items.length > 0 ? items.join(translate('app.order.list_separator')) : null;
  return (
    <Box component="article">
      <Typography component="h3" variant="subtitle1" sx={{ mb: 1, overflowWrap: 'anywhere' }}>
        {translate('app.order.website_title', { index: index + 1, name: website.name })}
      </Typography>
      <FieldGrid
        fields={[
          { label: label('name'), value: website.name, field: `websites[${index}].name` },
          {
            label: label('domains'),
            value: list(website.domains),
            field: `websites[${index}].domains`,
          },
          { label: label('homepageUrl'), value: website.homepageUrl },
          { label: label('serviceContent'), value: website.serviceContent },
          { label: label('languages'), value: list(website.languages) },
          {
            label: label('existingFilingNumber'),
            value: website.existingFilingNumber,
            field: `websites[${index}].existingFilingNumber`,
          },
          {
            label: label('preApprovals'),
            value: list(
              website.preApprovals?.map((p) =>
                translate('resources.orders.website.preApproval', {
                  category: p.category,
                  documentNumber: p.documentNumber,
                }),
              ),
            ),
            wide: true,
          },
          { label: label('remark'), value: website.remark, wide: true },
        ]}
      />
      <Typography component="h4" variant="subtitle2" sx={{ mt: 2, mb: 1 }}>
        {translate('resources.orders.sections.website_principal')}
      </Typography>
      <PrincipalFields principal={website.principal} path={`websites[${index}].principal`} />
    </Box>
  );
};

/** Step 3 of the mini-program: 网站信息, each site with its own principal. */
export const WebsiteSection = ({ websites }: { websites: Website[] }) => {
  const translate = useTranslate();
  return (
    <Section title={translate('resources.orders.sections.websites')}>
      {websites.map((website, index) => (
        <Fragment key={website.id}>
          {index > 0 && <Divider sx={{ my: 2 }} />}
          <WebsiteBlock website={website} index={index} />
        </Fragment>
      ))}
    </Section>
  );
};
