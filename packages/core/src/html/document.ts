import type { Locale } from '../i18n.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and attribute values. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const NUMBER_LOCALES: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(NUMBER_LOCALES[locale], { maximumFractionDigits: 1 }).format(n);
}

/**
 * The page's own style: system fonts, AA contrast (text #1a1a1a on white, links #0b4f8a), visible focus, and
 * tables that scroll on a narrow screen instead of overflowing it. Nothing is loaded from elsewhere.
 */
const CSS = `
:root { color: #1a1a1a; background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; }
body { margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; overflow-wrap: break-word; hyphens: auto; }
h1 { font-size: clamp(1.3rem, 4vw + .6rem, 1.75rem); line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .25rem; }
a { color: #0b4f8a; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
.table-wrap { overflow-x: auto; }
.table-wrap:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
table { border-collapse: collapse; margin: .5rem 0 1rem; min-width: 50%; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #767676; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: #f0f0f0; }
figure { margin: 1rem 0 1.5rem; }
figcaption { font-weight: 600; margin-bottom: .25rem; }
svg { max-width: 100%; height: auto; }
.legend { display: flex; gap: 1rem; flex-wrap: wrap; margin: .25rem 0; padding: 0; list-style: none; }
.swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .35rem; vertical-align: -.1rem; border: 1px solid #1a1a1a; }
.note { color: #3d3d3d; }
.lang + .lang { border-top: 2px solid #767676; margin-top: 2.5rem; padding-top: 1rem; }
@media print { main { max-width: none; } a { color: inherit; } }
`;

/** A complete, self-contained HTML page: no scripts, no external resources. */
export function htmlDocument(options: { lang: Locale; title: string; body: string; extraCss?: string }): string {
  return `<!DOCTYPE html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${CSS}${options.extraCss ?? ''}</style>
</head>
<body>
<main>
${options.body}
</main>
</body>
</html>
`;
}

/** A table with a caption, header row and rows of cells; numbers are right-aligned. */
export function htmlTable(options: {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  locale: Locale;
}): string {
  const cell = (v: string | number, header: boolean) => {
    const tag = header ? 'th' : 'td';
    const scope = header ? ' scope="row"' : '';
    return typeof v === 'number'
      ? `<${tag}${scope} class="n">${escapeHtml(formatNumber(v, options.locale))}</${tag}>`
      : `<${tag}${scope}>${escapeHtml(v)}</${tag}>`;
  };
  // A wide table scrolls in its own box, which keyboard users must be able to reach (tabindex) and hear named.
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${escapeHtml(options.caption)}"><table>
<caption>${escapeHtml(options.caption)}</caption>
<thead><tr>${options.head.map((h, i) => `<th scope="col"${typeof options.rows[0]?.[i] === 'number' ? ' class="n"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${options.rows.map((r) => `<tr>${r.map((v, i) => cell(v, i === 0)).join('')}</tr>`).join('\n')}
</tbody>
</table></div>`;
}
