// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderLab, withFakeBrowser } from './lab-test-kit';

vi.mock('../../ml/page/useTf', () => ({ useTf: () => ({ status: 'loading' }) }));
vi.mock('./decode-image');
withFakeBrowser();

describe('KernelLab: the reader’s own image', () => {
  const picker = () => screen.getByLabelText('Use your own image…', { selector: 'input' });
  const inputAlt = (w: number, h: number) => ({ name: `The input photo in grey, ${w} × ${h} pixels.` });

  it('says that an own image stays on the computer and out of shared links', async () => {
    await renderLab();
    const button = screen.getByRole('button', { name: 'Use your own image…' });
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /stays on your computer and is not in shared links/,
    );
  });

  it.each([
    [
      'a text file',
      new File(['hello'], 'notes.txt', { type: 'text/plain' }),
      /“notes.txt” is not an image \(text\/plain\)/,
    ],
    ['an empty file', new File([], 'empty.png', { type: 'image/png' }), /“empty.png” is empty/],
    [
      'a broken image',
      new File(['not a png'], 'cat.png', { type: 'image/png' }),
      /“cat.png” could not be read as an image/,
    ],
  ])('refuses %s with a message and keeps the photo', async (_, file, message) => {
    const { user } = await renderLab();
    await user.upload(picker(), file);
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(screen.getByRole('alert').textContent).toMatch(/The previous image stays\./);
    expect(screen.getByRole('img', inputAlt(6, 4))).toBeTruthy();
    expect((screen.getByLabelText('Photo') as HTMLSelectElement).value).toBe('chelsea');
  });

  it('uses a good file, offers it in the photo list, and keeps it when a later file fails', async () => {
    const { state, user } = await renderLab();
    await user.upload(picker(), new File(['png'], 'me.png', { type: 'image/png' }));
    await screen.findByRole('img', inputAlt(8, 5));
    const photo = screen.getByLabelText('Photo') as HTMLSelectElement;
    expect(photo.value).toBe('own');
    expect(within(photo).getByRole('option', { name: 'your image: me.png' })).toBeTruthy();
    await user.upload(picker(), new File([], 'empty.png', { type: 'image/png' }));
    await screen.findByRole('alert');
    expect(screen.getByRole('img', inputAlt(8, 5))).toBeTruthy();
    expect(state().get('lab.photo')).toBeNull();
    // back to a photo of the book, and to the own image again
    await user.selectOptions(photo, 'chelsea');
    expect(screen.getByRole('img', inputAlt(6, 4))).toBeTruthy();
    await user.selectOptions(photo, 'own');
    expect(screen.getByRole('img', inputAlt(8, 5))).toBeTruthy();
  });

  it('takes a file dropped onto the figure, and refuses a dropped text file', async () => {
    await renderLab();
    const lab = document.querySelector('.kernel-lab') as HTMLElement;
    const drop = (file: File) => {
      const dataTransfer = { files: [file], types: ['Files'], dropEffect: 'none' };
      fireEvent.dragOver(lab, { dataTransfer });
      expect(lab.classList.contains('is-dragging')).toBe(true);
      expect(screen.getByText('Drop the image to convolve it')).toBeTruthy();
      fireEvent.drop(lab, { dataTransfer });
    };
    drop(new File(['x'], 'notes.txt', { type: 'text/plain' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not an image/);
    expect(lab.classList.contains('is-dragging')).toBe(false);
    drop(new File(['png'], 'dropped.png', { type: 'image/png' }));
    await screen.findByRole('img', inputAlt(8, 5));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
