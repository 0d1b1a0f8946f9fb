/** Natural Earth country outlines at 1:110m as TopoJSON (the `world-atlas` package), bundled by Vite. */
declare module 'world-atlas/countries-110m.json' {
  import type { GeometryCollection, Topology } from 'topojson-specification';

  const topology: Topology<{
    countries: GeometryCollection<{ name: string }>;
    land: GeometryCollection;
  }>;
  export default topology;
}
