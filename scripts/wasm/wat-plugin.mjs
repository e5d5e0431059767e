// @ts-check
/**
 * Vite plugin: `import bytes from './kernels.wat'` gives the module's WebAssembly binary as a
 * Uint8Array, assembled from its text format at build time (wabt, SIMD on). The bytes are inlined as
 * base64: the book's kernels are a few kilobytes, and inlined they load with the code that uses them,
 * in the page, in its worker and in Node, with no extra request.
 */
import wabtInit from 'wabt';

/** @type {Promise<Awaited<ReturnType<typeof wabtInit>>> | undefined} */
let wabt;

/** @param {string} file @param {string} text @returns {Promise<Uint8Array>} */
export async function assembleWat(file, text) {
  wabt ??= wabtInit();
  const module = (await wabt).parseWat(file, text, { simd: true, bulk_memory: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}

/** @returns {import('vite').Plugin} */
export default function wat() {
  return {
    name: 'book:wat',
    enforce: 'pre',
    async transform(text, id) {
      if (!id.endsWith('.wat')) return null;
      const base64 = Buffer.from(await assembleWat(id, text)).toString('base64');
      return {
        code: `export default Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));`,
        map: null,
      };
    },
  };
}
