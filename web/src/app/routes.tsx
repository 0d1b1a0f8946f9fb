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

// Brokerage events and roadshows (pages/events), each page its own chunk as well.
const EventListPage = lazy(() =>
  import('../pages/events/EventListPage').then((m) => ({ default: m.EventListPage })),
);
const NewEventPage = lazy(() =>
  import('../pages/events/NewEventPage').then((m) => ({ default: m.NewEventPage })),
);
const EventPage = lazy(() => import('../pages/events/EventPage').then((m) => ({ default: m.EventPage })));
const RegisterPage = lazy(() =>
  import('../pages/events/RegisterPage').then((m) => ({ default: m.RegisterPage })),
);
const ParticipationPage = lazy(() =>
  import('../pages/events/ParticipationPage').then((m) => ({ default: m.ParticipationPage })),
);
const MeetingsPage = lazy(() =>
  import('../pages/events/MeetingsPage').then((m) => ({ default: m.MeetingsPage })),
);
const AgendaPage = lazy(() => import('../pages/events/AgendaPage').then((m) => ({ default: m.AgendaPage })));
const ManageEventPage = lazy(() =>
  import('../pages/events/ManageEventPage').then((m) => ({ default: m.ManageEventPage })),
);
const RegistrationsPage = lazy(() =>
  import('../pages/events/RegistrationsPage').then((m) => ({ default: m.RegistrationsPage })),
);
const SchedulePage = lazy(() =>
  import('../pages/events/SchedulePage').then((m) => ({ default: m.SchedulePage })),
);
const TablePlanPage = lazy(() =>
  import('../pages/events/TablePlanPage').then((m) => ({ default: m.TablePlanPage })),
);
const CheckInDeskPage = lazy(() =>
  import('../pages/events/CheckInDeskPage').then((m) => ({ default: m.CheckInDeskPage })),
);
const ReportPage = lazy(() => import('../pages/events/ReportPage').then((m) => ({ default: m.ReportPage })));
const CheckInPage = lazy(() =>
  import('../pages/events/CheckInPage').then((m) => ({ default: m.CheckInPage })),
);

// The cooperation pipeline and the indicators (pages/pipeline), each page its own chunk as well.
const CooperationsPage = lazy(() =>
  import('../pages/pipeline/CooperationsPage').then((m) => ({ default: m.CooperationsPage })),
);
const NewCooperationPage = lazy(() =>
  import('../pages/pipeline/NewCooperationPage').then((m) => ({ default: m.NewCooperationPage })),
);
const CooperationPage = lazy(() =>
  import('../pages/pipeline/CooperationPage').then((m) => ({ default: m.CooperationPage })),
);
const DashboardPage = lazy(() =>
  import('../pages/pipeline/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const ExchangeRatesPage = lazy(() =>
  import('../pages/pipeline/ExchangeRatesPage').then((m) => ({ default: m.ExchangeRatesPage })),
);

// Technology docking: search, inbox and conversations, terminology (pages/docking), each its own chunk.
const SearchPage = lazy(() => import('../pages/docking/SearchPage').then((m) => ({ default: m.SearchPage })));
const InboxPage = lazy(() => import('../pages/docking/InboxPage').then((m) => ({ default: m.InboxPage })));
const InterestPage = lazy(() =>
  import('../pages/docking/InterestPage').then((m) => ({ default: m.InterestPage })),
);
const TerminologyPage = lazy(() =>
  import('../pages/docking/TerminologyPage').then((m) => ({ default: m.TerminologyPage })),
);
const NewConceptPage = lazy(() =>
  import('../pages/docking/NewConceptPage').then((m) => ({ default: m.NewConceptPage })),
);
const ConceptPage = lazy(() =>
  import('../pages/docking/ConceptPage').then((m) => ({ default: m.ConceptPage })),
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
          { path: 'events', element: <EventListPage /> },
          { path: 'events/new', element: <NewEventPage /> },
          { path: 'events/:id', element: <EventPage /> },
          { path: 'events/:id/register', element: <RegisterPage /> },
          { path: 'events/:id/participation', element: <ParticipationPage /> },
          { path: 'events/:id/meetings', element: <MeetingsPage /> },
          { path: 'events/:id/agenda', element: <AgendaPage /> },
          { path: 'events/:id/check-in/:token', element: <CheckInPage /> },
          { path: 'events/:id/manage', element: <ManageEventPage /> },
          { path: 'events/:id/manage/registrations', element: <RegistrationsPage /> },
          { path: 'events/:id/manage/schedule', element: <SchedulePage /> },
          { path: 'events/:id/manage/table-plan', element: <TablePlanPage /> },
          { path: 'events/:id/manage/check-in', element: <CheckInDeskPage /> },
          { path: 'events/:id/manage/report', element: <ReportPage /> },
          { path: 'cooperations', element: <CooperationsPage /> },
          { path: 'cooperations/new', element: <NewCooperationPage /> },
          { path: 'cooperations/:id', element: <CooperationPage /> },
          { path: 'dashboard', element: <DashboardPage /> },
          { path: 'admin/exchange-rates', element: <ExchangeRatesPage /> },
          { path: 'search', element: <SearchPage /> },
          { path: 'inbox', element: <InboxPage /> },
          { path: 'inbox/:id', element: <InterestPage /> },
          { path: 'terminology', element: <TerminologyPage /> },
          { path: 'terminology/new', element: <NewConceptPage /> },
          { path: 'terminology/:id', element: <ConceptPage /> },
          { path: '*', element: <NotFoundContent /> },
        ],
      },
    ],
  },
]);
