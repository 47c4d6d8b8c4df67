/**
 * The timeline label layout alone, per frame, at 5,119 marks in view (the timeline bench's count).
 * Run: npx tsx scripts/bench/timelineLabels.ts
 */
import { layoutLabels, type LabelMark } from '../../src/renderer/src/features/timeline/labelLayout'
const widths = new Map<string, number>()
const measure = (t: string) => { let w = widths.get(t); if (w === undefined) { w = t.length * 6; widths.set(t, w) } return w }
const marks: LabelMark[] = []
for (let i = 0; i < 5119; i++) { const left = (i * 9301 % 1366); marks.push({ index: i, slot: (i % 3) * 1000 + (i % 7), left, right: left + 3, title: `Benchmark event ${i}`, pad: 4 }) }
const times: number[] = []
for (let r = 0; r < 200; r++) { const t = performance.now(); layoutLabels(marks, { width: 1366, measure }); times.push(performance.now() - t) }
times.sort((a, b) => a - b)
console.log(`layoutLabels, 5,119 marks: median ${times[100]!.toFixed(2)} ms, p95 ${times[190]!.toFixed(2)} ms`)
