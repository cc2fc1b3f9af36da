// The d3 scales Recharts may use here. Recharts picks an axis's scale by name from the whole of d3-scale
// (`import * as d3Scales from 'victory-vendor/d3-scale'`), which keeps every scale in the bundle, time scales and
// their date formats included. Its axes here are numbers and categories with the automatic scale, which gives
// linear, band or point (recharts/es6/state/selectors/combiners/combineRealScaleType.js), so vite.config.ts points
// that import here. A Recharts module asking for another name fails the build.
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
