import { bodyName, ORGANISERS } from '@osallisuusarvio/core';
import type { Locale, OrganiserProfile } from '@osallisuusarvio/core';

export const REGIONS_OPTIONS = { json: { type: 'boolean' } } as const;

export const REGIONS_HELP = `Usage: osallisuusarvio regions [--json]

Lists the organiser profiles that --region accepts: the 21 welfare regions, Helsinki, and the generic
welfare region, municipality and bilingual municipality (from which a host makes its own, for
--region-file). For each: id, kind, names in Finnish, Swedish and English, whether it is bilingual, its
majority language, whether it has a Sámi language committee, and its influence bodies and committees.
English names not seen in an official source are marked "(unverified)".

  --json                   print the list as JSON
  --lang fi|sv|en          language of the body names in the text listing (default: en)

Examples:
  osallisuusarvio regions
  osallisuusarvio regions --json
`;

/** One organiser as the listing shows it; the JSON output is a list of these. */
export function describeOrganiser(o: OrganiserProfile) {
  return {
    id: o.id,
    kind: o.kind,
    version: o.version,
    name: o.name,
    unverifiedNames: o.unverifiedNames,
    bilingual: o.bilingual,
    majorityLanguage: o.majorityLanguage,
    samiLanguageCommittee: o.samiLanguageCommittee,
    bodies: o.bodies.map((id) => ({ id, name: bodyName(id, o) })),
  };
}

export function regionsCommand(json: boolean, lang: Locale): string {
  if (json) return `${JSON.stringify(ORGANISERS.map(describeOrganiser), null, 2)}\n`;
  const width = Math.max(...ORGANISERS.map((o) => o.id.length));
  const lines = ORGANISERS.map((o) => {
    const en = o.unverifiedNames.includes('en') ? `${o.name.en} (unverified)` : o.name.en;
    const languages = o.bilingual ? `bilingual, ${o.majorityLanguage} majority` : o.majorityLanguage;
    const sami = o.samiLanguageCommittee ? ', Sámi language committee' : '';
    const bodies = o.bodies.map((b) => bodyName(b, o)[lang]).join('; ');
    return `${o.id.padEnd(width)}  ${o.kind}: ${o.name.fi} / ${o.name.sv} / ${en} (${languages}${sami})\n${' '.repeat(width + 2)}bodies: ${bodies}`;
  });
  return `${lines.join('\n')}\n`;
}
