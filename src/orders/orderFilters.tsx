import { useTranslate } from 'react-admin';
import { ChoiceFilterInput } from '../shared/ChoiceFilterInput';
import { DebouncedSearchInput } from '../shared/DebouncedSearchInput';
import { ORDER_FILTER_ENUMS } from '../domain/orderQuery';
import { FILING_PROVINCES } from '../domain/provinces';
import { FailingChecksFilter } from '../checks/FailingChecksFilter';
import { AssigneeFilterInput } from './AssigneeFilterInput';
import { QUEUE_FILTER_BAR, QUEUE_FILTER_WIDTH } from './queueQuery';
import { useApplyFilterChoice } from './useApplyFilterChoice';

const enumChoices = (name: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `resources.orders.enums.${name}.${id}` }));

const PROVINCE_CHOICES = FILING_PROVINCES.map((p) => ({
  id: p.code,
  name: `resources.orders.enums.province.${p.code}`,
}));

/** A filter shown at once, in its place and width on the bar (QUEUE_FILTER_BAR). */
function onBar(source: string) {
  const place = QUEUE_FILTER_BAR.find((filter) => filter.source === source);
  if (!place) throw new Error(`${source} is not on the queue's filter bar`);
  return { alwaysOn: true, sx: { minWidth: place.minWidth } };
}
const narrow = { minWidth: QUEUE_FILTER_WIDTH };

/** The queue's filters: exactly the API's `ORDER_FILTER_FIELDS` (the view tabs set status/assignee). */
export function useOrderFilters() {
  const translate = useTranslate();
  // A choice applies at once (useApplyFilterChoice).
  const apply = useApplyFilterChoice();
  return [
    <DebouncedSearchInput
      key="q"
      source="q"
      {...onBar('q')}
      placeholder={translate('app.queue.search_placeholder')}
      ariaLabel={translate('app.queue.search')}
    />,
    <ChoiceFilterInput
      key="status"
      source="status"
      onChange={apply('status')}
      {...onBar('status')}
      choices={enumChoices('status', ORDER_FILTER_ENUMS.status)}
    />,
    <ChoiceFilterInput
      key="province"
      source="province"
      onChange={apply('province')}
      {...onBar('province')}
      choices={PROVINCE_CHOICES}
    />,
    <ChoiceFilterInput
      key="deadline"
      source="deadline"
      onChange={apply('deadline')}
      {...onBar('deadline')}
      choices={enumChoices('deadline', ORDER_FILTER_ENUMS.deadline)}
    />,
    <ChoiceFilterInput
      key="type"
      source="type"
      onChange={apply('type')}
      choices={enumChoices('type', ORDER_FILTER_ENUMS.type)}
      sx={narrow}
    />,
    <ChoiceFilterInput
      key="filerKind"
      source="filerKind"
      onChange={apply('filerKind')}
      choices={enumChoices('filerKind', ORDER_FILTER_ENUMS.filerKind)}
      sx={narrow}
    />,
    <AssigneeFilterInput key="assigneeId" source="assigneeId" sx={narrow} />,
    <FailingChecksFilter
      key="hasFailingChecks"
      source="hasFailingChecks"
      {...onBar('hasFailingChecks')}
    />,
  ];
}
