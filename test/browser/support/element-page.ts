/**
 * A host page with the embed build's `<osallisuus-arvio>` for the Kymenlaakso region in `locale`, its
 * `options` (a JavaScript object literal) set before it is appended to `#w`, inside `body`.
 */
export function elementPage(locale: string, options: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
  <head>
    <meta charset="utf-8" />
    <title>Osallisuusarvio</title>
    <script type="module">
      import '/packages/react/dist/embed/osallisuus-arvio.js';
      const el = document.createElement('osallisuus-arvio');
      el.setAttribute('locale', '${locale}');
      el.setAttribute('region', 'kymenlaakso');
      el.options = ${options};
      document.getElementById('w').append(el);
    </script>
  </head>
  <body>${body}</body>
</html>`;
}
