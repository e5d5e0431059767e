;; The passes of the book's wasm training kernels that are not matrix products, in WebAssembly SIMD.
;; In JavaScript they cost 3–5 ns an element; here they take four channels at a time.
;; The module works in place on TF.js's wasm heap: it imports the backend's own memory, and every
;; pointer is a byte offset of a float32 tensor there. Channel counts must be multiples of four (the
;; caller checks, and uses the JavaScript loops otherwise). maxPoolGrad and columnSum match their
;; JavaScript twins exactly (max-pool-grad.ts's maxPoolGradInto, column-sum.ts's columnSumInto);
;; filterGradientOneChannel stands in for a matrix product, and sums in a different order.
(module
  (import "env" "memory" (memory 0))

  (func $min (param $a i32) (param $b i32) (result i32)
    (select (local.get $a) (local.get $b) (i32.lt_s (local.get $a) (local.get $b))))
  (func $max (param $a i32) (param $b i32) (result i32)
    (select (local.get $a) (local.get $b) (i32.gt_s (local.get $a) (local.get $b))))
  ;; ⌈n / d⌉ for d > 0, and 0 for n ≤ 0
  (func $ceilDivide (param $n i32) (param $d i32) (result i32)
    (select
      (i32.div_s (i32.sub (i32.add (local.get $n) (local.get $d)) (i32.const 1)) (local.get $d))
      (i32.const 0)
      (i32.gt_s (local.get $n) (i32.const 0))))

  ;; The gradient of max pooling, NHWC: each window's dy goes to the first input, in reading order,
  ;; that equals the window's pooled value y; positions in overlapping windows sum. Zeroes dx first.
  ;; Four channels of one window are four adjacent floats, so one vector compare finds the maximum's
  ;; position for all four, and a "found" mask keeps only each lane's first match.
  (func (export "maxPoolGrad")
    (param $dx i32) (param $x i32) (param $y i32) (param $dy i32)
    (param $batch i32) (param $inHeight i32) (param $inWidth i32) (param $channels i32)
    (param $outHeight i32) (param $outWidth i32) (param $filterHeight i32) (param $filterWidth i32)
    (param $strideHeight i32) (param $strideWidth i32) (param $top i32) (param $left i32)
    (local $pixel i32) (local $rowBytes i32) (local $image i32) (local $base i32) (local $out i32)
    (local $b i32) (local $p i32) (local $q i32) (local $channel i32)
    (local $rowStart i32) (local $rowEnd i32) (local $colStart i32) (local $colEnd i32)
    (local $row i32) (local $col i32) (local $at i32)
    (local $max v128) (local $grad v128) (local $found v128) (local $hit v128)
    (local.set $pixel (i32.shl (local.get $channels) (i32.const 2)))
    (local.set $rowBytes (i32.mul (local.get $inWidth) (local.get $pixel)))
    (local.set $image (i32.mul (local.get $inHeight) (local.get $rowBytes)))
    (memory.fill (local.get $dx) (i32.const 0) (i32.mul (local.get $batch) (local.get $image)))
    ;; $out: the byte offset of the current output pixel in y and dy
    (local.set $out (i32.const 0))
    (local.set $b (i32.const 0))
    (block $batchesDone (loop $batches
      (br_if $batchesDone (i32.ge_s (local.get $b) (local.get $batch)))
      (local.set $base (i32.mul (local.get $b) (local.get $image)))
      (local.set $p (i32.const 0))
      (block $rowsDone (loop $rows
        (br_if $rowsDone (i32.ge_s (local.get $p) (local.get $outHeight)))
        (local.set $rowStart (i32.sub (i32.mul (local.get $p) (local.get $strideHeight)) (local.get $top)))
        (local.set $rowEnd
          (call $min (i32.add (local.get $rowStart) (local.get $filterHeight)) (local.get $inHeight)))
        (local.set $rowStart (call $max (local.get $rowStart) (i32.const 0)))
        (local.set $q (i32.const 0))
        (block $columnsDone (loop $columns
          (br_if $columnsDone (i32.ge_s (local.get $q) (local.get $outWidth)))
          (local.set $colStart (i32.sub (i32.mul (local.get $q) (local.get $strideWidth)) (local.get $left)))
          (local.set $colEnd
            (call $min (i32.add (local.get $colStart) (local.get $filterWidth)) (local.get $inWidth)))
          (local.set $colStart (call $max (local.get $colStart) (i32.const 0)))
          (local.set $channel (i32.const 0))
          (block $channelsDone (loop $channelGroups
            (br_if $channelsDone (i32.ge_s (local.get $channel) (local.get $pixel)))
            (local.set $max
              (v128.load (i32.add (local.get $y) (i32.add (local.get $out) (local.get $channel)))))
            (local.set $grad
              (v128.load (i32.add (local.get $dy) (i32.add (local.get $out) (local.get $channel)))))
            (local.set $found (v128.const i32x4 0 0 0 0))
            (local.set $row (local.get $rowStart))
            (block $windowRowsDone (loop $windowRows
              (br_if $windowRowsDone (i32.ge_s (local.get $row) (local.get $rowEnd)))
              (local.set $col (local.get $colStart))
              (block $windowColumnsDone (loop $windowColumns
                (br_if $windowColumnsDone (i32.ge_s (local.get $col) (local.get $colEnd)))
                (local.set $at
                  (i32.add
                    (i32.add (local.get $base) (local.get $channel))
                    (i32.add
                      (i32.mul (local.get $row) (local.get $rowBytes))
                      (i32.mul (local.get $col) (local.get $pixel)))))
                (local.set $hit
                  (v128.andnot
                    (f32x4.eq (v128.load (i32.add (local.get $x) (local.get $at))) (local.get $max))
                    (local.get $found)))
                (local.set $found (v128.or (local.get $found) (local.get $hit)))
                (v128.store (i32.add (local.get $dx) (local.get $at))
                  (f32x4.add
                    (v128.load (i32.add (local.get $dx) (local.get $at)))
                    (v128.and (local.get $grad) (local.get $hit))))
                (local.set $col (i32.add (local.get $col) (i32.const 1)))
                (br $windowColumns)))
              (local.set $row (i32.add (local.get $row) (i32.const 1)))
              (br $windowRows)))
            (local.set $channel (i32.add (local.get $channel) (i32.const 16)))
            (br $channelGroups)))
          (local.set $out (i32.add (local.get $out) (local.get $pixel)))
          (local.set $q (i32.add (local.get $q) (i32.const 1)))
          (br $columns)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $rows)))
      (local.set $b (i32.add (local.get $b) (i32.const 1)))
      (br $batches))))

  ;; Sums a [rows, columns] block over its rows into out[columns]: the reduction behind every bias
  ;; gradient. Four columns at a time, each summed in float64 in reading order and rounded to float32
  ;; once at the end, so the result is the JavaScript reference's to the bit.
  (func (export "columnSum") (param $out i32) (param $values i32) (param $rows i32) (param $columns i32)
    (local $rowBytes i32) (local $end i32) (local $channel i32) (local $at i32)
    (local $v v128) (local $low v128) (local $high v128)
    (local.set $rowBytes (i32.shl (local.get $columns) (i32.const 2)))
    (local.set $end (i32.add (local.get $values) (i32.mul (local.get $rows) (local.get $rowBytes))))
    (local.set $channel (i32.const 0))
    (block $groupsDone (loop $groups
      (br_if $groupsDone (i32.ge_s (local.get $channel) (local.get $rowBytes)))
      (local.set $low (v128.const i32x4 0 0 0 0))
      (local.set $high (v128.const i32x4 0 0 0 0))
      (local.set $at (i32.add (local.get $values) (local.get $channel)))
      (block $rowsDone (loop $rowsLoop
        (br_if $rowsDone (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $v (v128.load (local.get $at)))
        (local.set $low (f64x2.add (local.get $low) (f64x2.promote_low_f32x4 (local.get $v))))
        (local.set $high
          (f64x2.add
            (local.get $high)
            (f64x2.promote_low_f32x4
              (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $v) (local.get $v)))))
        (local.set $at (i32.add (local.get $at) (local.get $rowBytes)))
        (br $rowsLoop)))
      (v128.store (i32.add (local.get $out) (local.get $channel))
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          (f32x4.demote_f64x2_zero (local.get $low))
          (f32x4.demote_f64x2_zero (local.get $high))))
      (local.set $channel (i32.add (local.get $channel) (i32.const 16)))
      (br $groups))))

  ;; The filter gradient of a 2-D convolution of a one-channel input (a network's first layer on grey
  ;; images), NHWC, dilation 1: dW[kh, kw, 0, o] = Σ over b, p, q of x[b, p·sh + kh − top, q·sw + kw − left]
  ;; · dy[b, p, q, o], taps in the padding left out. As a matrix product it is 9 rows by thousands of
  ;; positions by a few channels, a shape wasm's matMul runs at a tenth of its speed; here each tap and
  ;; four output channels keep their sums in two vector registers (even and odd positions, so that
  ;; consecutive additions do not wait on each other) through one pass over the positions.
  (func (export "filterGradientOneChannel")
    (param $dw i32) (param $x i32) (param $dy i32)
    (param $batch i32) (param $inHeight i32) (param $inWidth i32)
    (param $outHeight i32) (param $outWidth i32) (param $outChannels i32)
    (param $filterHeight i32) (param $filterWidth i32)
    (param $strideHeight i32) (param $strideWidth i32) (param $top i32) (param $left i32)
    (local $pixel i32) (local $xStep i32) (local $kh i32) (local $kw i32) (local $channel i32)
    (local $b i32) (local $p i32) (local $row i32) (local $qStart i32) (local $qEnd i32) (local $q i32)
    (local $xAt i32) (local $dyAt i32) (local $even v128) (local $odd v128)
    (local.set $pixel (i32.shl (local.get $outChannels) (i32.const 2)))
    (local.set $xStep (i32.shl (local.get $strideWidth) (i32.const 2)))
    (local.set $kh (i32.const 0))
    (block $tapRowsDone (loop $tapRows
      (br_if $tapRowsDone (i32.ge_s (local.get $kh) (local.get $filterHeight)))
      (local.set $kw (i32.const 0))
      (block $tapColumnsDone (loop $tapColumns
        (br_if $tapColumnsDone (i32.ge_s (local.get $kw) (local.get $filterWidth)))
        ;; the output columns whose tap lands inside the input: q·sw + kw − left in [0, inWidth)
        (local.set $qStart
          (call $ceilDivide (i32.sub (local.get $left) (local.get $kw)) (local.get $strideWidth)))
        (local.set $qEnd
          (call $min
            (local.get $outWidth)
            (call $ceilDivide
              (i32.sub (i32.add (local.get $inWidth) (local.get $left)) (local.get $kw))
              (local.get $strideWidth))))
        (local.set $channel (i32.const 0))
        (block $channelsDone (loop $channelGroups
          (br_if $channelsDone (i32.ge_s (local.get $channel) (local.get $pixel)))
          (local.set $even (v128.const i32x4 0 0 0 0))
          (local.set $odd (v128.const i32x4 0 0 0 0))
          (local.set $b (i32.const 0))
          (block $batchesDone (loop $batches
            (br_if $batchesDone (i32.ge_s (local.get $b) (local.get $batch)))
            (local.set $p (i32.const 0))
            (block $rowsDone (loop $rows
              (br_if $rowsDone (i32.ge_s (local.get $p) (local.get $outHeight)))
              (local.set $row
                (i32.sub
                  (i32.add (i32.mul (local.get $p) (local.get $strideHeight)) (local.get $kh))
                  (local.get $top)))
              (if (i32.and
                    (i32.ge_s (local.get $row) (i32.const 0))
                    (i32.lt_s (local.get $row) (local.get $inHeight)))
                (then
                  (local.set $xAt
                    (i32.add (local.get $x)
                      (i32.shl
                        (i32.add
                          (i32.mul
                            (i32.add (i32.mul (local.get $b) (local.get $inHeight)) (local.get $row))
                            (local.get $inWidth))
                          (i32.sub
                            (i32.add (i32.mul (local.get $qStart) (local.get $strideWidth)) (local.get $kw))
                            (local.get $left)))
                        (i32.const 2))))
                  (local.set $dyAt
                    (i32.add
                      (i32.add (local.get $dy) (local.get $channel))
                      (i32.mul
                        (i32.add
                          (i32.mul
                            (i32.add (i32.mul (local.get $b) (local.get $outHeight)) (local.get $p))
                            (local.get $outWidth))
                          (local.get $qStart))
                        (local.get $pixel))))
                  (local.set $q (local.get $qStart))
                  (block $pairsDone (loop $pairs
                    (br_if $pairsDone (i32.ge_s (i32.add (local.get $q) (i32.const 1)) (local.get $qEnd)))
                    (local.set $even
                      (f32x4.add (local.get $even)
                        (f32x4.mul (f32x4.splat (f32.load (local.get $xAt))) (v128.load (local.get $dyAt)))))
                    (local.set $odd
                      (f32x4.add (local.get $odd)
                        (f32x4.mul
                          (f32x4.splat (f32.load (i32.add (local.get $xAt) (local.get $xStep))))
                          (v128.load (i32.add (local.get $dyAt) (local.get $pixel))))))
                    (local.set $xAt (i32.add (local.get $xAt) (i32.shl (local.get $xStep) (i32.const 1))))
                    (local.set $dyAt (i32.add (local.get $dyAt) (i32.shl (local.get $pixel) (i32.const 1))))
                    (local.set $q (i32.add (local.get $q) (i32.const 2)))
                    (br $pairs)))
                  (if (i32.lt_s (local.get $q) (local.get $qEnd))
                    (then
                      (local.set $even
                        (f32x4.add (local.get $even)
                          (f32x4.mul (f32x4.splat (f32.load (local.get $xAt))) (v128.load (local.get $dyAt)))))))))
              (local.set $p (i32.add (local.get $p) (i32.const 1)))
              (br $rows)))
            (local.set $b (i32.add (local.get $b) (i32.const 1)))
            (br $batches)))
          (v128.store
            (i32.add (local.get $dw)
              (i32.add
                (i32.mul
                  (i32.add (i32.mul (local.get $kh) (local.get $filterWidth)) (local.get $kw))
                  (local.get $pixel))
                (local.get $channel)))
            (f32x4.add (local.get $even) (local.get $odd)))
          (local.set $channel (i32.add (local.get $channel) (i32.const 16)))
          (br $channelGroups)))
        (local.set $kw (i32.add (local.get $kw) (i32.const 1)))
        (br $tapColumns)))
      (local.set $kh (i32.add (local.get $kh) (i32.const 1)))
      (br $tapRows))))
)
