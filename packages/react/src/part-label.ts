import { CHECKLIST_QUESTIONS, SECTIONS } from '@osallisuusarvio/core/first-paint';
import type { LocalizedText, PartId } from '@osallisuusarvio/core';

/** A part's name in the progress list and the steps: "3. Milloin…" for a question, the section's name else. */
export const partLabel = (part: PartId): LocalizedText => {
  const q = CHECKLIST_QUESTIONS.find((x) => x.id === part);
  if (q)
    return {
      fi: `${q.number}. ${q.question.fi}`,
      sv: `${q.number}. ${q.question.sv}`,
      en: `${q.number}. ${q.question.en}`,
    };
  return SECTIONS[part as keyof typeof SECTIONS];
};
