import { presetOfSize, type PresetName } from '../../models/conv2d/presets';
import { KERNEL_KEYS, PRESET_NAMES, SLOT_PRESETS, type KernelKey, type KernelLabState } from './state';

const SAME = 1e-9;

/**
 * A k × k kernel centred in a size × size grid: zeros around a smaller kernel, the middle of a larger
 * one (both sizes odd, so there is a middle).
 */
export function resizeKernel(rows: readonly (readonly number[])[], size: number): number[][] {
  const offset = (rows.length - size) / 2;
  return Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) => rows[i + offset]?.[j + offset] ?? 0),
  );
}

/**
 * A slot's weights (as the link holds them, row by row) as size × size rows. A list of another odd
 * square length (a 3 × 3 kernel in a 5 × 5 layer) is resized; any other length gives the slot's preset.
 */
export function kernelRows(weights: readonly number[], size: number, slot: KernelKey): number[][] {
  const k = Math.round(Math.sqrt(weights.length));
  if (k * k !== weights.length || k % 2 === 0) return presetOfSize(SLOT_PRESETS[slot], size);
  const rows = Array.from({ length: k }, (_, i) => weights.slice(i * k, (i + 1) * k));
  return k === size ? rows : resizeKernel(rows, size);
}

/** The preset these weights are, at their size, or null for a kernel of the reader's own. */
export function matchPreset(rows: readonly (readonly number[])[]): PresetName | null {
  const flat = rows.flat();
  return (
    PRESET_NAMES.find((name) =>
      presetOfSize(name, rows.length)
        .flat()
        .every((w, i) => Math.abs(w - (flat[i] ?? NaN)) <= SAME),
    ) ?? null
  );
}

const activeKeys = (state: KernelLabState): KernelKey[] => KERNEL_KEYS.slice(0, state.count);

/** The kernel open in the editor (the last one if `edit` names one that is not there): its slot and rows. */
export function editedKernel(state: KernelLabState): { key: KernelKey; rows: number[][] } {
  const key = KERNEL_KEYS[Math.min(state.edit, state.count) - 1] ?? 'k1';
  return { key, rows: kernelRows(state[key], Number(state.size), key) };
}

/**
 * The change of kernel size: a preset becomes the same preset at the new size (a 5 × 5 Gaussian is
 * wider, not a 3 × 3 one with zeros around it); the reader's own kernels are padded or cropped.
 */
export function withSize(state: KernelLabState, size: KernelLabState['size']): Partial<KernelLabState> {
  const n = Number(size);
  const patch: Partial<KernelLabState> = { size };
  for (const key of activeKeys(state)) {
    const rows = kernelRows(state[key], Number(state.size), key);
    const preset = matchPreset(rows);
    patch[key] = (preset ? presetOfSize(preset, n) : resizeKernel(rows, n)).flat();
  }
  return patch;
}

/** One more kernel, at the end, starting as its slot's preset, and opened in the editor. */
export function withKernelAdded(state: KernelLabState): Partial<KernelLabState> {
  const key = KERNEL_KEYS[state.count];
  if (!key) return {};
  return {
    count: state.count + 1,
    edit: state.count + 1,
    [key]: presetOfSize(SLOT_PRESETS[key], Number(state.size)).flat(),
  };
}

/** Kernel `n` (1-based) removed: the ones after it move up, and the editor stays on a kernel that exists. */
export function withKernelRemoved(state: KernelLabState, n: number): Partial<KernelLabState> {
  if (state.count <= 1) return {};
  const patch: Partial<KernelLabState> = { count: state.count - 1 };
  const keys = activeKeys(state);
  for (let i = n - 1; i < keys.length - 1; i++) patch[keys[i] as KernelKey] = state[keys[i + 1] as KernelKey];
  const edit = state.edit > n ? state.edit - 1 : state.edit;
  patch.edit = Math.min(edit, state.count - 1);
  return patch;
}
