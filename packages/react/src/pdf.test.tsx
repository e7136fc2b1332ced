import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import {
  EXAMPLES,
  KYMENLAAKSO,
  WIDGET_TEXTS,
  createAssessment,
  fieldLabel,
  withOrganiser,
} from '@osallisuusarvio/core';
import type { Assessment } from '@osallisuusarvio/core';
import { readAppendix } from '@osallisuusarvio/pdf';
import { renderForm } from './test-utils.js';
import { readFileBytes } from './files.js';

// Form → PDF (the real @osallisuusarvio/pdf, loaded lazily as in production) → read back.
describe('the PDF appendix made by the form', () => {
  it('embeds exactly the form value as JSON, and the form opens that PDF again', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:appendix'), revokeObjectURL: vi.fn() });
    const onPdf = vi.fn();
    const example = EXAMPLES['service-network'];
    const first = renderForm({ defaultValue: example.assessment, region: KYMENLAAKSO, onPdf });
    await first.user.click(screen.getByRole('button', { name: WIDGET_TEXTS.createPdf.fi }));
    await waitFor(() => expect(onPdf).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    const [blob, assessment] = onPdf.mock.lastCall as [Blob, Assessment];
    expect(assessment).toEqual(withOrganiser(createAssessment(example.assessment), KYMENLAAKSO));

    const bytes = await readFileBytes(blob);
    const read = readAppendix(bytes);
    expect(read.ok && read.assessment).toEqual(assessment);
    first.unmount();

    // An official opens the earlier appendix in a blank form.
    const second = renderForm();
    await second.user.upload(
      screen.getByLabelText(WIDGET_TEXTS.openFile.fi),
      new File([bytes as BlobPart], 'liite.pdf', { type: 'application/pdf' }),
    );
    await waitFor(
      () => expect(screen.getByLabelText(fieldLabel('case.title').fi)).toHaveValue(example.assessment.case!.title),
      { timeout: 20_000 },
    );
  });

  it('a Swedish widget makes a Swedish appendix without the official touching the language field', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:appendix'), revokeObjectURL: vi.fn() });
    const onPdf = vi.fn();
    const { case: c, ...rest } = EXAMPLES['service-network'].assessment;
    const { language: _none, ...caseDetails } = c!;
    const form = renderForm({ locale: 'sv', defaultValue: { ...rest, case: caseDetails }, region: KYMENLAAKSO, onPdf });
    await form.user.click(screen.getByRole('button', { name: WIDGET_TEXTS.createPdf.sv }));
    await waitFor(() => expect(onPdf).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    const bytes = await readFileBytes((onPdf.mock.lastCall as [Blob])[0]);
    const read = readAppendix(bytes);
    expect(read.ok && read.assessment.case.language).toBe('sv');
    // The document's own language, as a screen reader and the archive read it.
    expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/Lang \(sv/);
  });

  it('shows why a PDF that is no appendix cannot be opened, and keeps the draft', async () => {
    const { user } = renderForm();
    await user.type(screen.getByLabelText(fieldLabel('case.title').fi), 'Oma luonnos');
    await user.upload(
      screen.getByLabelText(WIDGET_TEXTS.openFile.fi),
      new File(['%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF'], 'muu.pdf', { type: 'application/pdf' }),
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 20_000 });
    expect(alert).toHaveTextContent(WIDGET_TEXTS.importFailed.fi);
    expect(screen.getByLabelText(fieldLabel('case.title').fi)).toHaveValue('Oma luonnos');
  });
});
