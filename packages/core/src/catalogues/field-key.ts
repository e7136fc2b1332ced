/** The key of a concrete path: "methods.2.what" → "methods.*.what". */
export function fieldKey(path: string): string {
  return path.replace(/\.\d+(?=\.|$)/g, '.*');
}
