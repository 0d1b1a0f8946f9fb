import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { Layout } from '../components/Layout';
import { ErrorPage, NotFoundContent } from './ErrorPage';

/*
 * Every page is its own chunk (React.lazy): a visitor's first download is the frame and the page
 * they open, nothing else. scripts/check-bundle-budget.mjs measures exactly that for the public pages.
 */
const HomePage = lazy(() => import('../pages/HomePage').then((m) => ({ default: m.HomePage })));
const BrowsePage = lazy(() => import('../pages/BrowsePage').then((m) => ({ default: m.BrowsePage })));
const OpportunityPage = lazy(() =>
  import('../pages/OpportunityPage').then((m) => ({ default: m.OpportunityPage })),
);
const ProfileEditorPage = lazy(() =>
  import('../pages/ProfileEditorPage').then((m) => ({ default: m.ProfileEditorPage })),
);
const NewProfilePage = lazy(() =>
  import('../pages/NewProfilePage').then((m) => ({ default: m.NewProfilePage })),
);
const MyOpportunitiesPage = lazy(() =>
  import('../pages/MyOpportunitiesPage').then((m) => ({ default: m.MyOpportunitiesPage })),
);
const ReviewQueuePage = lazy(() =>
  import('../pages/ReviewQueuePage').then((m) => ({ default: m.ReviewQueuePage })),
);
const OrganisationsPage = lazy(() =>
  import('../pages/OrganisationsPage').then((m) => ({ default: m.OrganisationsPage })),
);
const OrganisationPage = lazy(() =>
  import('../pages/OrganisationPage').then((m) => ({ default: m.OrganisationPage })),
);
const CreateOrganisationPage = lazy(() =>
  import('../pages/CreateOrganisationPage').then((m) => ({ default: m.CreateOrganisationPage })),
);
const ManageOrganisationPage = lazy(() =>
  import('../pages/ManageOrganisationPage').then((m) => ({ default: m.ManageOrganisationPage })),
);
const MyOrganisationsPage = lazy(() =>
  import('../pages/MyOrganisationsPage').then((m) => ({ default: m.MyOrganisationsPage })),
);
const SignInPage = lazy(() => import('../pages/SignInPage').then((m) => ({ default: m.SignInPage })));
const SignUpPage = lazy(() => import('../pages/SignUpPage').then((m) => ({ default: m.SignUpPage })));
const VerifyEmailPage = lazy(() =>
  import('../pages/VerifyEmailPage').then((m) => ({ default: m.VerifyEmailPage })),
);
const ForgotPasswordPage = lazy(() =>
  import('../pages/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('../pages/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })),
);
const AccountPage = lazy(() => import('../pages/AccountPage').then((m) => ({ default: m.AccountPage })));
const AcceptInvitationPage = lazy(() =>
  import('../pages/AcceptInvitationPage').then((m) => ({ default: m.AcceptInvitationPage })),
);

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      {
        // Errors of a page show inside the frame, with the header still there to go elsewhere.
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'opportunities', element: <BrowsePage /> },
          { path: 'opportunities/new', element: <NewProfilePage /> },
          { path: 'opportunities/:id', element: <OpportunityPage /> },
          { path: 'opportunities/:id/edit', element: <ProfileEditorPage /> },
          { path: 'my/opportunities', element: <MyOpportunitiesPage /> },
          { path: 'my/organisations', element: <MyOrganisationsPage /> },
          { path: 'review', element: <ReviewQueuePage /> },
          { path: 'organisations', element: <OrganisationsPage /> },
          { path: 'organisations/new', element: <CreateOrganisationPage /> },
          { path: 'organisations/:org', element: <OrganisationPage /> },
          { path: 'organisations/:org/manage', element: <ManageOrganisationPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'account', element: <AccountPage /> },
          { path: 'invitations/accept', element: <AcceptInvitationPage /> },
          { path: '*', element: <NotFoundContent /> },
        ],
      },
    ],
  },
]);
