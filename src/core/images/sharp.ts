import type sharpModule from 'sharp'
import { lazyModule } from '../lazyModule'

const loadSharp = lazyModule<typeof sharpModule>('sharp')

/** sharp (libvips), loaded on the first image it reads: commands that read none never pay for it. */
export const sharp = ((...args: Parameters<typeof sharpModule>) => loadSharp()(...args)) as typeof sharpModule
