import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useRoving } from './roving.js';

/** A row of buttons made one Tab stop by the hook, between two ordinary buttons; `gone` leaves the group. */
function Toolbar({ items }: { items: readonly string[] }) {
  const [gone, setGone] = useState<readonly string[]>([]);
  const keys = items.filter((k) => !gone.includes(k));
  const roving = useRoving(keys);
  return (
    <>
      <button type="button">before</button>
      <div {...roving.groupProps}>
        {keys.map((k) => (
          <button type="button" key={k} {...roving.item(k)} onClick={() => setGone([...gone, k])}>
            {k}
          </button>
        ))}
        <input aria-label="not an item" />
      </div>
      <button type="button">after</button>
    </>
  );
}

function setup(items: readonly string[] = ['one', 'two', 'three']) {
  const user = userEvent.setup();
  render(<Toolbar items={items} />);
  const b = (name: string) => screen.getByRole('button', { name });
  return { user, b };
}

describe('a roving group is one Tab stop', () => {
  it('Tab enters on the first item and the next Tab leaves the group (to what follows it, not the other items)', async () => {
    const { user, b } = setup();
    b('before').focus();
    await user.tab();
    expect(b('one')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'not an item' })).toHaveFocus();
    await user.tab();
    expect(b('after')).toHaveFocus();
  });

  it('moves with the arrow keys, stops at the ends (no wrap), and jumps with Home and End', async () => {
    const { user, b } = setup();
    b('before').focus();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(b('two')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(b('three')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(b('three'), 'the last item stays focused').toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(b('two')).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(b('one'), 'the first item stays focused').toHaveFocus();
    await user.keyboard('{End}');
    expect(b('three')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(b('one')).toHaveFocus();
  });

  it('comes back by Tab or Shift+Tab to the item last focused in it', async () => {
    const { user, b } = setup();
    b('before').focus();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    await user.tab();
    await user.tab();
    expect(b('after')).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(b('two')).toHaveFocus();
    await user.tab({ shift: true });
    expect(b('before')).toHaveFocus();
    await user.tab();
    expect(b('two')).toHaveFocus();
    expect([b('one'), b('two'), b('three')].map((e) => e.tabIndex)).toEqual([-1, 0, -1]);
  });

  it('makes whatever focuses an item (a click, a link to the field) its Tab stop', async () => {
    const { user, b } = setup();
    b('three').focus();
    b('before').focus();
    await user.tab();
    expect(b('three')).toHaveFocus();
  });

  it('leaves keys with modifiers, and keys outside its items (the caret in a text field), alone', async () => {
    const { user, b } = setup();
    b('one').focus();
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(b('one')).toHaveFocus();
    const text = screen.getByRole('textbox', { name: 'not an item' });
    text.focus();
    await user.keyboard('ab{ArrowLeft}{Home}{End}{ArrowDown}');
    expect(text).toHaveFocus();
    expect(text).toHaveValue('ab');
  });

  it('falls back to the first item when the one last focused leaves the group', async () => {
    const { user, b } = setup();
    b('two').focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'two' })).not.toBeInTheDocument();
    b('before').focus();
    await user.tab();
    expect(b('one')).toHaveFocus();
  });
});
