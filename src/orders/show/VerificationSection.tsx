import { useRecordContext, useTranslate } from 'react-admin';
import { RevealableValue } from '../../privacy/RevealableValue';
import type { FilingVerification } from '../../domain/types';
import { FieldGrid } from '../../shared/FieldGrid';
import { Section } from '../../shared/Section';
import { useEnumLabel } from '../../shared/useEnumLabel';

/** Step 1 of the mini-program: 备案类型核验. */
export const VerificationSection = ({ verification }: { verification: FilingVerification }) => {
  const translate = useTranslate();
  const orderId = useRecordContext()?.id ?? '';
  const enumLabel = useEnumLabel();
  const label = (name: keyof FilingVerification) =>
    translate(`resources.orders.verification.${name}`);
  return (
    <Section title={translate('resources.orders.sections.verification')}>
      <FieldGrid
        fields={[
          {
            label: label('provinceCode'),
            value: enumLabel('orders', 'province', verification.provinceCode),
            field: 'province',
          },
          { label: label('nature'), value: enumLabel('orders', 'nature', verification.nature) },
          {
            label: label('certificateType'),
            value: enumLabel('orders', 'certificateType', verification.certificateType),
          },
          {
            label: label('certificateNumber'),
            value: (
              <RevealableValue
                orderId={String(orderId)}
                field="verification.certificateNumber"
                value={verification.certificateNumber}
                label={label('certificateNumber')}
              />
            ),
          },
          { label: label('domain'), value: verification.domain },
          {
            label: label('resourceKind'),
            value: enumLabel('orders', 'resourceKind', verification.resourceKind),
          },
          {
            label: label('existingSubjectFilingNumber'),
            value: verification.existingSubjectFilingNumber,
            field: 'verification.existingSubjectFilingNumber',
          },
        ]}
      />
    </Section>
  );
};
