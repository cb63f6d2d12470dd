import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { connection } from './api';
import { apiErrorOf } from './data/api-failure';
import { subscribeToLiveUpdates } from './data/live-updates';
import { i18n } from './i18n';
import { NoticeApp } from './projector/NoticeApp';
import { PrintApp } from './projector/PrintApp';
import { ProjectorApp } from './projector/ProjectorApp';
import { viewRoute } from './projector/view-route';
import { AppRoot } from './shell/AppRoot';

const queryClient = new QueryClient({
  defaultOptions: {
    // Data changes only through this app's services, and push events say when: no background refetching.
    queries: {
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      // A refused token is refused again; the app says at once what to do instead.
      retry: (failures, error) => failures < 1 && apiErrorOf(error).code !== 'unauthorized',
    },
  },
});
// Without a token the event stream would only be refused, again and again; the app says what to do instead.
if (connection.kind === 'desktop' || connection.token !== null) subscribeToLiveUpdates(queryClient);

// A projector or print window shows one meeting's report card, not the app around it.
const route = viewRoute(new URLSearchParams(window.location.search));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        {route?.view === 'projector' ? (
          <ProjectorApp meetingId={route.meetingId} />
        ) : route?.view === 'print' ? (
          <PrintApp meetingId={route.meetingId} />
        ) : route?.view === 'notice' ? (
          <NoticeApp meetingId={route.meetingId} />
        ) : (
          <AppRoot />
        )}
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
