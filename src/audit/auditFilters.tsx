import { AutocompleteInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { AUDIT_ACTIONS } from '../domain/status';
import { ACTOR_ROLES } from '../domain/types';

const choices = (name: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `resources.audit_events.enums.${name}.${id}` }));

// The API wants instants with an offset; a person picks CST days (the whole day, both ends). A plain
// date field rather than DateInput: it hands over the typed day as is, in any browser.
const dayFrom = (day: string) => (day ? `${day}T00:00:00+08:00` : day);
const dayTo = (day: string) => (day ? `${day}T23:59:59.999+08:00` : day);
const dayOf = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '');
// Order numbers are exact: tolerate the spaces and lower case of a pasted number.
const orderNumber = (value: string) => value.trim().toUpperCase();

const narrow = { minWidth: 150 };

export const auditFilters = [
  <TextInput
    key="orderId"
    source="orderId"
    label="app.audit.filters.orderId"
    parse={orderNumber}
    alwaysOn
    sx={narrow}
  />,
  <ReferenceInput key="actorId" source="actorId" reference="users" alwaysOn>
    <AutocompleteInput label="app.audit.filters.actorId" optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <SelectInput
    key="actorRole"
    source="actorRole"
    label="app.audit.filters.actorRole"
    choices={choices('actorRole', ACTOR_ROLES)}
    alwaysOn
    sx={narrow}
  />,
  <SelectInput
    key="action"
    source="action"
    label="app.audit.filters.action"
    choices={choices('action', AUDIT_ACTIONS)}
    alwaysOn
    sx={narrow}
  />,
  <TextInput
    key="at_gte"
    source="at_gte"
    type="date"
    slotProps={{ inputLabel: { shrink: true } }}
    label="app.audit.filters.from"
    parse={dayFrom}
    format={dayOf}
    alwaysOn
  />,
  <TextInput
    key="at_lte"
    source="at_lte"
    type="date"
    slotProps={{ inputLabel: { shrink: true } }}
    label="app.audit.filters.to"
    parse={dayTo}
    format={dayOf}
    alwaysOn
  />,
];
