import { useRecordContext, useTranslate } from 'react-admin';
import { RevealableValue } from '../../privacy/RevealableValue';
import type { Principal } from '../../domain/types';
import { CstDateTime } from '../../shared/CstDateTime';
import { FieldGrid } from '../../shared/FieldGrid';
import { Section } from '../../shared/Section';
import { useEnumLabel } from '../../shared/useEnumLabel';

/** A responsible person (负责人): the subject's, or a website's at `level` 3. */
export const PrincipalFields = ({
  principal,
  path = 'subjectPrincipal',
}: {
  principal: Principal;
  /** Where the person sits in the order, e.g. `websites[0].principal`: checks link to its fields. */
  path?: string;
}) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const label = (name: keyof Principal) => translate(`resources.orders.principal.${name}`);
  const orderId = String(useRecordContext()?.id ?? '');
  const personal = (name: keyof Principal) => (
    <RevealableValue
      orderId={orderId}
      field={`${path}.${name}`}
      value={principal[name] as string | null}
      label={label(name)}
    />
  );
  return (
    <FieldGrid
      fields={[
        { label: label('name'), value: principal.name, field: `${path}.name` },
        {
          label: label('certificateType'),
          value: enumLabel('orders', 'certificateType', principal.certificateType),
        },
        {
          label: label('certificateNumber'),
          value: principal.certificateNumber && personal('certificateNumber'),
          field: `${path}.certificateNumber`,
        },
        {
          label: label('certificateValidUntil'),
          value:
            principal.certificateValidUntil === null ? (
              translate('app.order.long_term')
            ) : (
              <CstDateTime value={principal.certificateValidUntil} dateOnly />
            ),
        },
        {
          label: label('mobile'),
          value: principal.mobile && personal('mobile'),
          field: `${path}.mobile`,
        },
        {
          label: label('emergencyPhone'),
          value: principal.emergencyPhone && personal('emergencyPhone'),
          field: `${path}.emergencyPhone`,
        },
        {
          label: label('landline'),
          value: principal.landline && personal('landline'),
          field: `${path}.landline`,
        },
        { label: label('email'), value: personal('email') },
        {
          label: label('isLegalRepresentative'),
          value: translate(
            principal.isLegalRepresentative ? 'ra.boolean.true' : 'ra.boolean.false',
          ),
        },
        { label: label('certificateAddress'), value: personal('certificateAddress'), wide: true },
      ]}
    />
  );
};

export const PrincipalSection = ({ principal }: { principal: Principal }) => {
  const translate = useTranslate();
  return (
    <Section title={translate('resources.orders.sections.principal')}>
      <PrincipalFields principal={principal} />
    </Section>
  );
};
