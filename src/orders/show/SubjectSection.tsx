import { useRecordContext, useTranslate } from 'react-admin';
import { RevealableValue } from '../../privacy/RevealableValue';
import type { Address, Subject } from '../../domain/types';
import { FieldGrid } from '../../shared/FieldGrid';
import { Section } from '../../shared/Section';
import { useEnumLabel } from '../../shared/useEnumLabel';

/** Step 2 of the mini-program: 主体信息. */
export const SubjectSection = ({ subject }: { subject: Subject }) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const label = (name: keyof Subject) => translate(`resources.orders.subject.${name}`);
  const orderId = String(useRecordContext()?.id ?? '');
  const personal = (field: string, value: string | null | undefined, name: string) => (
    <RevealableValue orderId={orderId} field={field} value={value} label={name} />
  );
  const address = (a: Address | null | undefined) =>
    a ? (
      <>
        {[enumLabel('orders', 'province', a.provinceCode), a.city, a.district]
          .filter(Boolean)
          .join(' ')}{' '}
        {personal('subject.mailingAddress.street', a.street, label('mailingAddress'))}
      </>
    ) : null;
  return (
    <Section title={translate('resources.orders.sections.subject')}>
      <FieldGrid
        fields={[
          { label: label('nature'), value: enumLabel('orders', 'nature', subject.nature) },
          { label: label('name'), value: subject.name },
          {
            label: label('certificateType'),
            value: enumLabel('orders', 'certificateType', subject.certificateType),
          },
          {
            label: label('certificateNumber'),
            value: personal(
              'subject.certificateNumber',
              subject.certificateNumber,
              label('certificateNumber'),
            ),
            field: 'subject.certificateNumber',
          },
          { label: label('legalRepresentative'), value: subject.legalRepresentative },
          { label: label('investor'), value: subject.investor },
          {
            label: label('certificateAddress'),
            value: personal(
              'subject.certificateAddress',
              subject.certificateAddress,
              label('certificateAddress'),
            ),
            wide: true,
          },
          { label: label('mailingAddress'), value: address(subject.mailingAddress), wide: true },
          { label: label('remark'), value: subject.remark, wide: true },
        ]}
      />
    </Section>
  );
};
