import cssText from './styles.css?inline';

let sheet: CSSStyleSheet | undefined;

/**
 * Applies the widget's styles to a document or shadow root as a constructable stylesheet: no `<style>`
 * element and no inline style, so a CSP of `default-src 'self'` needs no 'unsafe-inline'. One sheet is
 * shared by every instance; a root that has it already is left alone. Returns false where the browser
 * lacks constructable stylesheets (link `@osallisuusarvio/react/styles.css` there).
 */
export function adoptStyles(root: Document | ShadowRoot): boolean {
  if (
    !('adoptedStyleSheets' in root) ||
    typeof CSSStyleSheet !== 'function' ||
    !('replaceSync' in CSSStyleSheet.prototype)
  )
    return false;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return true;
}
