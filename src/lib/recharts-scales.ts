import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';

// The d3 scales Recharts may use here. Recharts picks an axis's scale by name from the whole of d3-scale
// (`import * as d3Scales from 'victory-vendor/d3-scale'`), which keeps every scale in the bundle, time scales and
// their date formats included. Its axes here are numbers and categories with the automatic scale, which gives
// linear, band or point (recharts/es6/state/selectors/combiners/combineRealScaleType.js), so vite.config.ts points
// that import here. An axis given another scale by name (`scale="log"`) gets one of the stand-ins below, which throws:
// its card shows the error, where a missing name would have drawn it with a point scale, silently.
export { scaleBand, scaleLinear, scalePoint };

const leftOut = (name: string) => (): never => {
  throw new Error(`The d3 scale ${name} is left out of the charts' bundle (src/lib/recharts-scales.ts)`);
};

export const scaleDiverging = leftOut('scaleDiverging');
export const scaleIdentity = leftOut('scaleIdentity');
export const scaleLog = leftOut('scaleLog');
export const scaleOrdinal = leftOut('scaleOrdinal');
export const scalePow = leftOut('scalePow');
export const scaleQuantile = leftOut('scaleQuantile');
export const scaleQuantize = leftOut('scaleQuantize');
export const scaleRadial = leftOut('scaleRadial');
export const scaleSequential = leftOut('scaleSequential');
export const scaleSqrt = leftOut('scaleSqrt');
export const scaleSymlog = leftOut('scaleSymlog');
export const scaleThreshold = leftOut('scaleThreshold');
export const scaleTime = leftOut('scaleTime');
export const scaleUtc = leftOut('scaleUtc');
