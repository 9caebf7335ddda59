import { afterEach, describe, expect, it, vi } from 'vitest';
import { displayCombo, isTyping, matches, parseCombo } from '../../src/keyboard/keys';
import { createRegistry } from '../../src/keyboard/registry';

/** The shortcut registry's rules, on real DOM elements: what a key press means, and when nothing. */

const press = (target: Element, key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
};

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('key combinations', () => {
  it.each([
    ['a', { key: 'a' }, true],
    ['a', { key: 'A', shiftKey: true }, false],
    ['Shift+A', { key: 'A', shiftKey: true }, true],
    ['Shift+A', { key: 'a' }, false],
    ['Mod+Enter', { key: 'Enter', ctrlKey: true }, true],
    ['Mod+Enter', { key: 'Enter', metaKey: true }, true],
    ['Mod+Enter', { key: 'Enter' }, false],
    ['?', { key: '?', shiftKey: true }, true],
    ['+', { key: '+', shiftKey: true }, true],
    ['j', { key: 'j', ctrlKey: true }, false],
    ['ArrowDown', { key: 'ArrowDown' }, true],
  ] as const)('%s against %o: %s', (spec, init, expected) => {
    expect(matches(parseCombo(spec), new KeyboardEvent('keydown', init))).toBe(expected);
  });

  it('reads as the help shows it', () => {
    expect(displayCombo('Shift+A')).toBe('Shift + A');
    expect(displayCombo('Mod+Enter')).toBe('Ctrl + Enter');
    expect(displayCombo('ArrowRight')).toBe('→');
    expect(displayCombo('+')).toBe('+');
  });

  it('knows typing from commands', () => {
    const host = element(
      '<input type="text"><input type="checkbox"><textarea></textarea><select></select>' +
        '<div></div><div role="combobox" tabindex="0"></div><button></button>',
    );
    const [text, checkbox, area, select, , combo, button] = host.querySelectorAll('*');
    expect([text, area, select].map((el) => isTyping(el ?? null))).toEqual([true, true, true]);
    expect([checkbox, combo, button].map((el) => isTyping(el ?? null))).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('the registry', () => {
  it('never fires while typing, except a send combination marked for it', () => {
    const registry = createRegistry();
    const claim = vi.fn();
    const send = vi.fn();
    registry.add({ scope: 'page', group: 'g' }, [
      { keys: ['n'], description: 'd', run: claim },
      { keys: ['Mod+Enter'], description: 'd', run: send, whileTyping: true },
    ]);
    const input = element('<input type="text">').querySelector('input')!;
    expect(registry.dispatch(press(input, 'n'))).toBe(false);
    expect(registry.dispatch(press(document.body, 'n'))).toBe(true);
    expect(registry.dispatch(press(input, 'Enter', { ctrlKey: true }))).toBe(true);
    expect(claim).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps page keys out of dialogs and menus unless Ctrl is held, and dialog keys in theirs', () => {
    const registry = createRegistry();
    const page = { accept: vi.fn(), approve: vi.fn() };
    const dialog = vi.fn();
    registry.add({ scope: 'page', group: 'g' }, [
      { keys: ['a'], description: 'd', run: page.accept },
      { keys: ['Mod+Enter'], description: 'd', run: page.approve },
    ]);
    registry.add({ scope: 'dialog', group: 'v', dialog: 'viewer-title' }, [
      { keys: ['a'], description: 'd', run: dialog },
    ]);
    const host = element(
      '<div class="MuiDialog-root"><h2 id="viewer-title">viewer</h2><button id="in">x</button></div>' +
        '<div class="MuiDialog-root"><button id="other">y</button></div>',
    );
    const inside = host.querySelector('#in')!;
    const other = host.querySelector('#other')!;
    registry.dispatch(press(inside, 'a'));
    expect(dialog).toHaveBeenCalledTimes(1);
    expect(page.accept).not.toHaveBeenCalled();
    // Another dialog on top has the focus: neither the viewer's key nor the page's fires.
    expect(registry.dispatch(press(other, 'a'))).toBe(false);
    expect(registry.dispatch(press(inside, 'Enter', { ctrlKey: true }))).toBe(true);
    expect(page.approve).toHaveBeenCalledTimes(1);
  });

  it('lets a handler decline a key, and skips disabled shortcuts and handled events', () => {
    const registry = createRegistry();
    const fallback = vi.fn();
    registry.add({ scope: 'global', group: 'g' }, [
      { keys: ['Enter'], description: 'd', run: fallback },
    ]);
    registry.add({ scope: 'page', group: 'g' }, [
      { keys: ['Enter'], description: 'd', run: () => false },
      { keys: ['x'], description: 'd', run: vi.fn(), enabled: false },
    ]);
    expect(registry.dispatch(press(document.body, 'Enter'))).toBe(true);
    expect(fallback).toHaveBeenCalledTimes(1);
    expect(registry.dispatch(press(document.body, 'x'))).toBe(false);
    const handled = press(document.body, 'Enter');
    handled.preventDefault();
    expect(registry.dispatch(handled)).toBe(false);
  });

  it('lists mounted groups for the help, dialogs first, without disabled entries', () => {
    const registry = createRegistry();
    registry.add({ scope: 'global', group: 'general' }, [{ keys: ['?'], description: 'help' }]);
    const page = registry.add({ scope: 'page', group: 'queue' }, [
      { keys: ['n'], description: 'claim' },
      { keys: ['x'], description: 'hidden', enabled: false },
    ]);
    registry.add({ scope: 'dialog', group: 'closed', dialog: 'nowhere' }, [
      { keys: ['a'], description: 'a' },
    ]);
    element('<div class="MuiDialog-root"><h2 id="open-title">t</h2></div>');
    registry.add({ scope: 'dialog', group: 'open', dialog: 'open-title' }, [
      { keys: ['a'], description: 'a' },
    ]);
    expect(
      registry.snapshot().map((g) => [g.group, g.shortcuts.map((s) => s.description)]),
    ).toEqual([
      ['open', ['a']],
      ['queue', ['claim']],
      ['general', ['help']],
    ]);
    registry.remove(page);
    expect(registry.snapshot().map((g) => g.group)).toEqual(['open', 'general']);
  });
});
