import type { jsPDF } from 'jspdf';
import type { DrawnHeading } from './layout.js';
import { PAGE } from './layout.js';
import { pdfTextString } from './pdf-syntax.js';
import { internalsOf } from './tagged.js';

interface Item {
  readonly heading: DrawnHeading;
  readonly kids: Item[];
  id?: number;
}

/**
 * The document outline (bookmarks): one per section (H2), the sub-question headings (H3) under it, closed.
 * An appendix in two languages has a title (H1) per part: those are the top level, open, with the part's
 * sections under each.
 * jsPDF's outline plugin writes titles as literal strings, which garbles č and Cyrillic; these are UTF-16.
 * The viewer opens with the bookmarks shown.
 */
export function installOutline(doc: jsPDF, headings: readonly DrawnHeading[]): void {
  const internals = internalsOf(doc);
  let outlinesId = 0;
  internals.events.subscribe('postPutResources', (() => {
    const top: Item[] = [];
    const parts = headings.filter((h) => h.level === 1).length > 1;
    const h1s: Item[] = [];
    const sections = () => (parts ? (h1s[h1s.length - 1]?.kids ?? top) : top);
    for (const heading of headings) {
      if (heading.level === 1 && parts) {
        const item = { heading, kids: [] };
        h1s.push(item);
        top.push(item);
      } else if (heading.level === 2) sections().push({ heading, kids: [] });
      else if (heading.level === 3) sections()[sections().length - 1]?.kids.push({ heading, kids: [] });
    }
    if (top.length === 0) return;
    // A part's title stays open (its sections shown), a section closed (its sub-headings hidden).
    const open = new Set<Item>(h1s);
    const visible = (items: Item[]): number =>
      items.reduce((n, item) => n + 1 + (open.has(item) ? visible(item.kids) : 0), 0);
    outlinesId = internals.newObjectDeferred();
    const number = (items: Item[]) => {
      for (const item of items) {
        item.id = internals.newObjectDeferred();
        number(item.kids);
      }
    };
    number(top);
    const write = (items: Item[], parent: number) => {
      items.forEach((item, i) => {
        const { heading } = item;
        const entries = [
          `/Title ${pdfTextString(heading.text)}`,
          `/Parent ${parent} 0 R`,
          `/Dest [${internals.getPageInfo(heading.page).objId} 0 R /XYZ ${PAGE.left.toFixed(2)} ${(PAGE.height - heading.y + 4).toFixed(2)} null]`,
        ];
        if (i > 0) entries.push(`/Prev ${items[i - 1]!.id} 0 R`);
        if (i < items.length - 1) entries.push(`/Next ${items[i + 1]!.id} 0 R`);
        if (item.kids.length > 0)
          entries.push(
            `/First ${item.kids[0]!.id} 0 R`,
            `/Last ${item.kids[item.kids.length - 1]!.id} 0 R`,
            open.has(item) ? `/Count ${visible(item.kids)}` : `/Count -${item.kids.length}`,
          );
        internals.newObjectDeferredBegin(item.id!, true);
        internals.write(`<<${entries.join(' ')}>>`, 'endobj');
        write(item.kids, item.id!);
      });
    };
    write(top, outlinesId);
    internals.newObjectDeferredBegin(outlinesId, true);
    internals.write(
      `<</Type /Outlines /First ${top[0]!.id} 0 R /Last ${top[top.length - 1]!.id} 0 R /Count ${visible(top)}>>`,
      'endobj',
    );
  }) as never);
  internals.events.subscribe('putCatalog', (() => {
    if (outlinesId) internals.write(`/Outlines ${outlinesId} 0 R`, '/PageMode /UseOutlines');
  }) as never);
}
