import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { findOrderRows, renderApp, signInAs } from './helpers';

/** The text of the page's style sheets (emotion writes each component's rules as it first renders). */
const styleText = () =>
  [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');

describe('the order page rendered ahead while the queue idles', () => {
  it('renders once, hidden: its styles are in, with no request, no title and no shortcut of its own', async () => {
    await signInAs('reviewer1');
    const { user } = renderApp({ route: '/orders' });
    await findOrderRows();
    // The order page's support panel is an accordion; nothing on the queue is.
    expect(styleText()).not.toMatch(/MuiAccordionSummary/);
    const requested: string[] = [];
    const record = ({ request }: { request: Request }) => {
      requested.push(`${request.method} ${new URL(request.url).pathname}`);
    };
    server.events.on('request:start', record);
    try {
      await waitFor(() => expect(styleText()).toMatch(/MuiAccordionSummary/), { timeout: 10_000 });
    } finally {
      server.events.removeListener('request:start', record);
    }
    // Nothing of the order's was asked for (its record is the queue's row; effects never ran).
    expect(requested.filter((r) => !/^GET \/api\/(users|orders)$/.test(r))).toEqual([]);
    // Nothing of it is in the document: not its title, not its heading.
    expect(document.getElementById('react-admin-title')).toHaveTextContent(/^审核队列$/);
    expect(screen.queryByRole('heading', { name: /^BA\d{10}$/ })).toBeNull();
    // Its shortcuts are not registered: the help lists the queue's only.
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: '键盘快捷键' });
    expect(within(help).queryByText('订单审核')).toBeNull();
    expect(within(help).getByText('审核队列')).toBeInTheDocument();
  });
});
