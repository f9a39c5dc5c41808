import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation, useParams } from 'react-router';
import type { Role } from '../gql/session/graphql.ts';
import { LoginPage } from '../features/session/LoginPage.tsx';
import { homePath } from '../features/session/roles.ts';
import { useSession, useViewer } from '../features/session/session-context.ts';
import { AppShell } from '../features/shell/AppShell.tsx';
import { NotFoundPage } from '../features/shell/NotFoundPage.tsx';
import { SetupGate } from '../features/setup/SetupGate.tsx';
import { LoadingState } from '../ui/index.ts';

// Each role's shell is its own chunk: a resident never downloads the dispatcher's code.
const ResidentShell = lazy(() => import('../features/resident/ResidentShell.tsx'));
const DispatcherShell = lazy(() => import('../features/dispatcher/DispatcherShell.tsx'));
const ContractorShell = lazy(() => import('../features/contractor/ContractorShell.tsx'));
const AdministratorShell = lazy(() => import('../features/administrator/AdministratorShell.tsx'));
// Public pages (no login): a bank checking a document, how companies perform, the demo payment provider's
// checkout.
const TrackPage = lazy(() =>
  import('../features/public/TrackPage.tsx').then((m) => ({ default: m.TrackPage })),
);
const VerifyPage = lazy(() =>
  import('../features/public/VerifyPage.tsx').then((m) => ({ default: m.VerifyPage })),
);
const TransparencyPage = lazy(() =>
  import('../features/transparency/TransparencyPage.tsx').then((m) => ({ default: m.TransparencyPage })),
);
// The first run of an installation without a city.
const SetupPage = lazy(() =>
  import('../features/setup/SetupPage.tsx').then((m) => ({ default: m.SetupPage })),
);
// Signing up and setting a new password: for visitors, rarely needed, so loaded when opened.
const RegisterPage = lazy(() =>
  import('../features/session/RegisterPage.tsx').then((m) => ({ default: m.RegisterPage })),
);
const ForgotPasswordPage = lazy(() =>
  import('../features/session/ForgotPasswordPage.tsx').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('../features/session/ResetPasswordPage.tsx').then((m) => ({ default: m.ResetPasswordPage })),
);
const DemoPayPage = lazy(() =>
  import('../features/public/DemoPayPage.tsx').then((m) => ({ default: m.DemoPayPage })),
);

function Public({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <main className="app-loading">
          <LoadingState />
        </main>
      }
    >
      {children}
    </Suspense>
  );
}

function RequireViewer() {
  const { viewer } = useSession();
  const location = useLocation();
  if (!viewer) {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <Outlet />;
}

/** Sends a person who opens another role's address to their own home. */
function RoleGate({ role, children }: { role: Role; children: ReactNode }) {
  const viewer = useViewer();
  if (viewer.role !== role) return <Navigate to={homePath[viewer.role]} replace />;
  return children;
}

function Home() {
  const viewer = useViewer();
  return <Navigate to={homePath[viewer.role]} replace />;
}

/**
 * `/requests/:id` is the role-neutral address of a request (the work order's QR code points here):
 * each role opens it in its own place; the server still decides whether they may see it.
 */
function RequestLink() {
  const viewer = useViewer();
  const { id = '' } = useParams();
  const home = homePath[viewer.role];
  return <Navigate to={`${home}/requests/${id}`} replace />;
}

/**
 * `/applications/:id` is the role-neutral address of an e-service application (notifications and the
 * payment provider's return link point here): the applicant's cabinet, the reviewing desk, or the
 * office that filed it.
 */
function ApplicationLink() {
  const viewer = useViewer();
  const { id = '' } = useParams();
  const target: Record<Role, string> = {
    RESIDENT: `/resident/applications/${id}`,
    DISPATCHER:
      viewer.organization?.kind === 'NOTARY_OFFICE'
        ? `/dispatcher/filed/${id}`
        : `/dispatcher/applications/${id}`,
    CONTRACTOR: homePath.CONTRACTOR,
    ADMINISTRATOR: homePath.ADMINISTRATOR,
  };
  return <Navigate to={target[viewer.role]} replace />;
}

function SignedInNotFound() {
  const viewer = useViewer();
  return <NotFoundPage homeHref={homePath[viewer.role]} />;
}

export function AppRoutes() {
  return (
    <SetupGate>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/register"
          element={
            <Public>
              <RegisterPage />
            </Public>
          }
        />
        <Route
          path="/forgot-password"
          element={
            <Public>
              <ForgotPasswordPage />
            </Public>
          }
        />
        <Route
          path="/reset-password"
          element={
            <Public>
              <ResetPasswordPage />
            </Public>
          }
        />
        <Route
          path="/setup"
          element={
            <Public>
              <SetupPage />
            </Public>
          }
        />
        <Route
          path="/verify"
          element={
            <Public>
              <VerifyPage />
            </Public>
          }
        />
        <Route
          path="/track"
          element={
            <Public>
              <TrackPage />
            </Public>
          }
        />
        <Route
          path="/verify/:code"
          element={
            <Public>
              <VerifyPage />
            </Public>
          }
        />
        <Route
          path="/transparency"
          element={
            <Public>
              <TransparencyPage />
            </Public>
          }
        />
        <Route
          path="/pay/demo/:ref"
          element={
            <Public>
              <DemoPayPage />
            </Public>
          }
        />
        <Route element={<RequireViewer />}>
          <Route element={<AppShell />}>
            <Route index element={<Home />} />
            <Route path="/requests/:id" element={<RequestLink />} />
            <Route path="/applications/:id" element={<ApplicationLink />} />
            <Route
              path="/resident/*"
              element={
                <RoleGate role="RESIDENT">
                  <ResidentShell />
                </RoleGate>
              }
            />
            <Route
              path="/dispatcher/*"
              element={
                <RoleGate role="DISPATCHER">
                  <DispatcherShell />
                </RoleGate>
              }
            />
            <Route
              path="/contractor/*"
              element={
                <RoleGate role="CONTRACTOR">
                  <ContractorShell />
                </RoleGate>
              }
            />
            <Route
              path="/admin/*"
              element={
                <RoleGate role="ADMINISTRATOR">
                  <AdministratorShell />
                </RoleGate>
              }
            />
            <Route path="*" element={<SignedInNotFound />} />
          </Route>
        </Route>
      </Routes>
    </SetupGate>
  );
}
