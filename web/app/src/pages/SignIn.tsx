import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../session.tsx';

/** Every scope a demo token can carry (lib/auth/scope-names.ts). */
const SCOPES = ['read', 'crm:write', 'accounting:write', 'hr:write', 'projects:write', 'hr:salary:read', 'webhooks:manage'];

/**
 * Sign in with a token (from `recordgraph token`, the one `npm start` printed, or an identity
 * provider), or, outside production, have the demo issue one with the scopes ticked.
 */
export function SignIn() {
  const session = useSession();
  const navigate = useNavigate();
  const [pasted, setPasted] = useState('');
  const [name, setName] = useState('demo');
  const [scopes, setScopes] = useState<string[]>(SCOPES);
  const [problem, setProblem] = useState<string | null>(null);

  const usePasted = (event: SyntheticEvent) => {
    event.preventDefault();
    if (pasted.trim().split('.').length !== 3) {
      setProblem('That is not a token: a JWT has three parts separated by dots.');
      return;
    }
    session.signIn(pasted);
    void navigate('/');
  };

  const issue = async (event: SyntheticEvent) => {
    event.preventDefault();
    const response = await fetch('/auth/demo-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scopes, name }),
    }).catch(() => null);
    const body = (await response?.json().catch(() => null)) as { token?: string; errors?: { message: string }[] } | null;
    if (!response?.ok || !body?.token) {
      setProblem(
        body?.errors?.[0]?.message ?? 'The demo issues no tokens here (production, or tokens come from an identity provider): paste one.',
      );
      return;
    }
    session.signIn(body.token);
    void navigate('/');
  };

  return (
    <section>
      <h1>Sign in</h1>
      {session.subject && (
        <p>
          Signed in as <strong>{session.subject}</strong> with {[...session.scopes].join(', ') || 'no scopes'}.{' '}
          <button onClick={session.signOut}>Sign out</button>
        </p>
      )}
      {problem && <p role="alert">{problem}</p>}
      <form onSubmit={usePasted}>
        <h2>Paste a token</h2>
        <textarea aria-label="Token" rows={4} cols={80} value={pasted} onChange={(event) => setPasted(event.target.value)} />
        <div>
          <button type="submit">Use this token</button>
        </div>
      </form>
      <form onSubmit={(event) => void issue(event)}>
        <h2>Or let the demo issue one</h2>
        <label>
          Name <input value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <fieldset>
          <legend>Scopes</legend>
          {SCOPES.map((scope) => (
            <label key={scope}>
              <input
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={(event) => setScopes(event.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
              />
              {scope}
            </label>
          ))}
        </fieldset>
        <button type="submit">Issue a demo token</button>
      </form>
    </section>
  );
}
