import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { EXAMPLES, KYMENLAAKSO, WIDGET_TEXTS, fieldLabel } from '@osallisuusarvio/core';
import { renderForm } from './test-utils.js';

// A host that did not install the optional peer @osallisuusarvio/pdf and passed no renderPdf or readPdf:
// importing the package fails, as it does in Node and in a browser without it.
vi.mock('@osallisuusarvio/pdf', () => {
  throw new Error("Cannot find package '@osallisuusarvio/pdf'");
});
// The reader is an entry of the same package: without the package it is missing too.
vi.mock('@osallisuusarvio/pdf/read', () => {
  throw new Error("Cannot find package '@osallisuusarvio/pdf'");
});

describe('a host that installed the widget without @osallisuusarvio/pdf', () => {
  it('tells the official why no PDF can be made, in the form’s language, and tells the developer what to do', async () => {
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
    const { user } = renderForm({
      defaultValue: EXAMPLES['service-network'].assessment,
      region: KYMENLAAKSO,
      locale: 'sv',
    });
    await user.click(screen.getByRole('button', { name: WIDGET_TEXTS.createPdf.sv }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(WIDGET_TEXTS.pdfMakerMissing.sv);
    expect(String(console.mock.calls[0]?.[0])).toContain('install it next to @osallisuusarvio/react');
    console.mockRestore();
  });

  it('opens a JSON file still, and says why a PDF cannot be opened, keeping the draft', async () => {
    vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
    const { user } = renderForm();
    await user.type(screen.getByLabelText(fieldLabel('case.title').fi), 'Oma luonnos');
    await user.upload(
      screen.getByLabelText(WIDGET_TEXTS.openFile.fi),
      new File(['%PDF-1.7\n%%EOF'], 'liite.pdf', { type: 'application/pdf' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(WIDGET_TEXTS.pdfMakerMissing.fi);
    expect(screen.getByLabelText(fieldLabel('case.title').fi)).toHaveValue('Oma luonnos');

    await user.upload(
      screen.getByLabelText(WIDGET_TEXTS.openFile.fi),
      new File([JSON.stringify({ case: { title: 'Tuotu' } })], 'arvio.json', { type: 'application/json' }),
    );
    // The draft has answers: the form asks before it replaces them.
    await user.click(await screen.findByRole('button', { name: WIDGET_TEXTS.importReplace.fi }));
    await vi.waitFor(() => expect(screen.getByLabelText(fieldLabel('case.title').fi)).toHaveValue('Tuotu'));
  });
});
