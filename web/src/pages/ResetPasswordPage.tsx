import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { FormAlert, SubmitButton, TextField, useFormErrors, useValidators } from '../components/Form';
import { usePageTitle } from '../components/PageTitle';

const MIN_PASSWORD = 10;

/** Opened from the reset mail: a new password for the account, which ends all its sessions. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('reset.confirmTitle'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const validators = useValidators();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const form = useFormErrors(['password', 'token']);
  const confirm = useMutation({
    mutationFn: () => api('/auth/password-reset/confirm', { method: 'POST', body: { token, password } }),
    onError: form.fromError,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const length = validators.minLength(password, MIN_PASSWORD);
    if (length) errors.password = length;
    if (password !== repeat) errors.repeat = t('validation.passwordsDiffer');
    if (Object.keys(errors).length > 0) {
      form.setFieldErrors(errors);
      return;
    }
    form.clear();
    confirm.mutate();
  };
  return (
    <div className="container auth-page">
      <div className="auth-card">
        <h1>{t('reset.confirmTitle')}</h1>
        {!token ? (
          <p className="alert alert-error">{t('verify.noToken')}</p>
        ) : confirm.isSuccess ? (
          <>
            <p className="alert alert-success" role="status">
              {t('reset.done')}
            </p>
            <Link to="/sign-in" className="button button-primary">
              {t('nav.signIn')}
            </Link>
          </>
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <FormAlert message={form.errors.general} />
            <TextField
              type="password"
              label={t('reset.newPassword')}
              hint={t('auth.passwordHint', { min: MIN_PASSWORD })}
              value={password}
              onChange={setPassword}
              autoComplete="new-password"
              error={form.field('password')}
              required
            />
            <TextField
              type="password"
              label={t('reset.repeatPassword')}
              value={repeat}
              onChange={setRepeat}
              autoComplete="new-password"
              error={form.field('repeat')}
              required
            />
            <SubmitButton pending={confirm.isPending} className="button button-primary button-block">
              {t('reset.save')}
            </SubmitButton>
          </form>
        )}
      </div>
    </div>
  );
}
