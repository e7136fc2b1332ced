// The host page's own script: a separate file, so that a CSP of default-src 'self' allows it.
import { mount } from '../dist/embed/osallisuus-arvio.js';

const log = (el, text) => {
  el.textContent = `${new Date().toLocaleTimeString()} ${text}\n${el.textContent}`.slice(0, 4000);
};

// 1. The custom element: attributes in the HTML, events out.
const element = document.getElementById('assessment');
const elementLog = document.getElementById('element-log');
element.addEventListener('change', (event) => {
  const { assessment, evaluation } = event.detail;
  log(elementLog, `change: "${assessment.case.title}" – ${evaluation.status}, ${evaluation.findings.length} havaintoa`);
});
element.addEventListener('pdf', (event) => {
  const { blob } = event.detail;
  log(elementLog, `pdf: ${blob.size} tavua – tallenna asian liitteeksi`);
});
// What attributes cannot carry (callbacks, the host's own rules) goes through the options property.
element.options = {
  onSubmit: async (assessment) => log(elementLog, `tallenna: ${JSON.stringify(assessment.case)}`),
};

// 2. mount(): the same options as the React component.
const mountLog = document.getElementById('mount-log');
const widget = mount(document.getElementById('mount-target'), {
  locale: 'fi',
  caseDetails: { diaryNumber: 'KYMHVA/77/00.01/2027', title: 'Neuvolan aukioloaikojen muutos' },
  onChange: (_assessment, evaluation) => log(mountLog, `onChange: ${evaluation.status}`),
  onPdf: (blob) => log(mountLog, `onPdf: ${blob.size} tavua`),
});
document.getElementById('mount-value').addEventListener('click', () => {
  mountLog.textContent = JSON.stringify(widget.getValue(), null, 2);
});

document.getElementById('host-locale').addEventListener('change', (event) => {
  const locale = event.target.value;
  element.setAttribute('locale', locale);
  widget.update({ locale });
  document.documentElement.lang = locale;
});
