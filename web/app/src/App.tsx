import { useCallback, useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, NavLink, Route, Routes } from 'react-router';
import { createApolloClient } from './apollo.ts';
import { SessionProvider, useSession } from './session.tsx';
import { Client360 } from './pages/Client360.tsx';
import { Clients } from './pages/Clients.tsx';
import { SignIn } from './pages/SignIn.tsx';
import { Today } from './pages/Today.tsx';

/** The web app at /app/: Today, Clients, one client's 360° view, and sign-in. */
export function App() {
  const [client, setClient] = useState(createApolloClient);
  // Signing in or out starts a new client: nothing cached for one token is shown to another.
  const renew = useCallback(() => {
    setClient((previous) => {
      void previous.clearStore();
      return createApolloClient();
    });
  }, []);
  return (
    <SessionProvider onChange={renew}>
      <ApolloProvider client={client}>
        <BrowserRouter basename="/app">
          <Header />
          <main>
            <Routes>
              <Route index element={<Today />} />
              <Route path="clients" element={<Clients />} />
              <Route path="clients/:id" element={<Client360 />} />
              <Route path="sign-in" element={<SignIn />} />
              <Route path="*" element={<p role="alert">Nothing here. Try Today or Clients.</p>} />
            </Routes>
          </main>
        </BrowserRouter>
      </ApolloProvider>
    </SessionProvider>
  );
}

function Header() {
  const session = useSession();
  return (
    <header>
      <strong>recordgraph</strong>
      <nav>
        <NavLink to="/" end>
          Today
        </NavLink>
        <NavLink to="/clients">Clients</NavLink>
      </nav>
      <NavLink to="/sign-in" data-testid="session">
        {session.subject ? `Signed in as ${session.subject}` : 'Sign in'}
      </NavLink>
    </header>
  );
}
