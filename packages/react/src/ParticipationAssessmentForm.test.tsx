import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'vitest-axe';
import {
  CHECKLIST,
  EXAMPLES,
  KYMENLAAKSO,
  LOCALES,
  SECTIONS,
  WIDGET_TEXTS,
  assessmentSchema,
  canonicalJson,
  createAssessment,
  findRegion,
  fieldLabel,
  LEGAL,
  formatLegalReference,
  withOrganiser,
} from '@osallisuusarvio/core';
import type { Assessment, AssessmentInput, ParseResult } from '@osallisuusarvio/core';
import { ParticipationAssessmentForm } from './ParticipationAssessmentForm.js';
import { clearDraft } from './draft.js';
import { renderForm, TODAY } from './test-utils.js';

const fi = (text: { fi: string }) => text.fi;
const findings = () => screen.getByRole('region', { name: fi(SECTIONS.findings) });
const example = EXAMPLES['service-network'];

describe('ParticipationAssessmentForm', () => {
  it('asks the checklist questions in order, each a fieldset whose legend is the official wording', () => {
    renderForm();
    const legends = CHECKLIST.map((q) => screen.getByRole('group', { name: `${q.number}. ${q.question.fi}` }));
    expect(legends).toHaveLength(7);
    for (let i = 1; i < legends.length; i++) {
      expect(legends[i - 1]!.compareDocumentPosition(legends[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
    // Case details come first.
    const caseSection = screen.getByRole('group', { name: fi(SECTIONS.case) });
    expect(caseSection.compareDocumentPosition(legends[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Help and an example for every question.
    const first = legends[0]!;
    expect(within(first).getByText(CHECKLIST[0].help.fi)).toBeInTheDocument();
    expect(within(first).getByText(CHECKLIST[0].example.fi)).toBeInTheDocument();
  });

  it.each(LOCALES)('speaks %s: the questions and the root language come from core', (locale) => {
    const { container } = renderForm({ locale });
    expect(container.querySelector('.oa-root')).toHaveAttribute('lang', locale);
    for (const q of CHECKLIST)
      expect(screen.getByRole('group', { name: `${q.number}. ${q.question[locale]}` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: WIDGET_TEXTS.createPdf[locale] })).toBeInTheDocument();
  });

  it('takes typed text and ticked boxes into the value the host gets', async () => {
    const onChange = vi.fn();
    const { user } = renderForm({ onChange });
    await user.type(screen.getByLabelText(fieldLabel('case.title').fi), 'Terveysasemien yhdistäminen');
    const affected = screen.getByRole('group', { name: fieldLabel('affected.groups').fi });
    await user.click(within(affected).getByLabelText('Asukkaat'));
    await user.click(within(affected).getByLabelText('Henkilöstö'));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    const [assessment] = onChange.mock.lastCall as [Assessment];
    expect(assessment.case.title).toBe('Terveysasemien yhdistäminen');
    expect(assessment.affected.groups).toEqual(['residents', 'staff']);
    expect(assessmentSchema.safeParse(assessment).success).toBe(true);
  });

  it('shows a justification row when someone is deliberately left out, and the finding clears once it is justified', async () => {
    const { user } = renderForm();
    const excluded = screen.getByRole('group', { name: fieldLabel('invited.deliberatelyExcluded').fi });
    await user.click(within(excluded).getByLabelText('Kyllä'));
    await waitFor(() =>
      expect(within(findings()).getByText(/Ulkopuolelle jättämistä ei ole perusteltu/)).toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: fi(WIDGET_TEXTS.addExclusion) }));
    await user.type(screen.getByRole('textbox', { name: 'Kuka' }), 'Alle 15-vuotiaat');
    await user.type(
      screen.getByRole('textbox', { name: 'Perustelu' }),
      'Asia ei koske lapsia; heitä kuullaan erikseen koulujen kautta.',
    );
    await waitFor(() =>
      expect(within(findings()).queryByText(/Ulkopuolelle jättämistä ei ole perusteltu/)).not.toBeInTheDocument(),
    );
  });

  it('asks for the elderly council when older people are affected, and adds the consultation from the recommendation', async () => {
    const { user } = renderForm({ region: KYMENLAAKSO });
    const affected = screen.getByRole('group', { name: fieldLabel('affected.groups').fi });
    await user.click(within(affected).getByLabelText('Ikääntyneet'));
    await waitFor(() =>
      expect(
        within(findings()).getByText(/Vanhusneuvostolla ei ole ollut mahdollisuutta vaikuttaa/),
      ).toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: 'Lisää: Kymenlaakson hyvinvointialueen vanhusneuvosto' }));
    const row = screen.getByRole('group', { name: /Kuuleminen 1: Kymenlaakson hyvinvointialueen vanhusneuvosto/ });
    expect(row).toContainElement(document.activeElement as HTMLElement);
    await user.click(within(row).getByRole('radio', { name: 'Lausuntoa pyydetty' }));
    await user.type(
      within(row).getByRole('textbox', { name: fieldLabel('consultations.0.requestedOn').fi }),
      '20.1.2027',
    );
    await waitFor(() =>
      expect(
        within(findings()).queryByText(/Vanhusneuvostolla ei ole ollut mahdollisuutta vaikuttaa/),
      ).not.toBeInTheDocument(),
    );
  });

  it('keeps a consulted body the region does not have, and explains each method from 29 §', () => {
    renderForm({
      defaultValue: {
        methods: [{ method: 'opinionSurvey', what: 'Verkkokysely' }],
        consultations: [{ body: 'samiLanguageCommittee', status: 'notNeeded', reason: 'Ei koske saamelaisia.' }],
      },
    });
    const row = screen.getByRole('group', { name: /Kuuleminen 1/ });
    expect(within(row).getByRole('combobox', { name: fieldLabel('consultations.0.body').fi })).toHaveValue(
      'samiLanguageCommittee',
    );
    const method = screen.getByRole('combobox', { name: fieldLabel('methods.0.method').fi });
    expect(method).toHaveAccessibleDescription(/29 §/);
  });

  it('names the legal basis of a finding and moves focus to the field it is about', async () => {
    const { user } = renderForm();
    const panel = findings();
    expect(within(panel).getByText(/Osallistumista ei järjestetä eikä sitä ole perusteltu/)).toBeInTheDocument();
    expect(
      within(panel).getByRole('link', { name: formatLegalReference(LEGAL.participationRight, 'fi') }),
    ).toHaveAttribute('href', expect.stringContaining('finlex.fi'));
    await user.click(within(panel).getByRole('button', { name: `Siirry kohtaan: ${fieldLabel('methods').fi}` }));
    // "methods" is the rows section: focus lands on its first control.
    expect(screen.getByRole('group', { name: fi(SECTIONS.methods) })).toContainElement(
      document.activeElement as HTMLElement,
    );
  });

  it('moves focus to the very input named by the finding', async () => {
    const { user } = renderForm({
      defaultValue: { ...createAssessment(), timing: { ...createAssessment().timing, enoughTime: 'no' } },
    });
    await user.click(
      within(findings()).getByRole('button', { name: `Siirry kohtaan: ${fieldLabel('timing.enoughTimeReason').fi}` }),
    );
    expect(document.activeElement).toHaveAttribute('name', 'timing.enoughTimeReason');
  });

  it('shows progress per question from core', async () => {
    const { user } = renderForm();
    const q = screen.getByRole('group', { name: `7. ${CHECKLIST[6].question.fi}` });
    expect(within(q).getByText('0/1 vastattu')).toBeInTheDocument();
    await user.click(within(q).getByLabelText('Kyllä, testataan'));
    await waitFor(() => expect(within(q).getByText('1/1 vastattu')).toBeInTheDocument());
  });

  it('jumps from the progress list to the first unanswered item of a part', async () => {
    const { user } = renderForm();
    const nav = screen.getByRole('navigation', { name: /Eteneminen/ });
    await user.click(within(nav).getByRole('link', { name: `3. ${CHECKLIST[2].question.fi}` }));
    expect(document.activeElement).toHaveAttribute('name', 'influence.text');
  });

  it('submits a valid assessment without errors', async () => {
    const onSubmit = vi.fn();
    const { user } = renderForm({ defaultValue: example.assessment, region: KYMENLAAKSO, onSubmit });
    await user.click(screen.getByRole('button', { name: fi(WIDGET_TEXTS.submit) }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const [assessment] = onSubmit.mock.lastCall as [Assessment];
    expect(assessmentSchema.parse(assessment)).toEqual(
      withOrganiser(createAssessment(example.assessment), KYMENLAAKSO),
    );
    expect(screen.getByText(fi(WIDGET_TEXTS.submitted))).toBeInTheDocument();
  });

  it('does not submit with errors: an error summary takes focus and links to the field', async () => {
    const onSubmit = vi.fn();
    const { user } = renderForm({ onSubmit });
    await user.click(screen.getByRole('button', { name: fi(WIDGET_TEXTS.submit) }));
    const summary = await screen.findByRole('heading', { name: fi(WIDGET_TEXTS.errorSummaryTitle) });
    const box = summary.closest('.oa-error-summary') as HTMLElement;
    await waitFor(() => expect(box).toHaveFocus());
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(within(box).getAllByRole('link')[0]!);
    expect(screen.getByRole('group', { name: fi(SECTIONS.methods) })).toContainElement(
      document.activeElement as HTMLElement,
    );
  });

  it('makes the PDF appendix with the injected maker and hands the host a Blob', async () => {
    const renderPdf = vi.fn(async () => new TextEncoder().encode('%PDF-1.7 test'));
    const onPdf = vi.fn();
    const createObjectURL = vi.fn(() => 'blob:test');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const { user } = renderForm({ defaultValue: example.assessment, region: KYMENLAAKSO, renderPdf, onPdf });
    await user.click(screen.getByRole('button', { name: fi(WIDGET_TEXTS.createPdf) }));
    await waitFor(() => expect(onPdf).toHaveBeenCalledTimes(1));
    const [blob, assessment] = onPdf.mock.lastCall as [Blob, Assessment];
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe('application/pdf');
    expect(assessment.case.diaryNumber).toBe(example.assessment.case!.diaryNumber);
    expect(renderPdf).toHaveBeenCalledWith(
      expect.objectContaining({ schemaVersion: 3 }),
      expect.objectContaining({ locale: 'fi', region: KYMENLAAKSO }),
    );
    expect(await screen.findByRole('link', { name: fi(WIDGET_TEXTS.downloadPdf) })).toHaveAttribute(
      'href',
      'blob:test',
    );
    // The suggested name carries the language, so that the Swedish appendix does not overwrite the Finnish one.
    expect(screen.getByRole('link', { name: fi(WIDGET_TEXTS.downloadPdf) })).toHaveAttribute(
      'download',
      `osallisuusarviointi-${example.assessment.case!.diaryNumber!.replace(/\//g, '-')}-fi.pdf`,
    );
    // The preview opens on request (a strict CSP would block a blob: frame).
    await user.click(screen.getByRole('button', { name: fi(WIDGET_TEXTS.showPreview) }));
    expect(screen.getByTitle(fi(WIDGET_TEXTS.pdfPreview))).toHaveAttribute('src', 'blob:test');
    expect(screen.getByRole('button', { name: fi(WIDGET_TEXTS.hidePreview) })).toHaveAttribute('aria-expanded', 'true');

    // An edit makes that PDF out of date: it is no longer offered.
    await user.type(screen.getByLabelText(fieldLabel('case.agendaItem').fi), 'a');
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: fi(WIDGET_TEXTS.downloadPdf) })).not.toBeInTheDocument(),
    );
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:test');
  });

  it('names the PDF of an incomplete assessment as a draft, in its language', async () => {
    const renderPdf = vi.fn(async () => new TextEncoder().encode('%PDF-1.7 test'));
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:test'), revokeObjectURL: vi.fn() });
    const { user } = renderForm({ defaultValue: { case: { language: 'sv', diaryNumber: 'D/1' } }, renderPdf });
    await user.click(screen.getByRole('button', { name: fi(WIDGET_TEXTS.createPdf) }));
    expect(await screen.findByRole('link', { name: fi(WIDGET_TEXTS.downloadPdf) })).toHaveAttribute(
      'download',
      'osallisuusarviointi-D-1-sv-utkast.pdf',
    );
  });

  it('saves the assessment as canonical JSON', async () => {
    let saved: Blob | undefined;
    Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => ((saved = b), 'blob:json')), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderForm({ defaultValue: example.assessment });
    await user.click(screen.getByRole('button', { name: fi(WIDGET_TEXTS.saveJson) }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const anchor = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(anchor.download).toBe('osallisuusarviointi-KYMHVA-2145-05.00.00-2026.json');
    expect(await saved!.text()).toBe(canonicalJson(createAssessment(example.assessment)));
    click.mockRestore();
  });

  it('keeps host case details and shows them read-only', () => {
    renderForm({
      caseDetails: { diaryNumber: 'KYMHVA/1/2026', title: 'Otsikko isäntäjärjestelmästä', meetingDate: '2027-01-15' },
    });
    const diary = screen.getByLabelText(fieldLabel('case.diaryNumber').fi);
    expect(diary).toHaveValue('KYMHVA/1/2026');
    expect(diary).toHaveAttribute('readonly');
    // Shown as the official writes dates; stored as ISO.
    const date = screen.getByLabelText(fieldLabel('case.meetingDate').fi);
    expect(date).toHaveValue('15.1.2027');
    // Each locked field says where it comes from, in words and to a screen reader.
    for (const field of [diary, date, screen.getByLabelText(fieldLabel('case.title').fi)]) {
      expect(field).toHaveAttribute('readonly');
      expect(field).toHaveAccessibleDescription(expect.stringContaining(fi(WIDGET_TEXTS.fromCaseSystem)));
    }
    expect(screen.getAllByText(fi(WIDGET_TEXTS.fromCaseSystem))).toHaveLength(3);
    // Fields the host does not fill say nothing of the kind.
    expect(screen.getByLabelText(fieldLabel('case.agendaItem').fi)).not.toHaveAccessibleDescription(
      expect.stringContaining(fi(WIDGET_TEXTS.fromCaseSystem)),
    );
  });

  it('renders no editable input when read-only', () => {
    const { container } = renderForm({ readOnly: true, defaultValue: example.assessment });
    const editable = [...container.querySelectorAll('input, textarea, select')].filter(
      (el) => !(el as HTMLInputElement).disabled && !(el as HTMLInputElement).readOnly,
    );
    expect(editable).toEqual([]);
    expect(screen.queryByRole('button', { name: fi(WIDGET_TEXTS.submit) })).not.toBeInTheDocument();
    expect(screen.getByDisplayValue(example.assessment.case!.title!)).toBeInTheDocument();
  });

  it('follows a controlled value', () => {
    const { rerender } = render(
      <ParticipationAssessmentForm value={createAssessment({ case: { title: 'Ensimmäinen' } })} today={TODAY} />,
    );
    expect(screen.getByLabelText(fieldLabel('case.title').fi)).toHaveValue('Ensimmäinen');
    rerender(<ParticipationAssessmentForm value={createAssessment({ case: { title: 'Toinen' } })} today={TODAY} />);
    expect(screen.getByLabelText(fieldLabel('case.title').fi)).toHaveValue('Toinen');
  });
});

describe('autosave', () => {
  it('restores the draft after the form is unmounted (a reload, a crash) and clearDraft removes it', async () => {
    const first = renderForm({ autosave: { key: 'case-42' } });
    await first.user.type(screen.getByLabelText(fieldLabel('case.title').fi), 'Keskeneräinen');
    first.unmount();

    const second = renderForm({ autosave: { key: 'case-42' } });
    expect(screen.getByLabelText(fieldLabel('case.title').fi)).toHaveValue('Keskeneräinen');
    expect(screen.getByText(fi(WIDGET_TEXTS.draftRestored))).toBeInTheDocument();
    second.unmount();

    clearDraft('case-42');
    renderForm({ autosave: { key: 'case-42' } });
    expect(screen.getByLabelText(fieldLabel('case.title').fi)).toHaveValue('');
  });

  it('clears the draft when the submit completes, if the host asks', async () => {
    const storage = window.localStorage;
    const onSubmit = vi.fn(async () => {});
    const { user } = renderForm({
      defaultValue: example.assessment,
      region: KYMENLAAKSO,
      onSubmit,
      autosave: { key: 'case-7', storage, clearOnSubmit: true },
    });
    await user.type(screen.getByLabelText(fieldLabel('case.agendaItem').fi), ' b');
    await waitFor(() => expect(storage.getItem('osallisuusarvio:draft:case-7')).not.toBeNull());
    await user.click(screen.getByRole('button', { name: fi(WIDGET_TEXTS.submit) }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    await waitFor(() => expect(storage.getItem('osallisuusarvio:draft:case-7')).toBeNull());
  });
});

describe('opening files', () => {
  const openFile = () => screen.getByLabelText(fi(WIDGET_TEXTS.openFile));

  it('opens a saved JSON file', async () => {
    const { user } = renderForm();
    const json = JSON.stringify(createAssessment(example.assessment));
    await user.upload(openFile(), new File([json], 'arvio.json', { type: 'application/json' }));
    await waitFor(() =>
      expect(screen.getByLabelText(fieldLabel('case.title').fi)).toHaveValue(example.assessment.case!.title),
    );
  });

  it('tells the official, and the developer, when the host passes a value it cannot read', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<ParticipationAssessmentForm defaultValue={{ case: { meetingDate: 15 } } as unknown as AssessmentInput} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(fi(WIDGET_TEXTS.hostValueInvalid));
    expect(alert).toHaveTextContent('case.meetingDate');
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('takes the official from the top of the form to the findings', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('button', { name: /Siirry havaintoihin/ }));
    expect(screen.getByRole('heading', { name: fi(SECTIONS.findings) })).toHaveFocus();
  });

  it('opens a file with fields this version does not know and says which were left out', async () => {
    const { user } = renderForm();
    const json = JSON.stringify({
      ...createAssessment(example.assessment),
      hostNote: 'x',
      case: { ...createAssessment(example.assessment).case, meetingdate: '2027-01-01' },
    });
    await user.upload(openFile(), new File([json], 'vanha.json', { type: 'application/json' }));
    await waitFor(() =>
      expect(screen.getByLabelText(fieldLabel('case.title').fi)).toHaveValue(example.assessment.case!.title),
    );
    expect(await screen.findByText(/case\.meetingdate, hostNote/)).toHaveTextContent('eikä niitä otettu mukaan');
  });

  it('explains why a broken JSON file cannot be opened and leaves the draft untouched', async () => {
    const { user } = renderForm();
    await user.type(screen.getByLabelText(fieldLabel('case.title').fi), 'Oma luonnos');
    await user.upload(
      openFile(),
      new File(['{"schemaVersion":2,"methods":"kaikki","timing":{"opensOn":"huomenna"}}'], 'rikki.json', {
        type: 'application/json',
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(fi(WIDGET_TEXTS.importFailed));
    expect(alert).toHaveTextContent('methods');
    expect(alert).toHaveTextContent('timing.opensOn');
    expect(screen.getByLabelText(fieldLabel('case.title').fi)).toHaveValue('Oma luonnos');
  });

  it("explains the problems in the official's language", async () => {
    const { user } = renderForm({ locale: 'sv' });
    await user.upload(
      screen.getByLabelText(WIDGET_TEXTS.openFile.sv),
      new File(['{"timing":{"opensOn":"i morgon"}}'], 'fel.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(WIDGET_TEXTS.importFailed.sv);
    expect(alert).toHaveTextContent('timing.opensOn');
    expect(alert).toHaveTextContent('ÅÅÅÅ-MM-DD');
  });

  it('explains why a broken PDF cannot be opened and leaves the draft untouched', async () => {
    const readPdf = vi.fn(
      (): ParseResult => ({
        ok: false,
        errors: [
          {
            path: [],
            pathText: '',
            code: 'no_attachment',
            message: { fi: 'PDF-tiedostossa ei ole osallisuusarviota.', sv: '-', en: '-' },
          },
        ],
      }),
    );
    const { user } = renderForm({ readPdf });
    await user.type(screen.getByLabelText(fieldLabel('case.title').fi), 'Oma luonnos');
    await user.upload(openFile(), new File(['%PDF-1.7 not really'], 'liite.pdf', { type: 'application/pdf' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('PDF-tiedostossa ei ole osallisuusarviota.');
    expect(readPdf).toHaveBeenCalled();
    expect(screen.getByLabelText(fieldLabel('case.title').fi)).toHaveValue('Oma luonnos');
  });
});

describe('opening a PDF whose data could not be checked', () => {
  it('opens it and says, in the form’s language, that it could not be checked against its checksum', async () => {
    // A small assessment: the form fills in quickly, and the notice is what is looked at.
    const parsed = assessmentSchema.safeParse({ case: { title: 'Avattu liite' } });
    if (!parsed.success) throw new Error('assessment');
    const notice = { fi: 'Tietoja ei voitu tarkistaa.', sv: 'Uppgifterna kunde inte kontrolleras.', en: '-' };
    const readPdf = vi.fn(() => ({ ok: true as const, assessment: parsed.data, verified: false, notice }));
    const { user } = renderForm({ locale: 'sv', readPdf });
    await user.upload(
      screen.getByLabelText(WIDGET_TEXTS.openFile.sv),
      new File(['%PDF-1.7 re-saved'], 'liite.pdf', { type: 'application/pdf' }),
    );
    expect(await screen.findByText('Uppgifterna kunde inte kontrolleras.', {}, { timeout: 10_000 })).toHaveAttribute(
      'role',
      'status',
    );
    expect(readPdf).toHaveBeenCalled();
  });
});

describe('accessibility', () => {
  it('works from the keyboard alone: tab to a box, tick it with space, reach a finding and follow it', async () => {
    const { user } = renderForm();
    const diary = screen.getByLabelText(fieldLabel('case.diaryNumber').fi);
    diary.focus();
    await user.keyboard('KYMHVA/1/2027');
    expect(diary).toHaveValue('KYMHVA/1/2027');
    const first = within(screen.getByRole('group', { name: fieldLabel('case.matterTypes').fi })).getAllByRole(
      'checkbox',
    )[0]!;
    first.focus();
    await user.keyboard(' ');
    expect(first).toBeChecked();
    const go = within(findings()).getAllByRole('button', { name: `Siirry kohtaan: ${fieldLabel('methods').fi}` })[0]!;
    go.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: fi(SECTIONS.methods) })).toContainElement(
      document.activeElement as HTMLElement,
    );
  });

  it('injects no <style> element', () => {
    const { container } = renderForm({ defaultValue: example.assessment });
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('has no axe violations on the empty form', async () => {
    const { container } = renderForm();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no axe violations on a filled example with findings and rows', async () => {
    const e = EXAMPLES.budget;
    const { container } = renderForm({ defaultValue: e.assessment, region: findRegion(e.region) });
    await act(async () => {});
    expect(await axe(container)).toHaveNoViolations();
  });
});
