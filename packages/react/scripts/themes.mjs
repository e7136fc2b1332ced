// Builds the theme presets (src/themes/<name>.css) from the official design tokens: the Suomi.fi design
// system (`suomifi-design-tokens`, MIT, Digital and Population Data Services Agency) and the Helsinki
// Design System (`hds-design-tokens`, MIT, City of Helsinki). No value is copied by hand: each custom
// property of the widget names the tokens it may take, in the system's own order of preference, and the
// first one that meets WCAG 2.1 AA contrast where the widget uses it is written. A role with no token that
// passes is left out, so the widget's own default (which passes) shows through.
//
// `node scripts/themes.mjs` writes the files (the build runs it); `themeSheets()` gives their text, which
// src/themes.test.ts compares with the committed files.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

// ---- colours and contrast (WCAG 2.1 relative luminance) ----

function hslToRgb(h, s, l) {
  s /= 100;
  l /= 100;
  const k = (n) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0), f(8), f(4)].map((v) => Math.round(v * 255));
}

/** A CSS colour of the token packages (#rrggbb or hsl(h, s%, l%)) as #rrggbb. */
export function toHex(value) {
  const v = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  const m = /^hsl\(\s*([\d.]+)\s*,\s*([\d.]+)%\s*,\s*([\d.]+)%\s*\)$/.exec(v);
  if (m)
    return `#${hslToRgb(+m[1], +m[2], +m[3])
      .map((n) => n.toString(16).padStart(2, '0'))
      .join('')}`;
  throw new Error(`themes: not a colour this script reads: ${value}`);
}

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a, b) {
  const [x, y] = [luminance(toHex(a)), luminance(toHex(b))].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// ---- the token packages ----

function suomifiTokens() {
  const { suomifiDesignTokens: t } = require('suomifi-design-tokens');
  const version = require('suomifi-design-tokens/package.json').version;
  const fontFamily = /font-family:\s*([^;]+);/.exec(t.typography.bodyText)?.[1];
  const fontSize = /font-size:\s*([^;]+);/.exec(t.typography.bodyText)?.[1];
  // The system's focus is a 2 px ring: "box-shadow: 0 0 0 2px hsl(…)".
  const focus = /box-shadow:\s*0 0 0 (\S+) (hsl\([^)]*\))/.exec(t.focuses.boxShadowFocus);
  if (!fontFamily || !fontSize || !focus) throw new Error('themes: suomifi-design-tokens changed shape');
  return {
    name: 'suomifi',
    title: 'Suomi.fi design system',
    source: `suomifi-design-tokens ${version} (MIT)`,
    color: (name) => t.colors[name],
    values: {
      fontFamily,
      fontSize,
      radius: t.radiuses.basic,
      space: t.spacing.m,
      focusColor: focus[2],
      focusWidth: focus[1],
    },
  };
}

/** HDS ships its tokens as CSS custom properties on :root; read every `--name: value;` of lib/. */
function hdsTokens() {
  const version = require('hds-design-tokens/package.json').version;
  const lib = dirname(require.resolve('hds-design-tokens/package.json'));
  const vars = new Map();
  for (const file of ['lib/color/all.css', 'lib/typography/all.css', 'lib/spacing/all.css']) {
    const text = readFileSync(join(lib, file), 'utf8');
    for (const m of text.matchAll(/(--[\w-]+):\s*([^;]+);/g)) vars.set(m[1], m[2].trim());
  }
  const get = (name) => {
    const v = vars.get(name);
    if (v === undefined) throw new Error(`themes: hds-design-tokens has no ${name}`);
    return v;
  };
  return {
    name: 'hds',
    title: 'Helsinki Design System',
    source: `hds-design-tokens ${version} (MIT)`,
    color: (name) => vars.get(`--color-${name}`),
    values: {
      fontFamily: get('--font-default'),
      fontSize: undefined,
      // HDS has no radius token (its components are square); the widget's default stays.
      radius: undefined,
      space: get('--spacing-s'),
      focusColor: get('--color-focus-outline'),
      focusWidth: undefined,
    },
  };
}

// ---- which token each custom property takes ----

/**
 * For each colour role: the tokens in order of preference, and the contrast it needs. Text roles need
 * 4.5:1 on the background and on the surface (they are used on both); borders and the focus ring 3:1
 * (WCAG 1.4.11). Where a system's base token is too light for text, its darker token follows it.
 */
const ROLES = {
  suomifi: {
    text: ['blackBase'],
    muted: ['blackLight1', 'depthDark1'],
    bg: ['whiteBase'],
    surface: ['depthLight3'],
    border: ['depthDark3', 'depthDark2', 'depthDark1'],
    accent: ['highlightBase', 'highlightDark1', 'brandBase'],
    'accent-text': ['whiteBase'],
    error: ['alertBase'],
    warning: ['warningBase'],
    recommendation: ['successBase', 'successDark1'],
    success: ['successBase', 'successDark1'],
  },
  hds: {
    text: ['black-90'],
    muted: ['black-60'],
    bg: ['white'],
    surface: ['black-5'],
    border: ['black-50', 'black-60'],
    accent: ['bus', 'coat-of-arms-dark'],
    'accent-text': ['white'],
    error: ['error', 'error-dark'],
    warning: ['alert', 'alert-dark'],
    recommendation: ['success', 'success-dark'],
    success: ['success', 'success-dark'],
  },
};

const TEXT_ROLES = new Set(['text', 'muted', 'accent', 'error', 'warning', 'recommendation', 'success']);

function pick(tokens, role, names, against) {
  const candidates = names.map((n) => ({ n, v: tokens.color(n) })).filter((c) => c.v !== undefined);
  if (candidates.length === 0) throw new Error(`themes: ${tokens.name} has none of ${names.join(', ')}`);
  const need = TEXT_ROLES.has(role) ? 4.5 : role === 'border' ? 3 : role === 'accent-text' ? 4.5 : 0;
  for (const c of candidates) {
    const grounds = role === 'accent-text' ? [against.accent] : against.grounds;
    if (grounds.every((g) => contrast(c.v, g) >= need)) return { token: c.n, value: toHex(c.v), skipped: [] };
  }
  return { token: null, value: null, skipped: candidates.map((c) => c.n) };
}

function sheet(tokens) {
  const roles = ROLES[tokens.name];
  const bg = toHex(tokens.color(roles.bg[0]));
  const surface = toHex(tokens.color(roles.surface[0]));
  const grounds = [bg, surface];
  const chosen = {};
  const lines = [];
  const notes = [];
  for (const role of Object.keys(roles)) {
    const r = pick(tokens, role, roles[role], { grounds, accent: chosen.accent });
    if (r.value === null) {
      notes.push(`--oa-color-${role}: no token passes (${r.skipped.join(', ')}); the widget's default is used.`);
      continue;
    }
    chosen[role] = r.value;
    const first = roles[role][0];
    const why = r.token !== first ? `; ${first} is below AA contrast here` : '';
    lines.push(`  --oa-color-${role}: ${r.value}; /* ${r.token}${why} */`);
  }
  const v = tokens.values;
  const focus = toHex(v.focusColor);
  if (contrast(focus, bg) >= 3) lines.push(`  --oa-color-focus: ${focus};`);
  else notes.push(`--oa-color-focus: ${focus} is below 3:1 on the background; the widget's default is used.`);
  if (v.focusWidth) lines.push(`  --oa-focus-width: ${v.focusWidth};`);
  // The fonts are not shipped: the system's own stack, whose generic family takes over where the host
  // page has not loaded the font.
  // Double quotes, as the repository's formatter writes CSS strings.
  lines.push(`  --oa-font-family: ${v.fontFamily.replaceAll("'", '"')};`);
  if (v.fontSize) lines.push(`  --oa-font-size: ${v.fontSize};`);
  if (v.radius) lines.push(`  --oa-radius: ${v.radius};`);
  if (v.space) lines.push(`  --oa-space: ${v.space};`);
  const head = [
    `/* Generated by packages/react/scripts/themes.mjs from ${tokens.source}: do not edit. */`,
    `/* ${tokens.title} preset of the osallisuusarvio widget. Fonts are not included. */`,
    ...notes.map((n) => `/* ${n} */`),
  ];
  // :host for the custom element's shadow root, :root for a page that links the file or mount()s into
  // the document. Either is farther from the widget than the host's own rules on the element or an
  // ancestor, so a host's --oa-* value still wins.
  return `${head.join('\n')}\n:root,\n:host {\n${lines.join('\n')}\n}\n`;
}

export const THEME_NAMES = ['suomifi', 'hds'];

/** The text of each generated theme file, by theme name. */
export function themeSheets() {
  return { suomifi: sheet(suomifiTokens()), hds: sheet(hdsTokens()) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = join(root, 'src', 'themes');
  mkdirSync(out, { recursive: true });
  for (const [name, css] of Object.entries(themeSheets())) writeFileSync(join(out, `${name}.css`), css);
  console.log(`themes: wrote ${THEME_NAMES.map((n) => `src/themes/${n}.css`).join(', ')}`);
}
