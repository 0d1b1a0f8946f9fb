import { SECTOR_TAXONOMY } from '../../domain/sectors.js';
import { COUNTRIES, type Language, PROFILE_KINDS } from '../../domain/vocabulary.js';
import { translate } from '../../i18n/server/index.js';
import { AGREEMENT_TYPES, COOPERATION_STAGES, OUTCOME_METRICS } from '../cooperations/cooperations.schema.js';
import type { IndicatorTableName } from './indicators.schema.js';
import type { ColumnKey, ColumnKind } from './indicators.tables.js';

function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function tableTitle(language: Language, table: IndicatorTableName): string {
  return translate(language, `indicators.table.${table}`);
}

export function columnLabel(language: Language, key: ColumnKey): string {
  return translate(language, `indicators.column.${key}`);
}

export function countryName(language: Language, code: string): string {
  return oneOf(COUNTRIES, code) ? translate(language, `indicators.country.${code}`) : code;
}

export function sectorName(language: Language, code: string): string {
  if (code === '') return translate(language, 'indicators.value.noSector');
  return SECTOR_TAXONOMY.find((group) => group.code === code)?.labels[language] ?? code;
}

/** The label of a dimension value (a country, a kind, a stage...) in `language`; other values as they are. */
export function valueLabel(language: Language, kind: ColumnKind, value: string): string {
  switch (kind) {
    case 'country':
      return countryName(language, value);
    case 'sector':
      return sectorName(language, value);
    case 'profile_kind':
      return oneOf(PROFILE_KINDS, value) ? translate(language, `indicators.profileKind.${value}`) : value;
    case 'stage':
      return oneOf(COOPERATION_STAGES, value) ? translate(language, `indicators.stage.${value}`) : value;
    case 'agreement_type':
      return oneOf(AGREEMENT_TYPES, value) ? translate(language, `indicators.agreementType.${value}`) : value;
    case 'metric':
      return oneOf(OUTCOME_METRICS, value) ? translate(language, `indicators.outcomeMetric.${value}`) : value;
    default:
      return value;
  }
}
