import { LOCALES } from './i18n.js';
import type { Locale } from './i18n.js';
import { formatLegalReference } from './legal.js';
import type { LegalReference } from './legal.js';
import { RULES } from './rules/index.js';
import type { AnyRule } from './rules/types.js';
import { RULE_KIND_LABELS, SEVERITY_LABELS } from './rules/types.js';
import { resolveLegalBasis } from './legal-roles.js';
import { shortLegalReference } from './legal.js';
import { GENERIC_MUNICIPALITY, GENERIC_WELFARE_REGION } from './organisers/data.js';
import { METHODS } from './catalogues/methods.js';
import { BODIES } from './catalogues/bodies.js';
import { labelOf } from './catalogues/index.js';
import { CATALOGUE_EFFECTIVE_DATE, CATALOGUE_VERSION } from './catalogues/types.js';

const LANGUAGE_NAMES: Record<Locale, string> = { fi: 'suomeksi', sv: 'på svenska', en: 'in English' };

function legalLink(ref: LegalReference): string {
  const note = ref.verified ? '' : ' *(pykälänumero tarkistamatta Finlexistä / section number not yet verified)*';
  return `[${formatLegalReference(ref, 'fi')}](${ref.url})${note}`;
}

/** Placeholders are shown as ‹name› so a reader sees where a group, a body or a date is filled in. */
const showParams = (text: string) => text.replace(/\{(\w+)\}/g, '‹$1›');

/**
 * The rule reference (docs/rules.md): every rule with its legal basis, when it fires and what it says, in
 * Finnish, Swedish and English. Generated from the rule constants so that it cannot drift from the code.
 */
export function ruleReferenceMarkdown(rules: readonly AnyRule[] = RULES): string {
  const out: string[] = [];
  out.push('# Sääntöviite – Regelreferens – Rule reference', '');
  out.push(
    `Generoitu tiedostoista \`packages/core/src/rules/*.ts\` komennolla \`pnpm gen\`; älä muokkaa käsin. ` +
      `Genererad ur regelkonstanterna med \`pnpm gen\`; redigera inte för hand. ` +
      `Generated from the rule constants by \`pnpm gen\`; do not edit by hand. ` +
      `Luettelot / catalogues: versio ${CATALOGUE_VERSION}, voimassa ${CATALOGUE_EFFECTIVE_DATE}.`,
    '',
  );
  out.push(
    '| Tunnus / id | Vakavuus / severity | Laji / kind | Sääntö | Perusta: hyvinvointialue / county | Perusta: kunta / municipality |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  const short = (refs: readonly LegalReference[]) => refs.map(shortLegalReference).join('; ') || '–';
  for (const r of rules) {
    const kind = r.kind ?? 'goodPractice';
    out.push(
      `| [\`${r.id}\`](#${r.id}) | ${SEVERITY_LABELS[r.severity].fi} (${r.severity}) | ${RULE_KIND_LABELS[kind].fi} (${kind}) | ${r.title.fi} | ${short(resolveLegalBasis(r.legalBasis, GENERIC_WELFARE_REGION))} | ${short(resolveLegalBasis(r.legalBasis, GENERIC_MUNICIPALITY))} |`,
    );
  }
  out.push('');
  for (const r of rules) {
    out.push(`## ${r.id}`, '');
    out.push(
      `**${r.title.fi}** · ${SEVERITY_LABELS[r.severity].fi} / ${SEVERITY_LABELS[r.severity].en} (\`${r.severity}\`)`,
      '',
    );
    const kind = r.kind ?? 'goodPractice';
    out.push(
      `Laji / kind: ${RULE_KIND_LABELS[kind].fi} / ${RULE_KIND_LABELS[kind].sv} / ${RULE_KIND_LABELS[kind].en} (\`${kind}\`)`,
      '',
    );
    for (const [label, organiser] of [
      ['hyvinvointialue / välfärdsområde / wellbeing services county', GENERIC_WELFARE_REGION],
      ['kunta / kommun / municipality', GENERIC_MUNICIPALITY],
    ] as const) {
      const refs = resolveLegalBasis(r.legalBasis, organiser);
      out.push(
        `Oikeudellinen perusta / rättslig grund / legal basis (${label}): ${refs.length ? refs.map(legalLink).join('; ') : '–'}`,
        '',
      );
    }
    const recommends = [
      ...(r.recommends?.methods ?? []).map((m) => labelOf(METHODS, m).fi),
      ...(r.recommends?.consultations ?? []).map((b) => labelOf(BODIES, b).fi),
    ];
    if (recommends.length) out.push(`Suosittelee / recommends: ${recommends.join('; ')}`, '');
    for (const locale of LOCALES) {
      out.push(`- **${r.title[locale]}** (${LANGUAGE_NAMES[locale]})`);
      if (r.description) out.push(`  - ${r.description[locale]}`);
      out.push(`  - ”${showParams(r.message[locale])}”`);
    }
    out.push('');
  }
  return out.join('\n');
}
