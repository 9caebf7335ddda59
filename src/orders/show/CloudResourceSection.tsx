import { useTranslate } from 'react-admin';
import type { CloudResource } from '../../domain/types';
import { CstDateTime } from '../../shared/CstDateTime';
import { FieldGrid, type FieldEntry } from '../../shared/FieldGrid';
import { Section } from '../../shared/Section';
import { useEnumLabel } from '../../shared/useEnumLabel';

/** 云资源: the server the site will run on, or the authorization code standing in for one. */
export const CloudResourceSection = ({ resource }: { resource: CloudResource }) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const label = (name: keyof CloudResource) => translate(`resources.orders.cloud.${name}`);
  const fields: FieldEntry[] = [
    { label: label('kind'), value: enumLabel('orders', 'resourceKind', resource.kind) },
    { label: label('product'), value: enumLabel('orders', 'product', resource.product) },
    { label: label('instanceId'), value: resource.instanceId },
    { label: label('region'), value: resource.region, field: 'cloudResource' },
    { label: label('publicIp'), value: resource.publicIp },
    { label: label('billing'), value: enumLabel('orders', 'billing', resource.billing) },
    {
      label: label('purchasedMonths'),
      value: translate('app.order.months', { months: resource.purchasedMonths }),
    },
    { label: label('expiresAt'), value: <CstDateTime value={resource.expiresAt} /> },
  ];
  if (resource.kind === 'authorization_code' || resource.authorizationCode) {
    fields.push(
      { label: label('authorizationCode'), value: resource.authorizationCode },
      { label: label('issuingAccount'), value: resource.issuingAccount },
    );
  }
  return (
    <Section title={translate('resources.orders.sections.cloud')}>
      <FieldGrid fields={fields} />
    </Section>
  );
};
