import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLES,
  FEEDBACK_TEXTS,
  FOLLOW_UP_FIELDS,
  FOLLOW_UP_TEXTS,
  attachedJson,
  createAssessment,
  fieldLabel,
} from '@osallisuusarvio/core';
import { createHash } from 'node:crypto';
import { clearDraft } from './draft.js';
import { renderForm } from './test-utils.js';
import type { UserEvent } from '@testing-library/user-event';

// Typing key by key re-renders the whole form per key in jsdom (tens of seconds on a busy machine); the
// first key is typed, the rest pasted, which goes through the same input path in one event.
async function typeText(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.keyboard(text.slice(0, 1));
  await user.paste(text.slice(1));
}

const example = EXAMPLES['service-network'].assessment; // meeting 15.3.2027
const heard = () => screen.getAllByLabelText(FOLLOW_UP_FIELDS['followUp.methods.*.heard'].label.fi)[0]!;

describe('the follow-up part after the decision', () => {
  it('is not offered before the meeting day, and says when it opens', () => {
    renderForm({ defaultValue: example, today: '2027-03-14' });
    expect(screen.getByText('Avautuu kokouksen jälkeen 15.3.2027.')).toBeInTheDocument();
    expect(screen.queryByLabelText(FOLLOW_UP_FIELDS['followUp.decision.decided'].label.fi)).toBeNull();
  });

  it('offers one row per method after the meeting, autosaves what was typed and restores it on reload', async () => {
    clearDraft('follow-up-1');
    const first = renderForm({ defaultValue: example, today: '2027-03-16', autosave: { key: 'follow-up-1' } });
    const rows = screen.getAllByLabelText(FOLLOW_UP_FIELDS['followUp.methods.*.heard'].label.fi);
    expect(rows).toHaveLength(createAssessment(example).methods.length);
    await typeText(first.user, heard(), 'Bussiyhteys toivottiin');
    await typeText(
      first.user,
      screen.getByLabelText(FOLLOW_UP_FIELDS['followUp.decision.decided'].label.fi),
      'Terveysasemat yhdistetään.',
    );
    await waitFor(() =>
      expect(window.localStorage.getItem('osallisuusarvio:draft:follow-up-1')).toContain('Bussiyhteys toivottiin'),
    );
    first.unmount();
    renderForm({ defaultValue: example, today: '2027-03-16', autosave: { key: 'follow-up-1' } });
    expect(heard()).toHaveValue('Bussiyhteys toivottiin');
    expect(screen.getByLabelText(FOLLOW_UP_FIELDS['followUp.decision.decided'].label.fi)).toHaveValue(
      'Terveysasemat yhdistetään.',
    );
    clearDraft('follow-up-1');
  });

  it('previews the notice with what was typed', async () => {
    const { user } = renderForm({ defaultValue: example, today: '2027-03-16' });
    await typeText(user, heard(), 'Iäkkäät toivoivat bussia');
    await user.click(screen.getByRole('button', { name: FOLLOW_UP_TEXTS.previewNotice.fi }));
    const frame = await screen.findByTitle(FOLLOW_UP_TEXTS.previewTitle.fi);
    const html = frame.getAttribute('srcdoc') ?? '';
    expect(html).toContain(FEEDBACK_TEXTS.title.fi);
    expect(html).toContain('Iäkkäät toivoivat bussia');
    expect(frame.getAttribute('sandbox')).toBe('');
  });

  it('records what was attached, says so when a later edit changes it, and the follow-up never does', async () => {
    const { user } = renderForm({ defaultValue: example, today: '2027-03-16' });
    await user.click(screen.getByRole('button', { name: FOLLOW_UP_TEXTS.markAttached.fi }));
    const expected = createHash('sha256')
      .update(attachedJson(createAssessment(example)))
      .digest('hex');
    const part = screen.getByRole('region', { name: FOLLOW_UP_TEXTS.part.fi });
    await within(part).findByText(new RegExp(expected.slice(0, 12)));
    await typeText(user, heard(), 'Kuultiin');
    await new Promise((r) => setTimeout(r, 400));
    expect(document.querySelector('[data-oa-notice="attached-changed"]')).toBeNull();
    await typeText(user, screen.getByLabelText(fieldLabel('case.title').fi), ' muutettu');
    await waitFor(() => expect(document.querySelector('[data-oa-notice="attached-changed"]')).not.toBeNull());
    expect(screen.getByText(FOLLOW_UP_TEXTS.attachedChanged.fi)).toBeInTheDocument();
  });
});
