export const STRICT_CSP: string;
export function serve(
  port?: number,
  options?: { csp?: string; host?: string },
): Promise<{ url: string; close(): Promise<void> }>;
