import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followedUp } from '../../../core/src/feedback/feedback-fixtures.js';
import { runCli } from '../test-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-feedback-'));
  writeFileSync(join(dir, 'a.json'), JSON.stringify(followedUp()));
  writeFileSync(join(dir, 'bad.json'), '{"followUp": {"methods": [{"row": -1}]}}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => runCli(args, { cwd: dir, env: { SOURCE_DATE_EPOCH: '1806364800' } });

describe('osallisuusarvio feedback', () => {
  it('prints the notice as HTML in the assessment’s language', async () => {
    const { code, stdout: out } = await cli(['feedback', 'a.json']);
    expect(code).toBe(0);
    const html = out.toString('utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fi">/);
    expect(html).toContain('<h1 id="notice-fi-title">Mitä osallistumisesta seurasi?</h1>');
  });

  it('puts Finnish and Swedish in one notice, and writes a PDF', async () => {
    const both = await cli(['feedback', 'a.json', '--locale', 'fi,sv']);
    expect(both.text).toContain('Vad ledde deltagandet till?');
    const pdf = await cli(['feedback', 'a.json', '--locale', 'sv', '--format', 'pdf', '-o', 'palaute.pdf']);
    expect(pdf.code).toBe(0);
    expect(readFileSync(join(dir, 'palaute.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('gives a bilingual organiser both national languages, majority first, unless --locale asks for one', async () => {
    const swedish = await cli(['feedback', 'a.json', '--region', 'pohjanmaa']);
    const html = swedish.text;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(html.indexOf('<h1 id="notice-fi-title">')).toBeGreaterThan(html.indexOf('<h1 id="notice-sv-title">'));
    const own = { ...followedUp(), organiser: { id: 'kymenlaakso', profileVersion: null } };
    writeFileSync(join(dir, 'kymenlaakso.json'), JSON.stringify(own));
    const named = (await cli(['feedback', 'kymenlaakso.json'])).text;
    expect(named).toMatch(/<html lang="fi">[\s\S]*notice-fi-title[\s\S]*notice-sv-title/);
    const one = (await cli(['feedback', 'kymenlaakso.json', '--locale', 'fi'])).text;
    expect(one).not.toContain('notice-sv-title');
  });

  it('names the problem in an assessment it cannot read, and refuses bad options', async () => {
    const bad = await cli(['feedback', 'bad.json']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('followUp.methods[0].row');
    expect((await cli(['feedback', 'a.json', '--locale', 'de'])).code).toBe(2);
    expect((await cli(['feedback', 'a.json', '--format', 'docx'])).stderr).toContain('--format must be html or pdf');
    expect((await cli(['feedback'])).stderr).toContain('no input');
  });
});
