import { BODIES } from '../catalogues/bodies.js';
import { GROUPS } from '../catalogues/groups.js';
import { METHODS } from '../catalogues/methods.js';
import { evaluate, todayIso } from '../evaluate.js';
import { GENERIC_REGION, findRegion } from '../regions.js';
import type { RegionProfile } from '../regions.js';
import type { Assessment, Consultation } from '../schema.js';
import { RULES } from '../rules/index.js';
import type { RuleKind } from '../rules/types.js';
import { daysBetween, isBlank, isConsulted, participationOrganised } from '../rules/helpers.js';
import { opportunityDate, opportunityInTime } from '../rules/influence-bodies.js';
import type { Severity } from '../rules/types.js';
import { OPEN_DAYS_BUCKETS, REPORT_VERSION } from './model.js';
import type { InfluenceForm, Report, ReportCounts, ReportPeriod, ReportRow } from './model.js';

export interface ReportOptions {
  /** How meeting dates are grouped; default 'quarter'. */
  readonly period?: ReportPeriod;
  /** First and last meeting date counted (ISO dates, inclusive). With either set, undated assessments are left out. */
  readonly from?: string | null;
  readonly to?: string | null;
  /** Count only assessments of this organiser (`organiser.id`). */
  readonly organiser?: string | null;
  /** The day findings are evaluated for; default the current UTC day. */
  readonly today?: string;
  /** The profile to evaluate an organiser's assessments with; default the shipped profile of that id, or the generic one. */
  readonly regionOf?: (organiserId: string | null) => RegionProfile;
  /** The kind of a rule's findings; default the follow-up rules' kinds, null for the others. */
  readonly ruleKind?: (ruleId: string) => RuleKind | null;
}

export interface AddOptions {
  /** Read from an appendix PDF: what was attached to the agenda, without the follow-up. */
  readonly fromAppendix?: boolean;
}

/** An accumulator: add assessments one at a time (from a file, a database cursor…), then read the result. */
export interface ReportBuilder {
  add(assessment: Assessment, options?: AddOptions): void;
  /** A file or record that could not be read: listed in the report, not fatal. */
  addUnreadable(source: string, message: string): void;
  /** The report so far; adding more afterwards is allowed. */
  result(): Report;
}

const FORM_OF_STATUS: Readonly<Record<string, InfluenceForm>> = {
  requested: 'statement',
  statementReceived: 'statement',
  tookPartInPreparation: 'preparation',
  heardAtMeeting: 'meeting',
};

/**
 * When an influence body was given its chance, and how: a statement (asked for or received), taking part in
 * the preparation, or being heard at the meeting. The date is the one the law's rule compares with the
 * meeting (`opportunityDate`): a statement's received or due date or the day it was asked for, the day the
 * body took part or was heard.
 */
export function influenceOf(c: Consultation): { form: InfluenceForm; date: string | null } | null {
  if (!isConsulted(c) || c.status === null) return null;
  return { form: FORM_OF_STATUS[c.status]!, date: opportunityDate(c)?.date ?? null };
}

export function periodOf(date: string, period: ReportPeriod): string {
  if (period === 'year') return date.slice(0, 4);
  if (period === 'month') return date.slice(0, 7);
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

const METHOD_INDEX = new Map<string, number>(METHODS.map((m, i) => [m.id, i]));
const BODY_INDEX = new Map<string, number>(BODIES.map((b, i) => [b.id, i]));
const GROUP_INDEX = new Map<string, number>(GROUPS.map((g, i) => [g.id, i]));

/** Per body: chance, statement, preparation, meeting, inTime, late, undated, statementsReceived, notNeeded. */
const BODY_FIELDS = 9;
const FORM_OFFSET: Record<InfluenceForm, number> = { statement: 1, preparation: 2, meeting: 3 };

interface Acc {
  assessments: number;
  fromAppendix: number;
  organised: number;
  notOrganised: number;
  withReason: number;
  /** Per method: assessments, uses, done. */
  methods: number[];
  bodies: number[];
  statements: number;
  promised: number;
  reportedBack: number;
  /** Open days → how many assessments. Distinct values are few, so memory stays flat. */
  openDays: Map<number, number>;
  affected: number[];
  invited: number[];
  findings: Map<string, { severity: Severity; findings: number; assessments: number }>;
}

const newAcc = (): Acc => ({
  assessments: 0,
  fromAppendix: 0,
  organised: 0,
  notOrganised: 0,
  withReason: 0,
  methods: new Array(METHODS.length * 3).fill(0),
  bodies: new Array(BODIES.length * BODY_FIELDS).fill(0),
  statements: 0,
  promised: 0,
  reportedBack: 0,
  openDays: new Map(),
  affected: new Array(GROUPS.length).fill(0),
  invited: new Array(GROUPS.length).fill(0),
  findings: new Map(),
});

/** What one assessment contributes, computed once and added to its row and to the total. */
interface Facts {
  readonly fromAppendix: boolean;
  readonly organised: boolean;
  readonly withReason: boolean;
  readonly methods: readonly number[];
  readonly bodies: readonly number[];
  readonly statements: number;
  readonly promised: boolean;
  readonly reportedBack: boolean;
  readonly openDays: number | null;
  readonly affected: readonly number[];
  readonly invited: readonly number[];
  readonly findings: ReadonlyMap<string, { severity: Severity; count: number }>;
}

function factsOf(a: Assessment, region: RegionProfile, today: string, fromAppendix: boolean): Facts {
  const methods = new Array(METHODS.length * 3).fill(0);
  for (const m of a.methods) {
    const i = METHOD_INDEX.get(m.method)!;
    methods[i * 3] = 1;
    methods[i * 3 + 1]++;
    if (m.status === 'done') methods[i * 3 + 2]++;
  }
  const bodies = new Array(BODIES.length * BODY_FIELDS).fill(0);
  const meeting = a.case.meetingDate;
  let statements = 0;
  for (const c of a.consultations) {
    const base = BODY_INDEX.get(c.body)! * BODY_FIELDS;
    if (c.status === 'notNeeded') bodies[base + 8]++;
    if (c.status === 'statementReceived') {
      bodies[base + 7]++;
      statements++;
    }
    const chance = influenceOf(c);
    if (chance === null) continue;
    bodies[base] = 1;
    bodies[base + FORM_OFFSET[chance.form]]++;
    if (chance.date === null || meeting === null) bodies[base + 6]++;
    else if (opportunityInTime(chance.date, meeting, region.minimumDaysBeforeMeeting)) bodies[base + 4]++;
    else bodies[base + 5]++;
  }
  const { opensOn, closesOn } = a.timing;
  const openDays =
    opensOn !== null && closesOn !== null && closesOn >= opensOn ? daysBetween(opensOn, closesOn) + 1 : null;
  const organised = participationOrganised(a);
  const findings = new Map<string, { severity: Severity; count: number }>();
  for (const f of evaluate(a, { region, today }).findings) {
    // As in the evaluation's counts: a finding answered "considered, not followed" is not counted.
    if (f.response) continue;
    const seen = findings.get(f.ruleId);
    if (seen) seen.count++;
    else findings.set(f.ruleId, { severity: f.severity, count: 1 });
  }
  return {
    fromAppendix,
    organised,
    withReason: !organised && !isBlank(a.conclusion.noParticipationReason),
    methods,
    bodies,
    statements,
    promised: a.communication.reportsBack === 'yes',
    reportedBack: a.followUp.reportBack.publishedOn !== null,
    openDays,
    affected: [...new Set(a.affected.groups)].map((g) => GROUP_INDEX.get(g)!),
    invited: [...new Set(a.invited.groups)].map((g) => GROUP_INDEX.get(g)!),
    findings,
  };
}

function addFacts(acc: Acc, f: Facts): void {
  acc.assessments++;
  if (f.fromAppendix) acc.fromAppendix++;
  if (f.organised) acc.organised++;
  else {
    acc.notOrganised++;
    if (f.withReason) acc.withReason++;
  }
  for (let i = 0; i < f.methods.length; i++) acc.methods[i]! += f.methods[i]!;
  for (let i = 0; i < f.bodies.length; i++) acc.bodies[i]! += f.bodies[i]!;
  acc.statements += f.statements;
  if (f.promised) acc.promised++;
  if (f.reportedBack) acc.reportedBack++;
  if (f.openDays !== null) acc.openDays.set(f.openDays, (acc.openDays.get(f.openDays) ?? 0) + 1);
  for (const g of f.affected) acc.affected[g]!++;
  for (const g of f.invited) acc.invited[g]!++;
  for (const [ruleId, { severity, count }] of f.findings) {
    const seen = acc.findings.get(ruleId);
    if (seen) {
      seen.findings += count;
      seen.assessments++;
    } else acc.findings.set(ruleId, { severity, findings: count, assessments: 1 });
  }
}

function openDaysOf(histogram: Map<number, number>): ReportCounts['openDays'] {
  const days = [...histogram.keys()].sort((x, y) => x - y);
  let count = 0;
  let sum = 0;
  for (const d of days) {
    count += histogram.get(d)!;
    sum += d * histogram.get(d)!;
  }
  const nth = (n: number) => {
    let seen = 0;
    for (const d of days) {
      seen += histogram.get(d)!;
      if (seen > n) return d;
    }
    return days[days.length - 1]!;
  };
  const buckets = OPEN_DAYS_BUCKETS.map((b) => ({
    bucket: b.id,
    count: days.filter((d) => d >= b.min && (b.max === null || d <= b.max)).reduce((n, d) => n + histogram.get(d)!, 0),
  }));
  if (count === 0) return { count, min: null, max: null, mean: null, median: null, buckets };
  const median = count % 2 === 1 ? nth((count - 1) / 2) : (nth(count / 2 - 1) + nth(count / 2)) / 2;
  return {
    count,
    min: days[0]!,
    max: days[days.length - 1]!,
    mean: Math.round((sum / count) * 10) / 10,
    median,
    buckets,
  };
}

function countsOf(acc: Acc, ruleKind: (ruleId: string) => RuleKind | null): ReportCounts {
  return {
    assessments: acc.assessments,
    fromAppendix: acc.fromAppendix,
    participation: { organised: acc.organised, notOrganised: acc.notOrganised, notOrganisedWithReason: acc.withReason },
    methods: METHODS.map((m, i) => ({
      method: m.id,
      point: m.point,
      assessments: acc.methods[i * 3]!,
      uses: acc.methods[i * 3 + 1]!,
      done: acc.methods[i * 3 + 2]!,
    })),
    bodies: BODIES.map((b, i) => {
      const v = (k: number) => acc.bodies[i * BODY_FIELDS + k]!;
      return {
        body: b.id,
        chance: v(0),
        statement: v(1),
        preparation: v(2),
        meeting: v(3),
        inTime: v(4),
        late: v(5),
        undated: v(6),
        statementsReceived: v(7),
        notNeeded: v(8),
      };
    }),
    statementsReceived: acc.statements,
    reportsBack: { promised: acc.promised, done: acc.reportedBack },
    openDays: openDaysOf(acc.openDays),
    groups: GROUPS.map((g, i) => ({ group: g.id, affected: acc.affected[i]!, invited: acc.invited[i]! })),
    findings: [...acc.findings]
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([ruleId, f]) => ({ ruleId, kind: ruleKind(ruleId), ...f })),
  };
}

const KIND_OF_RULE = new Map<string, RuleKind>(RULES.map((r) => [r.id, r.kind ?? 'goodPractice']));
/** A built-in rule's own kind; a host rule's is not known from its id. */
const defaultRuleKind = (ruleId: string): RuleKind | null => KIND_OF_RULE.get(ruleId) ?? null;
const defaultRegionOf = (id: string | null): RegionProfile =>
  (id === null ? undefined : findRegion(id)) ?? GENERIC_REGION;

const compareKeys = (x: string | null, y: string | null) =>
  x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;

/**
 * Counts across assessments, one at a time: memory grows with the number of periods, organisers and deciding
 * bodies, not with the number of assessments. Pure apart from reading the clock when `today` is not given.
 */
export function createReport(options: ReportOptions = {}): ReportBuilder {
  const period = options.period ?? 'quarter';
  const from = options.from ?? null;
  const to = options.to ?? null;
  const organiser = options.organiser ?? null;
  const today = options.today ?? todayIso();
  const regionOf = options.regionOf ?? defaultRegionOf;
  const ruleKind = options.ruleKind ?? defaultRuleKind;
  const total = newAcc();
  const rows = new Map<string, { key: Pick<ReportRow, 'period' | 'organiser' | 'decidingBody'>; acc: Acc }>();
  const unreadable: Report['unreadable'] = [];
  const files = { read: 0, unreadable: 0, undated: 0, outsideRange: 0, otherOrganiser: 0 };

  return {
    add(a, addOptions = {}) {
      files.read++;
      const meeting = a.case.meetingDate;
      if (organiser !== null && a.organiser.id !== organiser) {
        files.otherOrganiser++;
        return;
      }
      if (from !== null || to !== null) {
        if (meeting === null) {
          files.undated++;
          return;
        }
        if ((from !== null && meeting < from) || (to !== null && meeting > to)) {
          files.outsideRange++;
          return;
        }
      }
      const facts = factsOf(a, regionOf(a.organiser.id), today, addOptions.fromAppendix === true);
      const key = {
        period: meeting === null ? null : periodOf(meeting, period),
        organiser: a.organiser.id,
        decidingBody: { kind: a.case.decidingBody.kind, name: a.case.decidingBody.name.trim() },
      };
      const id = `${key.period}\u0000${key.organiser}\u0000${key.decidingBody.kind}\u0000${key.decidingBody.name}`;
      let row = rows.get(id);
      if (!row) {
        row = { key, acc: newAcc() };
        rows.set(id, row);
      }
      addFacts(row.acc, facts);
      addFacts(total, facts);
    },
    addUnreadable(source, message) {
      files.unreadable++;
      unreadable.push({ source, message });
    },
    result() {
      const sorted = [...rows.values()].sort(
        (x, y) =>
          compareKeys(x.key.period, y.key.period) ||
          compareKeys(x.key.organiser, y.key.organiser) ||
          compareKeys(x.key.decidingBody.kind, y.key.decidingBody.kind) ||
          compareKeys(x.key.decidingBody.name, y.key.decidingBody.name),
      );
      return {
        reportVersion: REPORT_VERSION,
        today,
        period,
        from,
        to,
        organiser,
        files: { ...files },
        total: countsOf(total, ruleKind),
        rows: sorted.map(({ key, acc }) => ({ ...key, ...countsOf(acc, ruleKind) })),
        unreadable: [...unreadable],
      };
    },
  };
}
