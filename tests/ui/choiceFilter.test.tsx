import { act, fireEvent, render, screen } from '@testing-library/react';
import { AdminContext, Form, memoryStore } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../../src/providers/i18nProvider';
import { ChoiceFilterInput } from '../../src/shared/ChoiceFilterInput';

const CHOICES = [
  { id: '11', name: '北京' },
  { id: '12', name: '天津' },
  { id: '13', name: '河北' },
];

function renderFilter(onChange: (value: string) => void) {
  render(
    <AdminContext i18nProvider={createI18nProvider()} store={memoryStore()}>
      <Form>
        <ChoiceFilterInput
          source="province"
          label="省份"
          choices={CHOICES}
          translateChoice={false}
          onChange={onChange}
        />
        <button type="button">elsewhere</button>
      </Form>
    </AdminContext>,
  );
  return screen.getByRole('combobox', { name: '省份' });
}

/** A closed select in Chromium: an arrow key selects the next option and fires `change`. */
function stepWithArrowKey(select: HTMLElement, value: string) {
  fireEvent.keyDown(select, { key: 'ArrowDown' });
  fireEvent.change(select, { target: { value } });
}

describe('a choice filter stepped through with the arrow keys', () => {
  it('waits for a pause before it applies, and applies at once when the field is left', async () => {
    const onChange = vi.fn();
    const select = renderFilter(onChange);
    stepWithArrowKey(select, '11');
    stepWithArrowKey(select, '12');
    expect(select).toHaveDisplayValue('天津');
    // Not yet: more keys may follow.
    expect(onChange).not.toHaveBeenCalled();
    // Leaving the field is the end of the stepping: applied in that same event, not after the pause.
    act(() => {
      fireEvent.blur(select);
    });
    expect(onChange.mock.calls).toEqual([['12']]);
    // The pause then ends without a second request.
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(onChange.mock.calls).toEqual([['12']]);
  });

  it('applies a choice picked from the list at once, and leaving the field then changes nothing', () => {
    const onChange = vi.fn();
    const select = renderFilter(onChange);
    fireEvent.change(select, { target: { value: '13' } });
    expect(onChange.mock.calls).toEqual([['13']]);
    fireEvent.blur(select);
    expect(onChange.mock.calls).toEqual([['13']]);
  });
});
