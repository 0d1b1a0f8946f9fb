import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { User } from '../api/types';
import { useSignOut } from '../session/session';
import { UserIcon } from './Icons';

/** The signed-in person's menu: their pages and signing out. Escape or a click elsewhere closes it. */
export function AccountMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const signOut = useSignOut();
  const navigate = useNavigate();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const close = () => setOpen(false);
  const firstOrg = user.memberships[0];
  return (
    <div className="account-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button-ghost account-button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen((v) => !v)}
        data-testid="account-menu"
      >
        <UserIcon size={18} />
        <span className="account-name">{user.displayName}</span>
      </button>
      <div id={`${id}-menu`} className="account-dropdown" hidden={!open}>
        <p className="account-email">{user.email}</p>
        <ul>
          <li>
            <Link to="/my/opportunities" onClick={close}>
              {t('nav.myOpportunities')}
            </Link>
          </li>
          {user.memberships.length === 1 && firstOrg ? (
            <li>
              <Link to={`/organisations/${firstOrg.slug}/manage`} onClick={close}>
                {t('nav.myOrganisation')}
              </Link>
            </li>
          ) : null}
          {user.memberships.length > 1 ? (
            <li>
              <Link to="/my/organisations" onClick={close}>
                {t('nav.myOrganisations')}
              </Link>
            </li>
          ) : null}
          {user.memberships.length === 0 ? (
            <li>
              <Link to="/organisations/new" onClick={close}>
                {t('nav.createOrganisation')}
              </Link>
            </li>
          ) : null}
          {user.platformRole ? (
            <li>
              <Link to="/review" onClick={close}>
                {t('nav.review')}
              </Link>
            </li>
          ) : null}
          <li>
            <Link to="/account" onClick={close}>
              {t('nav.account')}
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                close();
                signOut.mutate(undefined, { onSettled: () => void navigate('/') });
              }}
            >
              {t('nav.signOut')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
