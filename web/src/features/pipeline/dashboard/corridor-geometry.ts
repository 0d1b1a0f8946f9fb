/**
 * The six corridor countries as SVG paths, drawn offline from Natural Earth (world-atlas, 1:110m)
 * with d3-geo: no tile server, no network. The TopoJSON is bundled by Vite into this module's chunk,
 * which only the dashboard's map imports.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import atlas from 'world-atlas/countries-110m.json';
import type { CorridorCountry } from '../../../domain';

/** ISO 3166-1 numeric codes of the corridor countries, as Natural Earth identifies them. */
const ISO_NUMERIC: Record<string, CorridorCountry> = {
  '116': 'KH',
  '156': 'CN',
  '418': 'LA',
  '104': 'MM',
  '764': 'TH',
  '704': 'VN',
};

/**
 * Where the map looks: mainland South-East Asia and China's Yunnan, through which the Lancang
 * flows. The rest of China lies outside the frame and is clipped.
 */
const FRAME: Feature<Geometry> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiPoint',
    coordinates: [
      [92.2, 5.6],
      [109.6, 5.6],
      [92.2, 28.8],
      [109.6, 28.8],
    ],
  },
};

/** Where each country's figure is written, [longitude, latitude]: China's in Yunnan, the others inland. */
const LABEL_AT: Record<CorridorCountry, [number, number]> = {
  CN: [102.2, 25.6],
  MM: [96.1, 21.6],
  LA: [102.6, 19.6],
  TH: [100.9, 15.4],
  KH: [104.9, 12.7],
  VN: [106.1, 21.0],
};

export interface CountryShape {
  country: CorridorCountry;
  /** The SVG path of the outline. */
  d: string;
  /** Where the label goes, in SVG units. */
  labelAt: [number, number];
}

export interface CorridorGeometry {
  width: number;
  height: number;
  countries: CountryShape[];
}

/** The outlines projected into a `width`-wide box whose height follows from the fitted projection. */
export function corridorGeometry(width: number): CorridorGeometry {
  const collection = feature(atlas, atlas.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const corridor = collection.features.filter((f) => String(f.id) in ISO_NUMERIC);
  const projection = geoMercator().fitWidth(width, FRAME);
  const [[, top], [, bottom]] = geoPath(projection).bounds(FRAME);
  const height = Math.ceil(bottom - top);
  projection.fitExtent(
    [
      [0, 0],
      [width, height],
    ],
    FRAME,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection);
  return {
    width,
    height,
    countries: corridor.flatMap((f) => {
      const country = ISO_NUMERIC[String(f.id)];
      const d = path(f);
      const at = country ? projection(LABEL_AT[country]) : null;
      return country && d && at ? [{ country, d, labelAt: [at[0], at[1]] as [number, number] }] : [];
    }),
  };
}
