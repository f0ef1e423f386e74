import { isLikelyDifferentWord } from './src/core/lookalike/distance'
import { skeleton, foldDigits } from './src/core/lookalike/skeleton'
console.log(foldDigits(skeleton('binanci')), isLikelyDifferentWord(foldDigits(skeleton('binanci')), 'blnance'))
