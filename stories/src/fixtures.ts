import { EXAMPLES, findRegion, GENERIC_REGION } from '@osallisuusarvio/core';
import type { AssessmentInput, ExampleName, RegionProfile } from '@osallisuusarvio/core';

/** The day the rules treat as today in every story, so that findings do not change with the calendar. */
export const TODAY = '2026-12-01';

export function exampleRegion(name: ExampleName): RegionProfile {
  return findRegion(EXAMPLES[name].region) ?? GENERIC_REGION;
}

export function exampleValue(name: ExampleName): AssessmentInput {
  return structuredClone(EXAMPLES[name].assessment) as AssessmentInput;
}

/**
 * The service-network example with two mistakes: participation closes after the meeting (an error)
 * and nothing says how participants hear what came of their views (a warning).
 */
export function withFindings(): AssessmentInput {
  const a = structuredClone(EXAMPLES['service-network'].assessment) as AssessmentInput & {
    timing: { closesOn: string };
    communication: { reportsBack: string; reportBackHow: string };
  };
  a.timing.closesOn = '2027-03-20';
  a.communication.reportsBack = 'no';
  a.communication.reportBackHow = '';
  return a;
}

/** A Storage that holds `seed` under every key not yet written: a saved draft for the autosave story. */
export function draftStorage(seed: AssessmentInput): Storage {
  const map = new Map<string, string>();
  const text = JSON.stringify(seed);
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    // The seed is the stored draft of any key (not the aside copy of an unreadable one).
    getItem: (key) => map.get(key) ?? (key.startsWith('osallisuusarvio:draft:') ? text : null),
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

/** Storage that refuses every write, as a full, disabled or private-mode localStorage does. */
export function blockedStorage(): Storage {
  return {
    length: 0,
    clear: () => undefined,
    getItem: () => null,
    key: () => null,
    removeItem: () => undefined,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

/** Waits until `find()` gives an element (for play functions); throws after `ms`. */
export async function waitFor<T>(find: () => T | null | undefined, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Marks the story's play function as done: test/browser waits for this before running axe. */
export function playDone(canvas: HTMLElement): void {
  canvas.dataset.playDone = 'true';
}
