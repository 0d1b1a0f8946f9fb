import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys, useSessionQuery } from '../api/queries';
import type { SessionState, User } from '../api/types';
import type { Language } from '../domain';
import { switchLanguage } from '../i18n/i18n';

/** The signed-in person, or null for a visitor (and while the session is still loading). */
export function useUser(): User | null {
  return useSessionQuery().data?.user ?? null;
}

/** Whether the session question has been answered yet. */
export function useSessionReady(): boolean {
  const query = useSessionQuery();
  return query.isSuccess || query.isError;
}

export interface SignInInput {
  email: string;
  password: string;
}

/** Signs in; the whole cache is refreshed, since what one may see depends on who one is. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) =>
      api<{ user: User; csrfToken: string }>('/auth/sign-in', { method: 'POST', body: input }),
    onSuccess: async (result) => {
      client.setQueryData<SessionState>(keys.session, {
        user: result.user,
        csrfToken: result.csrfToken,
        language: result.user.preferredLanguage,
      });
      await switchLanguage(result.user.preferredLanguage, { remember: true });
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'sectors' });
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/auth/sign-out', { method: 'POST' }),
    onSettled: () => {
      client.setQueryData<SessionState>(keys.session, (old) => ({
        user: null,
        csrfToken: null,
        language: old?.language ?? 'en',
      }));
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'sectors' });
    },
  });
}

/** Changes the interface language; for a signed-in person the choice is kept in the account too. */
export function useChangeLanguage() {
  const client = useQueryClient();
  return async (language: Language, user: User | null) => {
    await switchLanguage(language, { remember: true });
    if (!user) return;
    const updated = await api<User>('/me', { method: 'PATCH', body: { preferredLanguage: language } }).catch(
      () => null,
    );
    if (updated) {
      client.setQueryData<SessionState>(keys.session, (old) =>
        old ? { ...old, user: updated, language: updated.preferredLanguage } : old,
      );
    }
  };
}

/** Updates the cached account after a change to it. */
export function useSetUser() {
  const client = useQueryClient();
  return (user: User) =>
    client.setQueryData<SessionState>(keys.session, (old) => (old ? { ...old, user } : old));
}
