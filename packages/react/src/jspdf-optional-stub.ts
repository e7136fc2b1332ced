// jsPDF loads html2canvas, DOMPurify and canvg only for `.html()` and SVG images, which the appendix never
// uses. The embed build points those imports here, so that ~113 KB of chunks are not shipped at all.
const unavailable = (): never => {
  throw new Error('Not included in the osallisuusarvio embed build: jsPDF .html() and SVG are not used.');
};
export default unavailable;
