// Shared by the kernel lab's component tests. TF.js and image decoding need a real browser (the
// end-to-end tests run them); each test file mocks them, as vi.mock is per file:
//   vi.mock('../../ml/page/useTf', () => ({ useTf: () => ({ status: 'loading' }) }));
//   vi.mock('./decode-image');
// then calls withFakeBrowser() and renders with renderLab.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import { WidgetContext } from '../../frame/WidgetContext';
import { volume } from '../../models/conv2d/volume';
import { decodeGrey } from './decode-image';
import KernelLab from './KernelLab';

/**
 * Before each test of the file, a fake browser: decoding (mocked) gives a 6 × 4 photo for the book's
 * photos and 8 × 5 for a reader's file, and fails for a file named cat.png (a broken image); canvases
 * have no 2-D context, as in jsdom. After each test, the lab unmounted, then the spies restored.
 */
export function withFakeBrowser() {
  beforeEach(fakeBrowser);
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
}

function fakeBrowser() {
  history.replaceState(null, '', '/');
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  vi.mocked(decodeGrey).mockImplementation((src: string) =>
    src.startsWith('blob:broken')
      ? Promise.reject(new Error('EncodingError'))
      : Promise.resolve(src.startsWith('blob:') ? volume(5, 8, 1) : volume(4, 6, 1)),
  );
  let files = 0;
  URL.createObjectURL = vi.fn((file: File) => `blob:${file.name === 'cat.png' ? 'broken' : 'ok'}-${files++}`);
  URL.revokeObjectURL = vi.fn();
}

/** The lab in a frame's context, once its first photo is shown; `state()` reads what "copy link" would. */
export async function renderLab(query = '') {
  history.replaceState(null, '', `/${query ? `?${query}` : ''}`);
  let read = () => new URLSearchParams();
  const context = {
    id: 'lab',
    markReady: vi.fn(),
    registerState: (reader: () => URLSearchParams) => {
      read = reader;
    },
  };
  render(
    <WidgetContext.Provider value={context}>
      <KernelLab />
    </WidgetContext.Provider>,
  );
  await screen.findByRole('img', { name: 'The input photo in grey, 6 × 4 pixels.' });
  return { state: () => read(), user: userEvent.setup({ applyAccept: false }) };
}
