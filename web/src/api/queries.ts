import { type QueryClient, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, queryString } from './client';
import type {
  ApiToken,
  CountedPage,
  Invitation,
  Member,
  Organisation,
  Page,
  PlatformSettings,
  Profile,
  SectorGroup,
  SessionInfo,
  SessionState,
  Stats,
  Transition,
} from './types';

/** Query keys in one place, so writes know what to refresh. */
export const keys = {
  session: ['session'] as const,
  stats: ['stats'] as const,
  sectors: ['sectors'] as const,
  settings: ['settings'] as const,
  profiles: (params: ProfileQuery) => ['profiles', params] as const,
  profile: (id: string) => ['profile', id] as const,
  history: (id: string) => ['profile', id, 'history'] as const,
  reviewQueue: ['review-queue'] as const,
  organisations: (params: OrganisationQuery) => ['organisations', params] as const,
  organisation: (idOrSlug: string) => ['organisation', idOrSlug] as const,
  members: (org: string) => ['organisation', org, 'members'] as const,
  invitations: (org: string) => ['organisation', org, 'invitations'] as const,
  mySessions: ['me', 'sessions'] as const,
  myTokens: ['me', 'tokens'] as const,
};

export function useSessionQuery() {
  return useQuery({
    queryKey: keys.session,
    queryFn: () => api<SessionState>('/auth/session'),
    staleTime: 5 * 60_000,
  });
}

export function useStats() {
  return useQuery({ queryKey: keys.stats, queryFn: () => api<Stats>('/stats'), staleTime: 60_000 });
}

/** The sector taxonomy changes only with a release: fetched once per visit. */
export function useSectors() {
  return useQuery({
    queryKey: keys.sectors,
    queryFn: () => api<{ items: SectorGroup[] }>('/taxonomy/sectors').then((r) => r.items),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => api<PlatformSettings>('/settings'),
    staleTime: 10 * 60_000,
  });
}

/** Filters of the opportunity list, as the API takes them (lists comma-separated). */
export type ProfileQuery = Record<string, string | undefined>;

export function useProfiles(params: ProfileQuery, options: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: keys.profiles(params),
    queryFn: ({ pageParam, signal }) =>
      api<CountedPage<Profile>>(`/opportunities${queryString({ ...params, cursor: pageParam })}`, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
  });
}

export function useProfile(id: string) {
  return useQuery({ queryKey: keys.profile(id), queryFn: () => api<Profile>(`/opportunities/${id}`) });
}

export function useHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.history(id),
    queryFn: () => api<{ items: Transition[] }>(`/opportunities/${id}/history`).then((r) => r.items),
    enabled,
    retry: false,
  });
}

export function useReviewQueue(enabled: boolean) {
  return useQuery({
    queryKey: keys.reviewQueue,
    queryFn: () => api<{ items: Profile[] }>('/review-queue').then((r) => r.items),
    enabled,
  });
}

export type OrganisationQuery = { country?: string; kind?: string; q?: string };

export function useOrganisations(params: OrganisationQuery) {
  return useInfiniteQuery({
    queryKey: keys.organisations(params),
    queryFn: ({ pageParam, signal }) =>
      api<Page<Organisation>>(`/organisations${queryString({ ...params, cursor: pageParam })}`, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useOrganisation(idOrSlug: string) {
  return useQuery({
    queryKey: keys.organisation(idOrSlug),
    queryFn: () => api<Organisation>(`/organisations/${encodeURIComponent(idOrSlug)}`),
  });
}

export function useMembers(org: string, enabled = true) {
  return useQuery({
    queryKey: keys.members(org),
    queryFn: () =>
      api<{ items: Member[] }>(`/organisations/${encodeURIComponent(org)}/members`).then((r) => r.items),
    enabled,
  });
}

export function useInvitations(org: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.invitations(org),
    queryFn: () =>
      api<{ items: Invitation[] }>(`/organisations/${encodeURIComponent(org)}/invitations`).then(
        (r) => r.items,
      ),
    enabled,
  });
}

export function useMySessions() {
  return useQuery({
    queryKey: keys.mySessions,
    queryFn: () => api<{ items: SessionInfo[] }>('/me/sessions').then((r) => r.items),
  });
}

export function useMyTokens() {
  return useQuery({
    queryKey: keys.myTokens,
    queryFn: () => api<{ items: ApiToken[] }>('/me/tokens').then((r) => r.items),
  });
}

/** After a profile changed: its page, the lists and the counts may all show something new. */
export function refreshAfterProfileChange(client: QueryClient, profile: Profile): void {
  client.setQueryData(keys.profile(profile.id), profile);
  void client.invalidateQueries({ queryKey: ['profiles'] });
  void client.invalidateQueries({ queryKey: keys.history(profile.id) });
  void client.invalidateQueries({ queryKey: keys.reviewQueue });
  void client.invalidateQueries({ queryKey: keys.stats });
}
