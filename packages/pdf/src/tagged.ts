import type { jsPDF } from 'jspdf';
import { pdfTextString } from './pdf-syntax.js';

/** The language an element's content is in: its own `/Lang` or the nearest ancestor's. */
function languageOf(e: StructElement | null): string | undefined {
  for (let x = e; x; x = x.parent) if (x.lang) return x.lang;
  return undefined;
}

/**
 * A tagged-PDF plugin for jsPDF, which has none (jsPDF issues #461, #3096). It keeps a structure tree in
 * memory, writes marked-content operators around what the layout draws, and on output writes the
 * StructTreeRoot, the ParentTree and `/StructParents` of every page through jsPDF's internal events.
 * It depends on jsPDF internals; jsPDF is pinned and tests read every file back.
 */

export type StructRole =
  | 'Document'
  | 'Part'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Span'
  | 'Link'
  | 'Figure';

interface MarkedContentRef {
  readonly page: number;
  readonly mcid: number;
}

/** A link annotation on a page, tagged as the content of a Link element (`/K <</Type /OBJR …>>`). */
export interface LinkAnnotation {
  readonly page: number;
  /** In PDF user space: [left, bottom, right, top]. */
  readonly rect: readonly [number, number, number, number];
  readonly url: string;
  /** What a screen reader announces for the link (PDF/UA: every annotation has /Contents). */
  readonly contents: string;
  objId?: number;
}

export interface StructElement {
  readonly role: StructRole;
  readonly parent: StructElement | null;
  readonly kids: (StructElement | MarkedContentRef | { readonly annotation: LinkAnnotation })[];
  /** `/Scope /Column` or `/Row` for table header cells. */
  readonly scope?: 'Column' | 'Row';
  /** `/Lang`, where the element's language differs from its parent's. */
  lang?: string;
  /** `/Alt` of a Figure. */
  alt?: string;
  /** `/BBox` of a Figure, in PDF user space. */
  bbox?: readonly [number, number, number, number];
  objId?: number;
}

/** The jsPDF internals the plugin uses: `write` appends to the current page's content stream. */
interface Internals {
  write(...parts: string[]): void;
  newObjectDeferred(): number;
  newObjectDeferredBegin(id: number, output: boolean): void;
  getCurrentPageInfo(): { pageNumber: number };
  getPageInfo(n: number): { objId: number };
  events: { subscribe(event: string, handler: (...args: never[]) => void): void };
}

/** jsPDF's internals, with `write` putting each part on its own line (jsPDF's joins them with spaces). */
export function internalsOf(doc: jsPDF): Internals {
  const raw = doc.internal as unknown as Internals;
  return {
    write: (...parts) => {
      for (const part of parts) raw.write(part);
    },
    newObjectDeferred: () => raw.newObjectDeferred(),
    newObjectDeferredBegin: (id, output) => raw.newObjectDeferredBegin(id, output),
    getCurrentPageInfo: () => raw.getCurrentPageInfo(),
    getPageInfo: (n) => raw.getPageInfo(n),
    events: raw.events,
  };
}

/** Extra catalog entries written by other parts (metadata, output intents, attachments). */
export type CatalogEntries = () => string[];

export class StructureTree {
  readonly root: StructElement;
  private current: StructElement;
  /** page → struct elements in MCID order (the page's ParentTree entry). */
  private readonly byPage = new Map<number, StructElement[]>();
  private open: { element: StructElement; page: number } | null = null;
  private readonly internals: Internals;
  private readonly annotations: LinkAnnotation[] = [];
  /** The language of the content being added, when it differs from the document's. */
  private lang: string | undefined;

  constructor(
    private readonly doc: jsPDF,
    lang: string,
    extraCatalog: CatalogEntries,
  ) {
    this.root = { role: 'Document', parent: null, kids: [], lang };
    this.current = this.root;
    const internals = internalsOf(doc);
    this.internals = internals;
    internals.events.subscribe('putPage', ((data: { pageNumber: number }) => {
      internals.write(`/StructParents ${data.pageNumber - 1}`, '/Tabs /S');
      // Every page object is numbered before the first is written, so numbers taken here come after them.
      const annots = this.annotations.filter((a) => a.page === data.pageNumber);
      for (const a of annots) a.objId = internals.newObjectDeferred();
      if (annots.length > 0) internals.write(`/Annots [${annots.map((a) => `${a.objId} 0 R`).join(' ')}]`);
    }) as never);
    let rootId = 0;
    internals.events.subscribe('postPutResources', (() => {
      rootId = this.writeTree();
    }) as never);
    internals.events.subscribe('putCatalog', (() => {
      internals.write(
        `/StructTreeRoot ${rootId} 0 R`,
        '/MarkInfo <</Marked true>>',
        `/Lang (${lang})`,
        '/ViewerPreferences <</DisplayDocTitle true>>',
        ...extraCatalog(),
      );
    }) as never);
  }

  /** Adds an element under the current one and makes it current while `body` runs. */
  group<T>(role: StructRole, body: (element: StructElement) => T, scope?: 'Column' | 'Row'): T {
    const element = this.element(role, scope);
    const previous = this.current;
    this.current = element;
    try {
      return body(element);
    } finally {
      this.current = previous;
    }
  }

  /** A new element under the current one, for content added with `mark`. */
  element(role: StructRole, scope?: 'Column' | 'Row'): StructElement {
    return this.childOf(this.current, role, scope);
  }

  /** A new element under `parent`, in the language of the content being added (see `inLanguage`). */
  childOf(parent: StructElement, role: StructRole, scope?: 'Column' | 'Row', lang = this.lang): StructElement {
    const element: StructElement = { role, parent, kids: [], ...(scope ? { scope } : {}) };
    if (lang && lang !== languageOf(parent)) element.lang = lang;
    parent.kids.push(element);
    return element;
  }

  /**
   * A part of the document in a language of its own (one of an appendix's two national-language parts):
   * the Part element always states its `/Lang`, so each part says its language without relying on the root.
   */
  part<T>(lang: string, body: () => T): T {
    const element: StructElement = { role: 'Part', parent: this.current, kids: [], lang };
    this.current.kids.push(element);
    const previous = this.current;
    this.current = element;
    try {
      return body();
    } finally {
      this.current = previous;
    }
  }

  /** Elements added while `body` runs hold text in `lang` (an answer in the case language, a quotation). */
  inLanguage<T>(lang: string | undefined, body: () => T): T {
    const previous = this.lang;
    this.lang = lang ?? previous;
    try {
      return body();
    } finally {
      this.lang = previous;
    }
  }

  /** The language content added now is in. */
  currentLanguage(): string {
    return this.lang ?? languageOf(this.current) ?? '';
  }

  /** Adds a link annotation on the current page as a kid of `link` (a Link element). */
  linkAnnotation(link: StructElement, annotation: Omit<LinkAnnotation, 'page' | 'objId'>): void {
    const a: LinkAnnotation = { ...annotation, page: this.page() };
    this.annotations.push(a);
    link.kids.push({ annotation: a });
  }

  private page(): number {
    return this.internals.getCurrentPageInfo().pageNumber;
  }

  /**
   * Starts marked content for `element` on the current page, unless it is already open there. An element
   * that spans pages gets one marked-content sequence on each.
   */
  begin(element: StructElement): void {
    const page = this.page();
    if (this.open && this.open.element === element && this.open.page === page) return;
    this.end();
    const list = this.byPage.get(page) ?? [];
    this.byPage.set(page, list);
    const mcid = list.length;
    list.push(element);
    element.kids.push({ page, mcid });
    this.internals.write(`/${element.role} <</MCID ${mcid}>> BDC`);
    this.open = { element, page };
  }

  end(): void {
    if (!this.open) return;
    this.internals.write('EMC');
    this.open = null;
  }

  /** Draws something that is not content (running header, page number, rule, cell border, bullet). */
  artifact(draw: () => void, kind?: 'Header' | 'Footer'): void {
    const wasOpen = this.open;
    this.end();
    this.internals.write(kind ? `/Artifact <</Type /Pagination /Subtype /${kind}>> BDC` : '/Artifact BMC');
    draw();
    this.internals.write('EMC');
    if (wasOpen && wasOpen.page === this.page()) this.begin(wasOpen.element);
  }

  private writeTree(): number {
    const internals = this.internals;
    const elements: StructElement[] = [];
    const collect = (e: StructElement) => {
      e.objId = internals.newObjectDeferred();
      elements.push(e);
      for (const k of e.kids) if ('role' in k) collect(k);
    };
    collect(this.root);
    const rootId = internals.newObjectDeferred();
    const parentTreeId = internals.newObjectDeferred();
    const pageObj = (n: number) => internals.getPageInfo(n).objId;
    const pages = this.doc.getNumberOfPages();
    // An annotation's /StructParent key follows the pages' keys.
    const annotationKey = new Map(this.annotations.map((a, i) => [a, pages + i]));
    const linkOf = new Map<LinkAnnotation, StructElement>();
    for (const e of elements) for (const k of e.kids) if ('annotation' in k) linkOf.set(k.annotation, e);

    for (const e of elements) {
      internals.newObjectDeferredBegin(e.objId!, true);
      const kids = e.kids.map((k) =>
        'role' in k
          ? `${k.objId} 0 R`
          : 'annotation' in k
            ? `<</Type /OBJR /Obj ${k.annotation.objId} 0 R /Pg ${pageObj(k.annotation.page)} 0 R>>`
            : `<</Type /MCR /Pg ${pageObj(k.page)} 0 R /MCID ${k.mcid}>>`,
      );
      const parent = e.parent ? `${e.parent.objId} 0 R` : `${rootId} 0 R`;
      let attrs = e.scope ? ` /A <</O /Table /Scope /${e.scope}>>` : '';
      if (e.bbox) attrs += ` /A <</O /Layout /BBox [${e.bbox.map((v) => v.toFixed(2)).join(' ')}]>>`;
      if (e.lang) attrs += ` /Lang ${pdfTextString(e.lang)}`;
      if (e.alt !== undefined) attrs += ` /Alt ${pdfTextString(e.alt)}`;
      internals.write(`<</Type /StructElem /S /${e.role} /P ${parent} /K [${kids.join(' ')}]${attrs}>>`, 'endobj');
    }

    for (const a of this.annotations) {
      internals.newObjectDeferredBegin(a.objId!, true);
      // /F 4: printed (PDF/A); no border; the URI as 7-bit ASCII, as ISO 32000 asks of a URI action.
      internals.write(
        `<</Type /Annot /Subtype /Link /Rect [${a.rect.map((v) => v.toFixed(2)).join(' ')}] /F 4 /Border [0 0 0] /P ${pageObj(a.page)} 0 R /StructParent ${annotationKey.get(a)} /Contents ${pdfTextString(a.contents)} /A <</S /URI /URI (${a.url.replace(/[^\x21-\x7e]/g, encodeURIComponent).replace(/[()\\]/g, (c) => `\\${c}`)})>>>>`,
        'endobj',
      );
    }

    internals.newObjectDeferredBegin(rootId, true);
    internals.write(
      `<</Type /StructTreeRoot /K [${this.root.objId} 0 R] /ParentTree ${parentTreeId} 0 R /ParentTreeNextKey ${pages + this.annotations.length}>>`,
      'endobj',
    );

    const nums: string[] = [];
    for (let n = 1; n <= this.doc.getNumberOfPages(); n++) {
      const list = this.byPage.get(n) ?? [];
      nums.push(`${n - 1} [${list.map((e) => `${e.objId} 0 R`).join(' ')}]`);
    }
    for (const a of this.annotations) nums.push(`${annotationKey.get(a)} ${linkOf.get(a)!.objId} 0 R`);
    internals.newObjectDeferredBegin(parentTreeId, true);
    internals.write(`<</Nums [${nums.join(' ')}]>>`, 'endobj');
    return rootId;
  }
}
