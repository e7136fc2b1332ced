import { describe, expect, it } from 'vitest';
import { attachmentObjects, bombOfCompressedSize, writePdf } from '../../pdf/bench/hostile-files.mjs';
import { defaultReadPdf } from './pdf-loader.js';

describe('opening a PDF in the widget', () => {
  it('refuses a deflate bomb at the limit, giving the page its turn while it reads', async () => {
    const bomb = writePdf(attachmentObjects({ data: bombOfCompressedSize(5e6) }));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const result = await defaultReadPdf(bomb);
    clearInterval(timer);
    expect(!result.ok && result.errors[0]).toMatchObject({ code: 'readLimit', limit: 'maxAttachmentBytes' });
    expect(!result.ok && result.errors[0]!.message.fi).toContain('yli 4 MiB');
    // The read yields between slices of work: timers of the page run before it is done.
    expect(ticks).toBeGreaterThan(1);
  });
});
