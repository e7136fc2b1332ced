// How many assessments per second `evaluate` handles on one core (this process is single-threaded).
// Prints figures; it asserts nothing. Run: pnpm bench
import { EXAMPLES, evaluate, findRegion, parseAssessment, createAssessment } from '../dist/index.js';

const inputs = Object.values(EXAMPLES).map((e) => {
  const parsed = parseAssessment(e.assessment);
  if (!parsed.ok) throw new Error(`example ${e.name} does not parse`);
  return { assessment: parsed.assessment, region: findRegion(e.region) };
});
// A heavy case: every group affected and invited, many methods and consultations.
const heavy = parseAssessment({
  ...EXAMPLES['service-network'].assessment,
  affected: {
    groups: [
      'residents',
      'clients',
      'patients',
      'childrenAndYoung',
      'olderPeople',
      'personsWithDisabilities',
      'vulnerable',
      'otherNationalLanguage',
      'sami',
      'otherLanguageSpeakers',
      'staff',
    ],
  },
  methods: Array.from({ length: 30 }, (_, i) => ({
    method: 'opinionSurvey',
    what: `Kysely ${i}`,
    start: '2027-01-01',
    end: '2027-04-01',
  })),
});
if (!heavy.ok) throw new Error('heavy case does not parse');
inputs.push({ assessment: heavy.assessment, region: findRegion('pohjanmaa') });
inputs.push({ assessment: createAssessment(), region: findRegion('generic') });

function run(iterations) {
  let findings = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const { assessment, region } = inputs[i % inputs.length];
    findings += evaluate(assessment, { region, today: '2026-11-23' }).findings.length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, findings };
}

run(5_000); // warm-up: let the JIT settle
const rounds = [];
for (let r = 0; r < 5; r++) rounds.push(run(20_000));
const rates = rounds.map((r) => 20_000 / r.seconds).sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
console.log(
  `evaluate: ${Math.round(median).toLocaleString('en')} assessments/s (median of 5 rounds of 20,000; mix of ${inputs.length} assessments, one core)`,
);
console.log(
  `          ${(1e6 / median).toFixed(1)} µs per assessment; min ${Math.round(rates[0]).toLocaleString('en')}/s, max ${Math.round(rates.at(-1)).toLocaleString('en')}/s`,
);
// Parsing, from an object (a host's value, read defensively) and from JSON text (a file, an appendix, a draft).
const parseRate = (input) => {
  for (let i = 0; i < 1_000; i++) parseAssessment(input);
  const rates = [];
  for (let r = 0; r < 5; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 3_000; i++) parseAssessment(input);
    rates.push(3_000 / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  return Math.round(rates.sort((a, b) => a - b)[2]).toLocaleString('en');
};
console.log(
  `parseAssessment: ${parseRate(EXAMPLES.budget.assessment)} assessments/s from an object, ${parseRate(JSON.stringify(EXAMPLES.budget.assessment))}/s from JSON text (median of 5 rounds)`,
);
