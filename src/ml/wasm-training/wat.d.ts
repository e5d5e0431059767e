/** A WebAssembly text module, assembled at build time (scripts/wasm/wat-plugin.mjs). */
declare module '*.wat' {
  const bytes: Uint8Array<ArrayBuffer>;
  export default bytes;
}
