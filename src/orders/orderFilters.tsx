import { SelectInput, useTranslate } from 'react-admin';
import { DebouncedSearchInput } from '../shared/DebouncedSearchInput';
import { ORDER_FILTER_ENUMS } from '../domain/orderQuery';
import { FILING_PROVINCES } from '../domain/provinces';
import { FailingChecksFilter } from '../checks/FailingChecksFilter';
import { AssigneeFilterInput } from './AssigneeFilterInput';

const enumChoices = (name: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `resources.orders.enums.${name}.${id}` }));

const PROVINCE_CHOICES = FILING_PROVINCES.map((p) => ({
  id: p.code,
  name: `resources.orders.enums.province.${p.code}`,
}));

const narrow = { minWidth: 150 };

/** The queue's filters: exactly the API's `ORDER_FILTER_FIELDS` (the view tabs set status/assignee). */
export function useOrderFilters() {
  const translate = useTranslate();
  return [
    <DebouncedSearchInput
      key="q"
      source="q"
      alwaysOn
      placeholder={translate('app.queue.search_placeholder')}
      ariaLabel={translate('app.queue.search')}
      sx={{ minWidth: 380 }}
    />,
    <SelectInput
      key="status"
      source="status"
      alwaysOn
      choices={enumChoices('status', ORDER_FILTER_ENUMS.status)}
      sx={narrow}
    />,
    <SelectInput
      key="province"
      source="province"
      alwaysOn
      choices={PROVINCE_CHOICES}
      sx={narrow}
    />,
    <SelectInput
      key="deadline"
      source="deadline"
      alwaysOn
      choices={enumChoices('deadline', ORDER_FILTER_ENUMS.deadline)}
      sx={narrow}
    />,
    <SelectInput
      key="type"
      source="type"
      choices={enumChoices('type', ORDER_FILTER_ENUMS.type)}
      sx={narrow}
    />,
    <SelectInput
      key="filerKind"
      source="filerKind"
      choices={enumChoices('filerKind', ORDER_FILTER_ENUMS.filerKind)}
      sx={narrow}
    />,
    <AssigneeFilterInput key="assigneeId" source="assigneeId" sx={narrow} />,
    <FailingChecksFilter key="hasFailingChecks" source="hasFailingChecks" alwaysOn sx={narrow} />,
  ];
}
