import type { ComponentProps } from 'react';
import { ChoiceFilterInput } from '../shared/ChoiceFilterInput';

const CHOICES = [
  { id: 'true', name: 'app.checks.filter.failing' },
  { id: 'false', name: 'app.checks.filter.passing' },
];

/**
 * The queue's filter on the automatic checks. The API takes a boolean `hasFailingChecks`; the
 * select works with strings, so the value is converted both ways.
 */
export const FailingChecksFilter = (
  props: Omit<ComponentProps<typeof ChoiceFilterInput>, 'choices'>,
) => (
  <ChoiceFilterInput
    {...props}
    label="app.checks.filter.label"
    choices={CHOICES}
    format={(value: unknown) => (value === undefined || value === null ? '' : String(value))}
    parse={(value: string) => (value === '' ? undefined : value === 'true')}
  />
);
