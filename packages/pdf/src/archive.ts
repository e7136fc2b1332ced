import type { jsPDF } from 'jspdf';
import { zlibSync } from 'fflate';
import { SRGB_ICC_DEFLATED } from './assets.generated.js';
import { internalsOf } from './tagged.js';
import { binaryString, pdfName, pdfTextString, utf8BinaryString, xmlEscape } from './pdf-syntax.js';
import { APPENDIX_NAMESPACE as NS, ATTACHMENT_NAME } from './names.js';

export { ATTACHMENT_NAME };

export interface ArchiveInfo {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly keywords: string;
  readonly creator: string;
  readonly producer: string;
  readonly lang: string;
  readonly date: { readonly pdf: string; readonly xmp: string };
  readonly sha256: string;
  /** PDF/A-3a allows the attached JSON; without it the file claims PDF/A-1b, which preflight tools check. */
  readonly attachment: { readonly json: string; readonly description: string } | null;
  /** An appendix in two languages: the title in each (after `title`, the x-default), and both languages. */
  readonly titles?: readonly { readonly lang: string; readonly title: string }[];
  readonly languages?: readonly string[];
}

let icc: string | undefined;
const iccProfile = () => (icc ??= atob(SRGB_ICC_DEFLATED));

function xmp(info: ArchiveInfo): string {
  const part = info.attachment ? 3 : 1;
  // PDF/A-3 level A: tagged, with Unicode for every glyph and /Lang, which the appendix is (veraPDF found
  // only the declared level between it and 3a). The file without the attachment stays PDF/A-1b, the level
  // PDFBox Preflight, the validator that runs here, checks.
  const conformance = part === 3 ? 'A' : 'B';
  const prop = (name: string, type: string, description: string) =>
    `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>${type}</pdfaProperty:valueType><pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>${description}</pdfaProperty:description></rdf:li>`;
  const schema = (name: string, ns: string, prefix: string, props: string) =>
    `<rdf:li rdf:parseType="Resource"><pdfaSchema:schema>${name}</pdfaSchema:schema><pdfaSchema:namespaceURI>${ns}</pdfaSchema:namespaceURI><pdfaSchema:prefix>${prefix}</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>${props}</rdf:Seq></pdfaSchema:property></rdf:li>`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag>
${schema('PDF/UA identification schema', 'http://www.aiim.org/pdfua/ns/id/', 'pdfuaid', prop('part', 'Integer', 'Part of PDF/UA standard'))}
${schema('osallisuusarvio appendix', NS, 'oa', prop('assessmentSha256', 'Text', 'SHA-256 of the canonical JSON of the assessment'))}
</rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:oa="${NS}">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(info.title)}</rdf:li>${(info.titles ?? []).map((t) => `<rdf:li xml:lang="${xmlEscape(t.lang)}">${xmlEscape(t.title)}</rdf:li>`).join('')}</rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(info.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq><rdf:li>${xmlEscape(info.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:language><rdf:Bag>${(info.languages ?? [info.lang]).map((l) => `<rdf:li>${xmlEscape(l)}</rdf:li>`).join('')}</rdf:Bag></dc:language>
<pdf:Keywords>${xmlEscape(info.keywords)}</pdf:Keywords>
<pdf:Producer>${xmlEscape(info.producer)}</pdf:Producer>
<xmp:CreatorTool>${xmlEscape(info.creator)}</xmp:CreatorTool>
<xmp:CreateDate>${info.date.xmp}</xmp:CreateDate>
<pdfaid:part>${part}</pdfaid:part>
<pdfaid:conformance>${conformance}</pdfaid:conformance>
<pdfuaid:part>1</pdfuaid:part>
<oa:assessmentSha256>${info.sha256}</oa:assessmentSha256>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * Writes the XMP metadata, the sRGB output intent and (optionally) the attached JSON, and returns the
 * catalog entries that point at them. Objects are allocated in `postPutResources`: jsPDF assumes the
 * first page is object 3, so nothing may be allocated before the pages.
 */
export function installArchive(doc: jsPDF, info: ArchiveInfo): () => string[] {
  const internals = internalsOf(doc);
  const { putStream } = doc.internal as unknown as {
    putStream(options: {
      data: string;
      filters?: string[];
      alreadyAppliedFilters?: string[];
      additionalKeyValues?: { key: string; value: string | number }[];
      objectId?: number;
    }): void;
  };
  const entries: string[] = [];
  internals.events.subscribe('postPutResources', (() => {
    // PDF/A-1 forbids a Filter on the metadata stream; it stays readable to tools that scan for XMP.
    const xml = utf8BinaryString(xmp(info));
    const metadata = internals.newObjectDeferred();
    internals.newObjectDeferredBegin(metadata, true);
    internals.write(`<</Type /Metadata /Subtype /XML /Length ${xml.length}>>`, 'stream', xml, 'endstream', 'endobj');

    const icc = internals.newObjectDeferred();
    internals.newObjectDeferredBegin(icc, true);
    const profile = iccProfile();
    putStream({
      data: profile,
      filters: [],
      alreadyAppliedFilters: ['/FlateDecode'],
      additionalKeyValues: [{ key: 'N', value: 3 }],
      objectId: icc,
    });
    internals.write('endobj');
    const intent = internals.newObjectDeferred();
    internals.newObjectDeferredBegin(intent, true);
    internals.write(
      `<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile ${icc} 0 R>>`,
      'endobj',
    );
    entries.length = 0;
    entries.push(`/Metadata ${metadata} 0 R`, `/OutputIntents [${intent} 0 R]`);

    if (info.attachment) {
      const raw = new TextEncoder().encode(info.attachment.json);
      const file = internals.newObjectDeferred();
      internals.newObjectDeferredBegin(file, true);
      putStream({
        data: binaryString(zlibSync(raw, { level: 6 })),
        filters: [],
        alreadyAppliedFilters: ['/FlateDecode'],
        additionalKeyValues: [
          { key: 'Type', value: '/EmbeddedFile' },
          { key: 'Subtype', value: pdfName('application/json') },
          { key: 'Params', value: `<</Size ${raw.length} /ModDate (${info.date.pdf})>>` },
        ],
        objectId: file,
      });
      internals.write('endobj');
      const spec = internals.newObjectDeferred();
      internals.newObjectDeferredBegin(spec, true);
      internals.write(
        `<</Type /Filespec /F (${ATTACHMENT_NAME}) /UF ${pdfTextString(ATTACHMENT_NAME)} /Desc ${pdfTextString(info.attachment.description)} /AFRelationship /Source /EF <</F ${file} 0 R /UF ${file} 0 R>>>>`,
        'endobj',
      );
      entries.push(`/Names <</EmbeddedFiles <</Names [(${ATTACHMENT_NAME}) ${spec} 0 R]>>>>`, `/AF [${spec} 0 R]`);
    }
  }) as never);
  return () => entries;
}
