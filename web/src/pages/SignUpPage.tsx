import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { keys } from '../api/queries';
import type { SessionState, User } from '../api/types';
import {
  collectErrors,
  FormAlert,
  SelectField,
  SubmitButton,
  TextField,
  useFormErrors,
  useValidators,
} from '../components/Form';
import { usePageTitle } from '../components/PageTitle';
import { COUNTRIES, type Country, LANGUAGES, type Language } from '../domain';
import { useLanguage } from '../i18n/format';
import { ENDONYMS, isLanguage } from '../i18n/languages';
import { useVocab } from '../i18n/vocab';
import { safeNext } from './SignInPage';

const MIN_PASSWORD = 10;

export function SignUpPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signUpTitle'));
  const vocab = useVocab();
  const language = useLanguage();
  const client = useQueryClient();
  const validators = useValidators();
  const [params] = useSearchParams();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [country, setCountry] = useState<Country | ''>('');
  const [preferredLanguage, setPreferredLanguage] = useState<Language>(language);
  const form = useFormErrors(['displayName', 'email', 'password', 'country', 'preferredLanguage']);
  const signUp = useMutation({
    mutationFn: () =>
      api<{ user: User; csrfToken: string }>('/auth/sign-up', {
        method: 'POST',
        body: { displayName: displayName.trim(), email: email.trim(), password, country, preferredLanguage },
      }),
    onSuccess: (result) => {
      client.setQueryData<SessionState>(keys.session, {
        user: result.user,
        csrfToken: result.csrfToken,
        language: result.user.preferredLanguage,
      });
    },
    onError: form.fromError,
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors = collectErrors({
      displayName: validators.required(displayName),
      email: validators.email(email),
      password: validators.minLength(password, MIN_PASSWORD),
      country: validators.required(country),
    });
    if (Object.keys(errors).length > 0) {
      form.setFieldErrors(errors);
      return;
    }
    form.clear();
    signUp.mutate();
  };

  if (signUp.isSuccess) {
    return (
      <div className="container auth-page">
        <div className="auth-card" data-testid="sign-up-done">
          <h1>{t('auth.checkMailTitle')}</h1>
          <p>{t('auth.checkMailText', { email: signUp.data.user.email })}</p>
          <Link to={safeNext(params.get('next'))} className="button button-primary">
            {t('auth.continue')}
          </Link>
        </div>
      </div>
    );
  }

  return (
    <div className="container auth-page">
      <div className="auth-card">
        <h1>{t('auth.signUpTitle')}</h1>
        <p className="muted">{t('auth.signUpLead')}</p>
        <form onSubmit={onSubmit} noValidate>
          <FormAlert message={form.errors.general} />
          <TextField
            label={t('auth.displayName')}
            hint={t('auth.displayNameHint')}
            value={displayName}
            onChange={setDisplayName}
            autoComplete="name"
            maxLength={120}
            error={form.field('displayName')}
            required
          />
          <TextField
            type="email"
            label={t('auth.email')}
            value={email}
            onChange={setEmail}
            autoComplete="email"
            error={form.field('email')}
            required
          />
          <TextField
            type="password"
            label={t('auth.password')}
            hint={t('auth.passwordHint', { min: MIN_PASSWORD })}
            value={password}
            onChange={setPassword}
            autoComplete="new-password"
            error={form.field('password')}
            required
          />
          <SelectField
            label={t('auth.country')}
            value={country}
            onChange={(v) => setCountry(v as Country)}
            placeholder={t('common.choose')}
            options={COUNTRIES.map((c) => ({ value: c, label: vocab.country(c) }))}
            error={form.field('country')}
            required
          />
          <SelectField
            label={t('auth.preferredLanguage')}
            hint={t('auth.preferredLanguageHint')}
            value={preferredLanguage}
            onChange={(v) => isLanguage(v) && setPreferredLanguage(v)}
            options={LANGUAGES.map((l) => ({ value: l, label: ENDONYMS[l], lang: l }))}
            error={form.field('preferredLanguage')}
          />
          <SubmitButton pending={signUp.isPending} className="button button-primary button-block">
            {t('auth.signUp')}
          </SubmitButton>
        </form>
        <p className="auth-switch">
          {t('auth.haveAccount')} <Link to="/sign-in">{t('nav.signIn')}</Link>
        </p>
      </div>
    </div>
  );
}
