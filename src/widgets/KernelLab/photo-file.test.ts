import { describe, expect, it } from 'vitest';
import { fitSize } from './decode-image';
import { fileProblem } from './photo-file';

describe('fileProblem', () => {
  it('refuses an empty file and a file that says it is not an image', () => {
    expect(fileProblem(new File([], 'cat.png', { type: 'image/png' }))).toBe('empty');
    expect(fileProblem(new File(['hello'], 'notes.txt', { type: 'text/plain' }))).toBe('notImage');
    expect(fileProblem(new File(['%PDF'], 'paper.pdf', { type: 'application/pdf' }))).toBe('notImage');
  });

  it('leaves images, and files of unknown type, to the decoder', () => {
    expect(fileProblem(new File(['x'], 'cat.png', { type: 'image/png' }))).toBeNull();
    expect(fileProblem(new File(['x'], 'cat.heic', { type: '' }))).toBeNull();
  });
});

describe('fitSize', () => {
  it('scales the longer side down to 512 and keeps the aspect ratio', () => {
    expect(fitSize(4032, 3024)).toEqual({ width: 512, height: 384 });
    expect(fitSize(1000, 2000)).toEqual({ width: 256, height: 512 });
  });

  it('never enlarges, and never gives a side of 0', () => {
    expect(fitSize(451, 300)).toEqual({ width: 451, height: 300 });
    expect(fitSize(5000, 2)).toEqual({ width: 512, height: 1 });
  });
});
