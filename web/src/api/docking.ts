/**
 * The technology-docking API as the web app uses it: matches and cross-lingual search
 * (src/modules/docking), expressions of interest and their conversations (src/modules/interests),
 * and the terminology base (src/modules/terminology). JSON shapes, typed calls and TanStack Query
 * hooks. The enumerations are written out here rather than imported from the server's zod schemas,
 * which would pull zod into the browser bundle.
 */
import { type QueryClient, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import type { CooperationType, Language, MultilingualText } from '../domain';
import { ApiError, api, errorFromPayload, queryString, requestHeaders } from './client';
import type { OrganisationSummary, Page, Profile } from './types';

// ---------- Matches and search ----------

/** A concept two texts share, with the term each side used (src/engines/docking). */
export interface SharedConcept {
  conceptId: string;
  sourceTerm: string;
  sourceLanguage: Language;
  targetTerm: string;
  targetLanguage: Language;
}

/** Why two profiles dock: the structured facts behind the `reasons` sentences. */
export interface MatchExplanation {
  sharedConcepts: SharedConcept[];
  trl: { offered: number | null; sought: number | null; satisfied: boolean | null } | null;
  cooperationTypes: CooperationType[];
  targetCountries: { compatible: boolean };
  sharedSectors: string[];
  sharedKeywords: string[];
  sharedIsic: string[];
  compatibility: number;
}

/** Why a reader finds a match not relevant (the server's fixed list). */
export const FEEDBACK_REASONS = [
  'too_early',
  'too_vague',
  'wrong_field',
  'already_known',
  'no_capacity',
  'other',
] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** The reader's own judgement of a match, when given before. */
export interface MatchFeedback {
  relevant: boolean;
  reason: FeedbackReason | null;
  comment: string;
}

export interface Match {
  score: number;
  profile: Profile;
  /** Short sentences, already in the reader's language (the request's Accept-Language). */
  reasons: string[];
  explanation: MatchExplanation;
  feedback: MatchFeedback | null;
}

export interface Matches {
  items: Match[];
  /** For an R&D request: the research organisations behind the best matches. */
  organisations: OrganisationSummary[];
}

export interface SearchHit {
  score: number;
  profile: Profile;
  reasons: string[];
  sharedConcepts: SharedConcept[];
}

export interface SearchParams {
  q: string;
  kind?: string;
  country?: string;
}

// ---------- Expressions of interest and conversations ----------

export const INTEREST_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];

export const DECLINE_REASONS = [
  'not_relevant',
  'no_capacity',
  'already_partnered',
  'insufficient_information',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export type InterestBox = 'received' | 'sent';

export interface Interest {
  id: string;
  profileId: string;
  profileTitle: MultilingualText;
  ownerOrganisationId: string;
  ownerOrganisationName: MultilingualText;
  fromOrganisationId: string;
  fromOrganisationName: MultilingualText;
  fromUserId: string | null;
  fromUserName: string | null;
  message: string;
  acceptedConfidentiality: boolean;
  status: InterestStatus;
  declineReason: DeclineReason | null;
  answerMessage: string;
  answeredAt: string | null;
  createdAt: string;
  /** Set once the owner accepted. */
  conversationId: string | null;
  /** The cooperation the acceptance opened in the pipeline. */
  cooperationId: string | null;
}

/** An inbox row: an interest and how many of its conversation's messages the reader has not read. */
export interface InboxInterest extends Interest {
  unreadMessages: number;
}

export interface ConversationMessage {
  id: string;
  authorId: string | null;
  authorName: string | null;
  /** The side the author wrote for: the owner's or the sender's organisation. */
  organisationId: string;
  body: string;
  attachmentName: string | null;
  attachmentType: string | null;
  attachmentSize: number | null;
  createdAt: string;
}

export interface Conversation {
  interest: Interest;
  messages: ConversationMessage[];
}

/** The file types a conversation accepts (the server checks the content, not the name). */
export const CONVERSATION_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;

// ---------- Terminology ----------

export interface Concept {
  id: string;
  sectors: string[];
  /** Terms per language, preferred term first. */
  terms: Record<Language, string[]>;
  version: number;
  updatedAt: string;
}

/** A concept's state before or after a change, as the history keeps it. */
export interface ConceptSnapshot {
  sectors: string[];
  terms: Partial<Record<Language, string[]>>;
}

export interface ConceptHistoryEntry {
  id: number;
  /** `seed`, `create`, `update`, `delete` (retired) or `restore`. */
  action: string;
  before: ConceptSnapshot | null;
  after: ConceptSnapshot | null;
  actorId: string | null;
  actorName: string | null;
  comment: string;
  createdAt: string;
}

export interface ConceptQuery {
  q?: string;
  sector?: string;
}

// ---------- Query keys and hooks ----------

export const dockingKeys = {
  matches: (profileId: string) => ['docking', 'matches', profileId] as const,
  search: (params: SearchParams) => ['docking', 'search', params] as const,
  interests: (box: InterestBox, status: string) => ['docking', 'interests', box, status] as const,
  interest: (id: string) => ['docking', 'interest', id] as const,
  conversation: (id: string) => ['docking', 'conversation', id] as const,
  concepts: (query: ConceptQuery) => ['docking', 'concepts', query] as const,
  concept: (id: string) => ['docking', 'concept', id] as const,
  conceptHistory: (id: string) => ['docking', 'concept', id, 'history'] as const,
};

/*
 * The first matches or search after a server start wait for the docking index to be built (it loads
 * a large lexicon): fetch sets no time limit, and the pages say they are looking meanwhile.
 */
export function useMatches(profileId: string, language: Language, enabled = true) {
  return useQuery({
    // The reasons come in the reader's language: another language is another answer.
    queryKey: [...dockingKeys.matches(profileId), language],
    queryFn: ({ signal }) => api<Matches>(`/opportunities/${profileId}/matches?limit=10`, { signal }),
    enabled,
  });
}

/** How many results the search page asks for first, and at most (the API's limit). */
export const SEARCH_FIRST_RESULTS = 20;
export const SEARCH_MAX_RESULTS = 50;

export function useSearch(params: SearchParams, language: Language, limit = SEARCH_FIRST_RESULTS) {
  return useQuery({
    queryKey: [...dockingKeys.search(params), language, limit],
    queryFn: ({ signal }) =>
      api<{ items: SearchHit[] }>(
        `/search${queryString({ q: params.q, kind: params.kind, country: params.country, limit })}`,
        { signal },
      ).then((r) => r.items),
    enabled: params.q.trim() !== '',
    // Asking for more keeps the results already shown on screen meanwhile.
    placeholderData: (previous) => previous,
  });
}

export function sendFeedback(
  profileId: string,
  matchedId: string,
  feedback: { relevant: boolean; reason?: FeedbackReason; comment?: string },
): Promise<void> {
  return api<void>(`/opportunities/${profileId}/matches/${matchedId}/feedback`, {
    method: 'PUT',
    body: feedback,
  });
}

export function useInterests(box: InterestBox, status: string, enabled = true) {
  return useQuery({
    queryKey: dockingKeys.interests(box, status),
    queryFn: ({ signal }) =>
      api<{ items: Interest[] }>(`/interests${queryString({ box, status, limit: 100 })}`, { signal }).then(
        (r) => r.items,
      ),
    enabled,
  });
}

/** The inbox, a page at a time (newest first). */
export function useInboxPages(box: InterestBox, status: string) {
  return useInfiniteQuery({
    queryKey: [...dockingKeys.interests(box, status), 'pages'],
    queryFn: ({ pageParam, signal }) =>
      api<Page<InboxInterest>>(`/interests${queryString({ box, status, limit: 20, cursor: pageParam })}`, {
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchOnWindowFocus: true,
  });
}

/** An interest; while it waits for an answer it is asked for again now and then, and on focus. */
export function useInterest(id: string) {
  return useQuery({
    queryKey: dockingKeys.interest(id),
    queryFn: ({ signal }) => api<Interest>(`/interests/${id}`, { signal }),
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? 30_000 : false),
    refetchOnWindowFocus: true,
  });
}

/** How often an open conversation asks for new messages (and again whenever the tab gets focus). */
export const CONVERSATION_POLL_MS = 10_000;

export function useConversation(conversationId: string | null) {
  const client = useQueryClient();
  return useQuery({
    queryKey: dockingKeys.conversation(conversationId ?? ''),
    // Reading marks the conversation read: the header's and the inbox's unread counts change.
    queryFn: ({ signal }) =>
      api<Conversation>(`/conversations/${conversationId}/messages`, { signal }).then((conversation) => {
        void client.invalidateQueries({ queryKey: ['docking', 'interests'] });
        return conversation;
      }),
    enabled: Boolean(conversationId),
    refetchInterval: CONVERSATION_POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

/** After an interest changed: its page and both boxes of the inbox. */
export function refreshAfterInterestChange(client: QueryClient, interest: Interest): void {
  client.setQueryData(dockingKeys.interest(interest.id), interest);
  void client.invalidateQueries({ queryKey: ['docking', 'interests'] });
}

export function useConcepts(query: ConceptQuery) {
  return useInfiniteQuery({
    queryKey: dockingKeys.concepts(query),
    queryFn: ({ pageParam, signal }) =>
      api<Page<Concept>>(
        `/terminology/concepts${queryString({ q: query.q, sector: query.sector, limit: 30, cursor: pageParam })}`,
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useConcept(id: string) {
  return useQuery({
    queryKey: dockingKeys.concept(id),
    queryFn: ({ signal }) => api<Concept>(`/terminology/concepts/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useConceptHistory(id: string) {
  return useQuery({
    queryKey: dockingKeys.conceptHistory(id),
    queryFn: ({ signal }) =>
      api<{ items: ConceptHistoryEntry[] }>(`/terminology/concepts/${encodeURIComponent(id)}/history`, {
        signal,
      }).then((r) => r.items),
  });
}

/** After a concept changed: its page, its history and every list. */
export function refreshAfterConceptChange(client: QueryClient, id: string, concept?: Concept): void {
  if (concept) client.setQueryData(dockingKeys.concept(id), concept);
  else void client.invalidateQueries({ queryKey: dockingKeys.concept(id), exact: true });
  void client.invalidateQueries({ queryKey: dockingKeys.conceptHistory(id) });
  void client.invalidateQueries({ queryKey: ['docking', 'concepts'] });
  // Matching and search now read the terms differently.
  void client.invalidateQueries({ queryKey: ['docking', 'matches'] });
  void client.invalidateQueries({ queryKey: ['docking', 'search'] });
}

// ---------- Conversation files ----------

/**
 * Shares one file in a conversation as multipart/form-data with XMLHttpRequest, whose upload events
 * (unlike fetch) report progress: `onProgress` receives a fraction from 0 to 1.
 */
export function uploadConversationFile(
  conversationId: string,
  file: File,
  body: string,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<ConversationMessage> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/conversations/${encodeURIComponent(conversationId)}/files`);
    for (const [name, value] of Object.entries(requestHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      let payload: unknown = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        payload = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(payload as ConversationMessage);
      } else {
        reject(errorFromPayload(xhr.status, payload));
      }
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, 'NetworkError', i18n.t('errors.network'))));
    xhr.addEventListener('abort', () => reject(new DOMException('Upload cancelled', 'AbortError')));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    // The body goes first: the server reads fields that arrive before the file.
    if (body) form.append('body', body);
    form.append('file', file);
    xhr.send(form);
  });
}

/** Where a message's file is downloaded from. */
export function messageFileUrl(conversationId: string, messageId: string): string {
  return `/api/v1/conversations/${encodeURIComponent(conversationId)}/messages/${encodeURIComponent(messageId)}/file`;
}
