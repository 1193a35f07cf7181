import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * Who is signed in: a bearer token, pasted or issued by the demo (POST /auth/demo-token, outside
 * production), kept in sessionStorage for this tab's session. Its `scope` claim decides which
 * buttons exist; the gateway decides what is allowed, and says so when it is not (FORBIDDEN).
 * No token: anonymous demo reads, which the gateway allows in development only.
 */

const STORAGE_KEY = 'recordgraph.token';

export interface Session {
  token: string | null;
  /** The token's subject, or null when signed out. */
  subject: string | null;
  scopes: ReadonlySet<string>;
  /** True when the token carries `scope`. */
  can: (scope: string) => boolean;
  signIn: (token: string) => void;
  signOut: () => void;
}

/** The claims the app reads; the signature is the gateway's to check. */
function claimsOf(token: string): { sub?: string; scope?: string } {
  try {
    const payload = token.split('.')[1] ?? '';
    return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: string; scope?: string };
  } catch {
    return {};
  }
}

export function readStoredToken(): string | null {
  return sessionStorage.getItem(STORAGE_KEY);
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children, onChange }: { children: ReactNode; onChange: () => void }) {
  const [token, setToken] = useState<string | null>(readStoredToken);
  const signIn = useCallback(
    (next: string) => {
      sessionStorage.setItem(STORAGE_KEY, next.trim());
      setToken(next.trim());
      onChange();
    },
    [onChange],
  );
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setToken(null);
    onChange();
  }, [onChange]);
  const session = useMemo<Session>(() => {
    const claims = token ? claimsOf(token) : {};
    const scopes = new Set((claims.scope ?? '').split(' ').filter(Boolean));
    return { token, subject: token ? (claims.sub ?? 'unknown') : null, scopes, can: (scope) => scopes.has(scope), signIn, signOut };
  }, [token, signIn, signOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
