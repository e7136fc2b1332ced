import type { jsPDF } from 'jspdf';

/**
 * A tagged-PDF plugin for jsPDF, which has none (jsPDF issues #461, #3096). It keeps a structure tree in
 * memory, writes marked-content operators around what the layout draws, and on output writes the
 * StructTreeRoot, the ParentTree and `/StructParents` of every page through jsPDF's internal events.
 * It depends on jsPDF internals; jsPDF is pinned and tests read every file back.
 */

export type StructRole =
  | 'Document'
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
  | 'TD';

interface MarkedContentRef {
  readonly page: number;
  readonly mcid: number;
}

export interface StructElement {
  readonly role: StructRole;
  readonly parent: StructElement | null;
  readonly kids: (StructElement | MarkedContentRef)[];
  /** `/Scope /Column` or `/Row` for table header cells. */
  readonly scope?: 'Column' | 'Row';
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
  readonly root: StructElement = { role: 'Document', parent: null, kids: [] };
  private current: StructElement = this.root;
  /** page → struct elements in MCID order (the page's ParentTree entry). */
  private readonly byPage = new Map<number, StructElement[]>();
  private open: { element: StructElement; page: number } | null = null;
  private readonly internals: Internals;

  constructor(
    private readonly doc: jsPDF,
    lang: string,
    extraCatalog: CatalogEntries,
  ) {
    const internals = internalsOf(doc);
    this.internals = internals;
    internals.events.subscribe('putPage', ((data: { pageNumber: number }) => {
      internals.write(`/StructParents ${data.pageNumber - 1}`, '/Tabs /S');
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
    const element: StructElement = { role, parent: this.current, kids: [], ...(scope ? { scope } : {}) };
    this.current.kids.push(element);
    return element;
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

    for (const e of elements) {
      internals.newObjectDeferredBegin(e.objId!, true);
      const kids = e.kids.map((k) =>
        'role' in k ? `${k.objId} 0 R` : `<</Type /MCR /Pg ${pageObj(k.page)} 0 R /MCID ${k.mcid}>>`,
      );
      const parent = e.parent ? `${e.parent.objId} 0 R` : `${rootId} 0 R`;
      const attrs = e.scope ? ` /A <</O /Table /Scope /${e.scope}>>` : '';
      internals.write(`<</Type /StructElem /S /${e.role} /P ${parent} /K [${kids.join(' ')}]${attrs}>>`, 'endobj');
    }

    internals.newObjectDeferredBegin(rootId, true);
    internals.write(
      `<</Type /StructTreeRoot /K [${this.root.objId} 0 R] /ParentTree ${parentTreeId} 0 R /ParentTreeNextKey ${this.doc.getNumberOfPages()}>>`,
      'endobj',
    );

    const nums: string[] = [];
    for (let n = 1; n <= this.doc.getNumberOfPages(); n++) {
      const list = this.byPage.get(n) ?? [];
      nums.push(`${n - 1} [${list.map((e) => `${e.objId} 0 R`).join(' ')}]`);
    }
    internals.newObjectDeferredBegin(parentTreeId, true);
    internals.write(`<</Nums [${nums.join(' ')}]>>`, 'endobj');
    return rootId;
  }
}
