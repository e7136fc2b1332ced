import { afterEach, describe, expect, it } from 'vitest';
import { within } from '@testing-library/dom';
import { HELSINKI, KYMENLAAKSO, createAssessment } from '@osallisuusarvio/core';
import { mount } from './mount.js';
import { TODAY } from './test-utils.js';

afterEach(() => {
  document.body.innerHTML = '';
});

function widgetFor(options: Parameters<typeof mount>[1]) {
  const host = document.createElement('div');
  document.body.append(host);
  return { host, widget: mount(host, { today: TODAY, ...options }) };
}

describe('the organiser the widget records', () => {
  it('is the host’s profile when the assessment names none', () => {
    const { widget } = widgetFor({ defaultValue: createAssessment(), region: KYMENLAAKSO });
    expect(widget.getValue().organiser).toEqual({ id: 'kymenlaakso', profileVersion: KYMENLAAKSO.version });
    widget.unmount();
  });

  it('is none when the host gives no profile (the generic stand-in is not recorded)', () => {
    const { widget } = widgetFor({ defaultValue: createAssessment() });
    expect(widget.getValue().organiser.id).toBeNull();
    widget.unmount();
  });

  it('stays the recorded one when the host gives another, and the findings say they differ', () => {
    const recorded = { id: 'helsinki', profileVersion: HELSINKI.version };
    const { host, widget } = widgetFor({
      defaultValue: createAssessment({ organiser: recorded }),
      region: KYMENLAAKSO,
    });
    expect(widget.getValue().organiser).toEqual(recorded);
    expect(widget.getEvaluation()?.findings.map((f) => f.ruleId)).toContain('organiser-mismatch');
    expect(within(host).getByText('Arviointi on tehty toiselle järjestäjälle')).toBeInTheDocument();
    widget.unmount();
  });
});
