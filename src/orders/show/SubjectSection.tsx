import { useTranslate } from 'react-admin';
import type { Address, Subject } from '../../domain/types';
import { FieldGrid } from '../../shared/FieldGrid';
import { Section } from '../../shared/Section';
import { useEnumLabel } from '../../shared/useEnumLabel';

/** Step 2 of the mini-program: 主体信息. */
export const SubjectSection = ({ subject }: { subject: Subject }) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const label = (name: keyof Subject) => translate(`resources.orders.subject.${name}`);
  const address = (a: Address | null | undefined) =>
    a
      ? [enumLabel('orders', 'province', a.provinceCode), a.city, a.district, a.street]
          .filter(Boolean)
          .join(' ')
      : null;
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
            value: subject.certificateNumber,
            field: 'subject.certificateNumber',
          },
          { label: label('legalRepresentative'), value: subject.legalRepresentative },
          { label: label('investor'), value: subject.investor },
          { label: label('certificateAddress'), value: subject.certificateAddress, wide: true },
          { label: label('mailingAddress'), value: address(subject.mailingAddress), wide: true },
          { label: label('remark'), value: subject.remark, wide: true },
        ]}
      />
    </Section>
  );
};
