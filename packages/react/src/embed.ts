// The entry for pages without React: React is bundled, and importing this module registers
// <osallisuus-arvio>. `mount()` is the same as in the main entry.
import { defineElement } from './element.js';

export { mount } from './mount.js';
export type { MountedWidget, MountOptions } from './mount.js';
export { defineElement, ELEMENT_NAME } from './element.js';
export type { OsallisuusArvioElement } from './element.js';
export { THEMES } from './themes.js';
export type { ThemeName } from './themes.js';
export { clearDraft } from './draft.js';
export { WidgetOptionsError, WidgetRenderError, WidgetRuleError } from './host-errors.js';
export type { HostOptionProblem } from './host-errors.js';
export type { AutosaveOptions, FormHandle, HostCaseDetails, PdfOptions, WidgetLayout, WidgetOptions } from './types.js';

defineElement();
