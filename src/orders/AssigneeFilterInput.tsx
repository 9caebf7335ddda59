import type { ComponentProps } from 'react';
import { useGetList, useListContext, useTranslate } from 'react-admin';
import { ChoiceFilterInput } from '../shared/ChoiceFilterInput';
import type { User } from '../domain/types';
import { UNASSIGNED } from '../providers/dataProvider';

/**
 * Filter by assignee: the staff who can hold orders, plus "unassigned" (the API's `assigneeId: null`,
 * which a filter form cannot carry as such; the data provider translates the sentinel back).
 */
export const AssigneeFilterInput = (
  props: Omit<ComponentProps<typeof ChoiceFilterInput>, 'choices'>,
) => {
  const translate = useTranslate();
  const { data: users = [], isPending } = useGetList<User>('users', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
  });
  const { filterValues } = useListContext();
  const current: unknown = filterValues.assigneeId;
  const choices = [
    { id: UNASSIGNED, name: translate('app.queue.unassigned') },
    ...users
      .filter((user) => user.role !== 'support')
      .map((user) => ({ id: user.id, name: user.name })),
  ];
  // Until the users arrive, the selected assignee (e.g. "mine") still needs an option to show.
  if (typeof current === 'string' && !choices.some((choice) => choice.id === current)) {
    choices.push({ id: current, name: isPending ? translate('ra.page.loading') : current });
  }
  return <ChoiceFilterInput {...props} choices={choices} translateChoice={false} />;
};
