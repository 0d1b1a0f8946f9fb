import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { FormAlert, SubmitButton, TextField, useFormErrors, useValidators } from '../components/Form';
import { usePageTitle } from '../components/PageTitle';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('reset.requestTitle'));
  const validators = useValidators();
  const [email, setEmail] = useState('');
  const form = useFormErrors(['email']);
  const request = useMutation({
    mutationFn: () => api('/auth/password-reset/request', { method: 'POST', body: { email: email.trim() } }),
    onError: form.fromError,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const error = validators.email(email);
    if (error) {
      form.setFieldErrors({ email: error });
      return;
    }
    form.clear();
    request.mutate();
  };
  return (
    <div className="container auth-page">
      <div className="auth-card">
        <h1>{t('reset.requestTitle')}</h1>
        {request.isSuccess ? (
          <p className="alert alert-success" role="status">
            {t('reset.requestSent', { email: email.trim() })}
          </p>
        ) : (
          <>
            <p className="muted">{t('reset.requestLead')}</p>
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
              <SubmitButton pending={request.isPending} className="button button-primary button-block">
                {t('reset.send')}
              </SubmitButton>
            </form>
          </>
        )}
        <p className="auth-links">
          <Link to="/sign-in">{t('nav.signIn')}</Link>
        </p>
      </div>
    </div>
  );
}
