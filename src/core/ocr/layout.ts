/**
 * What a page's ink says about its layout, from a small greyscale copy: how far the text lines
 * are turned (skew) and how far apart they are (line pitch), so the page can be straightened
 * and scaled to the text size the recogniser reads best. Pure functions over pixels.
 */

export interface GreyImage {
  data: Uint8Array
  width: number
  height: number
}

/** Ink: pixels darker than the page's mean by a margin (a local, cheap binarisation). */
export function inkPoints(image: GreyImage): { xs: Float64Array; ys: Float64Array } {
  const { data, width, height } = image
  let sum = 0
  for (let i = 0; i < data.length; i++) sum += data[i]!
  const threshold = (sum / data.length) * 0.72
  const xs: number[] = []
  const ys: number[] = []
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x]! < threshold) {
        xs.push(x)
        ys.push(y)
      }
    }
  }
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys) }
}

/** Sums of ink along lines turned by `radians`, projected on the axis across the text lines. */
function profile(across: Float64Array, along: Float64Array, radians: number, length: number): Float64Array {
  const bins = new Float64Array(length)
  const sin = Math.sin(radians)
  const cos = Math.cos(radians)
  for (let i = 0; i < across.length; i++) {
    const bin = Math.round(across[i]! * cos - along[i]! * sin)
    if (bin >= 0 && bin < length) bins[bin]! += 1
  }
  return bins
}

/** Sum of squares: highest when ink falls into sharp rows, as it does when the lines are level. */
function sharpness(bins: Float64Array): number {
  let total = 0
  for (let i = 0; i < bins.length; i++) total += bins[i]! * bins[i]!
  return total
}

export interface PageLayout {
  /** How far the lines are turned, clockwise, in degrees (within ±`maxDegrees`). */
  skewDegrees: number
  /** Distance between neighbouring text lines (or columns), in the small copy's pixels; 0 if none was found. */
  pitch: number
}

/**
 * Finds the skew that makes the ink's projection sharpest (coarse 0.5° steps, then 0.1°), and
 * the line pitch as the strongest period of that projection. `vertical` reads columns.
 */
export function analyseLayout(image: GreyImage, vertical = false, maxDegrees = 5): PageLayout {
  const ink = inkPoints(image)
  if (ink.xs.length < 50) return { skewDegrees: 0, pitch: 0 }
  const [across, along] = vertical ? [ink.xs, ink.ys] : [ink.ys, ink.xs]
  const length = Math.ceil(Math.hypot(image.width, image.height)) + 1
  const score = (degrees: number) => sharpness(profile(across, along, ((vertical ? -degrees : degrees) * Math.PI) / 180, length))
  let best = 0
  let bestScore = score(0)
  const search = (from: number, to: number, step: number) => {
    for (let d = from; d <= to + 1e-9; d += step) {
      const s = score(d)
      if (s > bestScore) [best, bestScore] = [d, s]
    }
  }
  search(-maxDegrees, maxDegrees, 0.5)
  search(best - 0.4, best + 0.4, 0.1)
  const bins = profile(across, along, ((vertical ? -best : best) * Math.PI) / 180, length)
  return { skewDegrees: Math.round(best * 10) / 10, pitch: strongestPeriod(bins) }
}

/** The lag (in bins) of the highest autocorrelation peak between 4 and a quarter of the profile. */
export function strongestPeriod(bins: Float64Array): number {
  let mean = 0
  for (let i = 0; i < bins.length; i++) mean += bins[i]!
  mean /= bins.length
  const centred = bins.map((v) => v - mean)
  const at = (lag: number) => {
    let total = 0
    for (let i = 0; i + lag < centred.length; i++) total += centred[i]! * centred[i + lag]!
    return total / (centred.length - lag)
  }
  const zero = at(0)
  if (zero <= 0) return 0
  const maxLag = Math.floor(centred.length / 4)
  const values = Array.from({ length: maxLag + 1 }, (_, lag) => (lag < 4 ? 0 : at(lag)))
  let bestLag = 0
  for (let lag = 5; lag < maxLag; lag++) {
    const isPeak = values[lag]! > values[lag - 1]! && values[lag]! >= values[lag + 1]!
    // The first clear peak is the line pitch; later ones are its multiples.
    if (isPeak && values[lag]! > 0.25 * zero) {
      bestLag = lag
      break
    }
  }
  return bestLag
}

/**
 * How a page was straightened and scaled for the recogniser: turned by `degrees` (clockwise)
 * about its centre on a canvas grown from `from` to `to`, scaled by `scale`, framed by `border`.
 */
export interface PageTransform {
  degrees: number
  from: { width: number; height: number }
  to: { width: number; height: number }
  scale: number
  border: number
}

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/**
 * Maps a box found on the straightened, scaled, framed copy back to the original image: undo
 * the frame and the scale, turn the corners back, and take their bounding box, clamped.
 */
export function boxToOriginal(box: Box, t: PageTransform): Box {
  const r = (-t.degrees * Math.PI) / 180
  const cos = Math.cos(r)
  const sin = Math.sin(r)
  const corners = [
    [box.x, box.y],
    [box.x + box.w, box.y],
    [box.x, box.y + box.h],
    [box.x + box.w, box.y + box.h],
  ].map(([x, y]) => {
    const dx = (x! - t.border) / t.scale - t.to.width / 2
    const dy = (y! - t.border) / t.scale - t.to.height / 2
    return [dx * cos - dy * sin + t.from.width / 2, dx * sin + dy * cos + t.from.height / 2] as const
  })
  const clamp = (v: number, max: number) => Math.min(max, Math.max(0, Math.round(v)))
  const x0 = clamp(Math.min(...corners.map((c) => c[0])), t.from.width)
  const x1 = clamp(Math.max(...corners.map((c) => c[0])), t.from.width)
  const y0 = clamp(Math.min(...corners.map((c) => c[1])), t.from.height)
  const y1 = clamp(Math.max(...corners.map((c) => c[1])), t.from.height)
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }
}
