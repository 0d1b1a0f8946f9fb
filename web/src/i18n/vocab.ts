import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSectors } from '../api/queries';
import type { SectorGroup, SectorNode } from '../api/types';
import type {
  CooperationType,
  Country,
  DevelopmentStage,
  IprStatus,
  Language,
  MembershipRole,
  OrganisationKind,
  PartnerSize,
  ProfileKind,
  ProfileStatus,
} from '../domain';
import { useLanguage } from './format';

/** Labels of the shared vocabulary in the interface language. */
export function useVocab() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      country: (value: Country) => t(`vocab.country.${value}`),
      profileKind: (value: ProfileKind) => t(`vocab.profileKind.${value}`),
      organisationKind: (value: OrganisationKind) => t(`vocab.organisationKind.${value}`),
      status: (value: ProfileStatus) => t(`vocab.status.${value}`),
      stage: (value: DevelopmentStage) => t(`vocab.stage.${value}`),
      ipr: (value: IprStatus) => t(`vocab.ipr.${value}`),
      cooperation: (value: CooperationType) => t(`vocab.cooperation.${value}`),
      partnerSize: (value: PartnerSize) => t(`vocab.partnerSize.${value}`),
      role: (value: MembershipRole) => t(`vocab.role.${value}`),
      language: (value: Language) => t(`vocab.language.${value}`),
    }),
    [t],
  );
}

/** Sector labels in the interface language, from the taxonomy the API serves. */
export function useSectorLabels() {
  const language = useLanguage();
  const { data } = useSectors();
  const index = useMemo(() => {
    const map = new Map<string, SectorNode>();
    for (const group of data ?? []) {
      map.set(group.code, group);
      for (const child of group.children) map.set(child.code, child);
    }
    return map;
  }, [data]);
  const label = useCallback(
    (code: string) => {
      const node = index.get(code);
      return node ? node.labels[language] || node.labels.en : code;
    },
    [index, language],
  );
  return { label, groups: data ?? ([] as SectorGroup[]) };
}
