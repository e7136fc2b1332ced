export function serve(port?: number): Promise<{ url: string; close(): Promise<void> }>;
