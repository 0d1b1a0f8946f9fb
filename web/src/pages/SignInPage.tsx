import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  collectErrors,
  FormAlert,
  SubmitButton,
  TextField,
  useFormErrors,
  useValidators,
} from '../components/Form';
import { usePageTitle } from '../components/PageTitle';
import { useSignIn } from '../session/session';

/** Only same-site paths are followed after signing in, so a link cannot send people elsewhere. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signInTitle'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const validators = useValidators();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors(['email', 'password']);
  const signIn = useSignIn();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors = collectErrors({ email: validators.email(email), password: validators.required(password) });
    if (Object.keys(errors).length > 0) {
      form.setFieldErrors(errors);
      return;
    }
    form.clear();
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void navigate(safeNext(params.get('next')), { replace: true }),
        onError: form.fromError,
      },
    );
  };
  return (
    <div className="container auth-page">
      <div className="auth-card">
        <h1>{t('auth.signInTitle')}</h1>
        <p className="muted">{t('auth.signInLead')}</p>
        <form onSubmit={onSubmit} noValidate>
          <FormAlert message={form.errors.general} />
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
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            error={form.field('password')}
            required
          />
          <SubmitButton pending={signIn.isPending} className="button button-primary button-block">
            {t('auth.signIn')}
          </SubmitButton>
        </form>
        <p className="auth-links">
          <Link to="/forgot-password">{t('auth.forgot')}</Link>
        </p>
        <p className="auth-switch">
          {t('auth.noAccount')}{' '}
          <Link
            to={`/sign-up${params.get('next') ? `?next=${encodeURIComponent(params.get('next') ?? '')}` : ''}`}
          >
            {t('nav.signUp')}
          </Link>
        </p>
        <p className="demo-hint muted">{t('auth.demoHint')}</p>
      </div>
    </div>
  );
}
