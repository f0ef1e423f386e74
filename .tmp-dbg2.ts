import { readPadding } from './src/core/lookalike/keywords'
for (const x of ['nlswap','lswap','unlswa','unlsw']) console.log(x, readPadding(x))
