import type { Locale } from '../i18n.js';
import { escapeHtml, formatNumber, htmlTable } from './document.js';

export interface BarChartOptions {
  /** Unique in the page: ids of the chart's parts are made from it. */
  readonly id: string;
  readonly title: string;
  /** One or two series: a bar each per category, told apart by colour, pattern, legend and value label. */
  readonly series: readonly string[];
  readonly categories: readonly { readonly label: string; readonly values: readonly number[] }[];
  /** The first column's heading in the data table. */
  readonly categoryHeading: string;
  readonly locale: Locale;
  /** "Chart: {title}. {values}" in the page's language. */
  readonly altTemplate: string;
  readonly tableCaption: string;
}

// Both fills have at least 4.5:1 contrast against white; the second is also hatched so print in grey and
// colour-blind readers can tell the series apart.
const SWATCH = ['background:#1f5fa8', 'background:repeating-linear-gradient(45deg,#8a4200 0 3px,#fff 3px 5px)'];

const WIDTH = 640;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 16;
const GAP = 12;
const VALUE_SPACE = 64;

/**
 * A horizontal bar chart as inline SVG, with its text alternative (every value, in words) and the same
 * figures as a data table below it. Labels sit above their bars, so long names need no truncation.
 */
export function barChart(o: BarChartOptions): string {
  const max = Math.max(1, ...o.categories.flatMap((c) => c.values));
  const rowHeight = LABEL_HEIGHT + o.series.length * (BAR_HEIGHT + 2) + GAP;
  const height = o.categories.length * rowHeight + 4;
  const scale = (WIDTH - VALUE_SPACE) / max;
  const values = o.categories
    .map((c) =>
      o.series.length === 1
        ? `${c.label}: ${formatNumber(c.values[0]!, o.locale)}`
        : `${c.label}: ${o.series.map((s, i) => `${s} ${formatNumber(c.values[i]!, o.locale)}`).join(', ')}`,
    )
    .join('; ');
  const alt = o.altTemplate.replace('{title}', o.title).replace('{values}', values ? `${values}.` : '');
  const parts: string[] = [];
  o.categories.forEach((c, i) => {
    const top = i * rowHeight;
    parts.push(`<text x="0" y="${top + 14}" font-size="14" fill="#1a1a1a">${escapeHtml(c.label)}</text>`);
    c.values.forEach((v, s) => {
      const y = top + LABEL_HEIGHT + s * (BAR_HEIGHT + 2);
      const w = Math.max(v > 0 ? 2 : 0, Math.round(v * scale));
      parts.push(
        `<rect x="0" y="${y}" width="${w}" height="${BAR_HEIGHT}" fill="${s === 0 ? '#1f5fa8' : `url(#${o.id}-hatch)`}" stroke="#1a1a1a" stroke-width="${v > 0 ? 0.5 : 0}"/>`,
        `<text x="${w + 6}" y="${y + 13}" font-size="13" fill="#1a1a1a">${escapeHtml(formatNumber(v, o.locale))}</text>`,
      );
    });
  });
  const legend =
    o.series.length > 1
      ? `<ul class="legend">${o.series.map((s, i) => `<li><span class="swatch" style="${SWATCH[i]}"></span>${escapeHtml(s)}</li>`).join('')}</ul>`
      : '';
  return `<figure aria-labelledby="${o.id}-caption">
<figcaption id="${o.id}-caption">${escapeHtml(o.title)}</figcaption>
${legend}<svg role="img" aria-label="${escapeHtml(alt)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">
<defs><pattern id="${o.id}-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#fff"/><rect width="3" height="5" fill="#8a4200"/></pattern></defs>
${parts.join('\n')}
</svg>
${htmlTable({ caption: o.tableCaption, head: [o.categoryHeading, ...o.series], rows: o.categories.map((c) => [c.label, ...c.values]), locale: o.locale })}
</figure>`;
}
