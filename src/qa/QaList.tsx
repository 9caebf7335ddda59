import { Alert, Chip } from '@mui/material';
import {
  DataTable,
  List,
  ReferenceField,
  SelectInput,
  TextField,
  useListContext,
  usePermissions,
  useTranslate,
} from 'react-admin';
import type { Role } from '../domain/types';
import { CstDateTime } from '../shared/CstDateTime';
import { QaVerdictButtons } from './QaVerdictButtons';
import type { QaReviewRecord } from './types';
import { OrderLink } from '../shared/OrderLink';

const Col = DataTable.Col<QaReviewRecord>;
const column = (name: string) => `app.qa.columns.${name}`;

const UserName = ({ source }: { source: 'reviewerId' | 'firstReviewerId' }) => (
  <ReferenceField source={source} reference="users" link={false} emptyText="—">
    <TextField source="name" />
  </ReferenceField>
);

/**
 * Second reviews. A reviewer works through those assigned to them, blind; a supervisor opens on
 * the disagreements, with both verdicts side by side.
 */
export const QaList = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Role | null>();
  if (isPending) return null;
  const supervisor = permissions === 'supervisor';
  const statusChoices = ['pending', 'done'].map((id) => ({ id, name: `app.qa.views.${id}` }));
  const filters = [
    <SelectInput
      key="status"
      source="status"
      label={column('status')}
      choices={statusChoices}
      alwaysOn
    />,
    ...(supervisor
      ? [
          <SelectInput
            key="agree"
            source="agree"
            label={column('agree')}
            choices={[
              { id: false, name: 'app.qa.agree.no' },
              { id: true, name: 'app.qa.agree.yes' },
            ]}
            alwaysOn
          />,
        ]
      : []),
  ];
  return (
    <List<QaReviewRecord>
      resource="qa_reviews"
      title={translate('app.qa.title')}
      sort={{ field: 'decidedAt', order: 'DESC' }}
      filters={filters}
      filterDefaultValues={supervisor ? { agree: false } : { status: 'pending' }}
      exporter={false}
      empty={false}
    >
      {!supervisor && (
        <Alert severity="info" sx={{ m: 1 }}>
          {translate('app.qa.blind_hint')}
        </Alert>
      )}
      <QaTable supervisor={supervisor} />
    </List>
  );
};

/**
 * The reviews' table. A reviewer's "waiting for me" view shows only what a blind second review may
 * see and the verdict to give (no columns that would stay empty); "reviewed" shows the results.
 */
const QaTable = ({ supervisor }: { supervisor: boolean }) => {
  const translate = useTranslate();
  const { filterValues } = useListContext<QaReviewRecord>();
  const status = (filterValues as { status?: string }).status;
  const results = supervisor || status !== 'pending';
  const giving = !supervisor && status !== 'done';
  const verdict = (value: string | null | undefined) =>
    value ? translate(`app.qa.verdict.${value}`) : '';
  return (
    <DataTable<QaReviewRecord> bulkActionButtons={false} rowClick={false} size="small">
      <Col
        source="orderId"
        label={column('orderId')}
        disableSort
        render={(r) => <OrderLink id={r.orderId} />}
      />
      <Col
        source="decidedAt"
        label={column('decidedAt')}
        render={(r) => <CstDateTime value={r.decidedAt} />}
      />
      {supervisor && (
        <Col source="firstReviewerId" label={column('firstReviewer')} disableSort>
          <UserName source="firstReviewerId" />
        </Col>
      )}
      {results && (
        <Col
          source="firstVerdict"
          label={column('firstVerdict')}
          disableSort
          render={(r) => verdict(r.firstVerdict)}
        />
      )}
      {supervisor && (
        <Col source="reviewerId" label={column('reviewer')} disableSort>
          <UserName source="reviewerId" />
        </Col>
      )}
      {results && (
        <Col
          source="verdict"
          label={column('verdict')}
          disableSort
          render={(r) => verdict(r.verdict)}
        />
      )}
      {results && <Col source="note" label={column('note')} disableSort render={(r) => r.note} />}
      {results && (
        <Col
          source="agree"
          label={column('agree')}
          disableSort
          render={(r) =>
            r.agree === undefined || r.agree === null ? null : (
              <Chip
                size="small"
                color={r.agree ? 'success' : 'warning'}
                label={translate(r.agree ? 'app.qa.agree.yes' : 'app.qa.agree.no')}
              />
            )
          }
        />
      )}
      {giving && (
        <Col source="id" label={column('give')} disableSort render={() => <QaVerdictButtons />} />
      )}
    </DataTable>
  );
};
