// A small, real OpenID Connect provider for Chorus's tests, built on `oidc-provider` (a certified implementation).
//
// TEST ONLY. Its signing key, end2end/oidc/test-key.pem, is committed to the repository on purpose so that the Rust
// tests can sign tokens with it too: it is public, and must never sign anything outside tests. Everything else
// (accounts, clients, sessions, grants, codes) lives in memory and is gone when the process stops.
//
//   node end2end/oidc/provider.mjs --port PORT [--client ID:SECRET:REDIRECT_URI[ POST_LOGOUT_URI]]... [--account JSON]...
//
// Prints exactly one line on stdout, `ready http://127.0.0.1:PORT`, once it listens; logs go to stderr only.
// See README.md beside this file for the test endpoints (/_test/accounts, /_test/mode) and the login page.

import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

// Anything the libraries print with console.log/info (oidc-provider's notices) goes to stderr: stdout carries only
// the ready line.
console.log = console.error;
console.info = console.error;
console.debug = console.error;

const usage = 'usage: node provider.mjs --port PORT [--client ID:SECRET:REDIRECT_URI[ POST_LOGOUT_URI]]... [--account JSON]...';

function fail(message) {
  process.stderr.write(`provider.mjs: ${message}\n${usage}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------------------
// Command line

const KID = 'chorus-test-1';
const accounts = new Map(); // sub -> { sub, email, email_verified, name, groups }
const staticClients = [];
let port;

function validAccount(input) {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return 'an account must be a JSON object';
  if (typeof input.sub !== 'string' || input.sub === '') return '"sub" must be a non-empty string';
  for (const key of ['email', 'name']) {
    if (input[key] !== undefined && typeof input[key] !== 'string') return `"${key}" must be a string`;
  }
  if (input.email_verified !== undefined && typeof input.email_verified !== 'boolean') return '"email_verified" must be true or false';
  if (input.groups !== undefined && (!Array.isArray(input.groups) || input.groups.some((g) => typeof g !== 'string'))) {
    return '"groups" must be an array of strings';
  }
  return null;
}

function setAccount(input) {
  const account = { sub: input.sub };
  for (const key of ['email', 'email_verified', 'name', 'groups']) {
    if (input[key] !== undefined) account[key] = input[key];
  }
  accounts.set(account.sub, account);
}

function clientFromArg(value) {
  // ID:SECRET:REDIRECT_URI, the redirect URI keeping its own colons; an optional POST_LOGOUT_URI after a space.
  const first = value.indexOf(':');
  const second = first < 0 ? -1 : value.indexOf(':', first + 1);
  if (first <= 0 || second <= first + 1) fail(`--client wants ID:SECRET:REDIRECT_URI, got ${JSON.stringify(value)}`);
  const [redirectUri, postLogoutUri] = value.slice(second + 1).trim().split(/\s+/);
  let origin;
  try {
    origin = new URL(redirectUri).origin;
    if (postLogoutUri) new URL(postLogoutUri);
  } catch {
    fail(`--client has an invalid URI in ${JSON.stringify(value)}`);
  }
  return {
    client_id: value.slice(0, first),
    client_secret: value.slice(first + 1, second),
    redirect_uris: [redirectUri],
    post_logout_redirect_uris: [postLogoutUri ?? `${origin}/`],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'client_secret_basic',
  };
}

{
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i];
    const value = args[i + 1];
    if (!['--port', '--client', '--account'].includes(flag)) fail(`unknown argument ${JSON.stringify(flag)}`);
    if (value === undefined) fail(`${flag} needs a value`);
    i += 1;
    if (flag === '--port') {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) fail(`--port must be a number from 1 to 65535, got ${JSON.stringify(value)}`);
      port = Number(value);
    } else if (flag === '--client') {
      staticClients.push(clientFromArg(value));
    } else {
      let parsed;
      try {
        parsed = JSON.parse(value);
      } catch {
        fail(`--account wants JSON, got ${JSON.stringify(value)}`);
      }
      const problem = validAccount(parsed);
      if (problem) fail(`--account: ${problem}`);
      setAccount(parsed);
    }
  }
  if (port === undefined) fail('--port is required');
}

// Imported only now, so that anything they print at load time already follows the console redirection above.
const { default: Provider } = await import('oidc-provider');
const jose = await import('jose');

// ---------------------------------------------------------------------------------------------------------------
// Keys

const keyPath = new URL('./test-key.pem', import.meta.url);
const privateKey = createPrivateKey(readFileSync(keyPath));
const signingJwk = { ...privateKey.export({ format: 'jwk' }), kid: KID, alg: 'RS256', use: 'sig' };
// For the "forged" mode: a different key, made fresh at start-up, that nobody can verify against /jwks.
const forgeryKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

// ---------------------------------------------------------------------------------------------------------------
// Provider

const issuer = `http://127.0.0.1:${port}`;

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}label,input,button{font-size:1rem}
input{padding:.3rem}button{padding:.3rem .8rem}.error{color:#a00000}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

const configuration = {
  clients: staticClients,
  jwks: { keys: [signingJwk] },
  cookies: { keys: ['chorus-test-cookie-key-one', 'chorus-test-cookie-key-two'] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
    groups: ['groups'],
  },
  // Put the scope's claims in the ID token itself, not only at the userinfo endpoint.
  conformIdTokenClaims: false,
  async findAccount(_ctx, sub) {
    const account = accounts.get(sub);
    if (!account) return undefined;
    return {
      accountId: sub,
      // oidc-provider filters these by the scope -> claims mapping above (and any `claims` request parameter).
      async claims() {
        return { ...accounts.get(sub) ?? account };
      },
    };
  },
  features: {
    devInteractions: { enabled: false },
    registration: { enabled: true, initialAccessToken: false },
    rpInitiatedLogout: {
      enabled: true,
      async logoutSource(ctx, form) {
        ctx.type = 'html';
        ctx.body = page('Test identity provider', `<h1>Sign out of the test identity provider?</h1>
${form}
<button autofocus type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>
<button type="submit" form="op.logoutForm">Stay signed in</button>`);
      },
      async postLogoutSuccessSource(ctx) {
        ctx.type = 'html';
        ctx.body = page('Test identity provider', '<h1>Signed out</h1>\n<p>You are signed out of the test identity provider.</p>');
      },
    },
  },
  pkce: { required: () => true },
  responseTypes: ['code'],
  // Set explicitly, to keep oidc-provider from printing "you SHOULD change" notices on first use.
  ttl: {
    AccessToken: 3600,
    AuthorizationCode: 60,
    ClientCredentials: 600,
    IdToken: 3600,
    Interaction: 3600,
    Session: 24 * 3600,
    Grant: 24 * 3600,
  },
  clientBasedCORS: () => false,
  async renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = page('Test identity provider', `<h1>Error</h1>
<p class="error" role="alert"><strong>${escapeHtml(out.error)}</strong>: ${escapeHtml(out.error_description)}</p>`);
  },
};

const provider = new Provider(issuer, configuration);
provider.on('server_error', (_ctx, err) => console.error('oidc-provider server_error:', err));

// ---------------------------------------------------------------------------------------------------------------
// Test switches and the interaction pages, mounted in front of oidc-provider's own routes.

const MODES = new Set(['normal', 'expired', 'forged', 'wrong_audience', 'wrong_nonce']);
let mode = 'normal';

async function readBody(ctx, limit = 64 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size > limit) ctx.throw(413, 'request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(ctx) {
  try {
    return JSON.parse(await readBody(ctx));
  } catch {
    ctx.throw(400, 'the body must be JSON');
  }
  return undefined;
}

async function rewriteIdToken(idToken) {
  const claims = jose.decodeJwt(idToken);
  const now = Math.floor(Date.now() / 1000);
  let key = privateKey;
  switch (mode) {
    case 'expired': {
      const lifetime = (claims.exp ?? now + 3600) - (claims.iat ?? now);
      claims.exp = now - 3600;
      claims.iat = claims.exp - lifetime;
      break;
    }
    case 'forged':
      key = forgeryKey;
      break;
    case 'wrong_audience':
      claims.aud = 'someone-else';
      break;
    case 'wrong_nonce':
      claims.nonce = 'not-the-one';
      break;
    default:
      return idToken;
  }
  // The same header as oidc-provider's own ID tokens ({ alg: 'RS256', kid }), so only the named defect differs.
  return new jose.SignJWT(claims).setProtectedHeader({ ...jose.decodeProtectedHeader(idToken), alg: 'RS256', kid: KID }).sign(key);
}

function loginPage(uid, { loginHint = '', clientName = '', error = '' } = {}) {
  const alert = error ? `<p class="error" role="alert">${escapeHtml(error)}</p>\n` : '';
  const to = clientName ? ` to ${escapeHtml(clientName)}` : '';
  return page('Test identity provider', `<h1>Test identity provider</h1>
<p>Sign in${to} as one of the test accounts.</p>
${alert}<form method="post" action="/interaction/${encodeURIComponent(uid)}">
<label for="login">Account</label>
<input id="login" name="login" type="text" autocomplete="username" required value="${escapeHtml(loginHint)}">
<button type="submit">Continue</button>
</form>`);
}

async function finishInteraction(ctx, uid) {
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  if (details.uid !== uid) ctx.throw(400, 'interaction mismatch');
  const login = new URLSearchParams(await readBody(ctx)).get('login')?.trim() ?? '';
  const { params } = details;
  if (!accounts.has(login)) {
    const client = await provider.Client.find(params.client_id);
    ctx.status = 400;
    ctx.type = 'html';
    ctx.body = loginPage(uid, {
      loginHint: login,
      clientName: client?.clientName ?? params.client_id,
      error: login ? `There is no test account "${login}".` : 'Enter a test account.',
    });
    return;
  }

  // Consent to everything asked for, in the same step: reuse the grant the interaction already has when it is the
  // same account's, otherwise start a new one.
  let grant;
  if (details.grantId) {
    grant = await provider.Grant.find(details.grantId);
    if (grant && grant.accountId !== login) grant = undefined;
  }
  grant ??= new provider.Grant({ accountId: login, clientId: params.client_id });
  if (params.scope) grant.addOIDCScope(params.scope);
  if (params.claims) {
    try {
      const requested = JSON.parse(params.claims);
      grant.addOIDCClaims([...Object.keys(requested.id_token ?? {}), ...Object.keys(requested.userinfo ?? {})]);
    } catch {
      // oidc-provider has already validated the claims parameter; nothing to add if it cannot be read.
    }
  }
  const grantId = await grant.save();

  const returnTo = await provider.interactionResult(ctx.req, ctx.res, {
    login: { accountId: login },
    consent: { grantId },
  }, { mergeWithLastSubmission: false });
  ctx.status = 303;
  ctx.redirect(returnTo);
}

provider.use(async (ctx, next) => {
  try {
    if (ctx.path === '/_test/accounts') {
      if (ctx.method !== 'POST') ctx.throw(405, 'use POST');
      const input = await readJson(ctx);
      const problem = validAccount(input);
      if (problem) ctx.throw(400, problem);
      setAccount(input);
      ctx.status = 204;
      return;
    }
    if (ctx.path === '/_test/mode') {
      if (ctx.method !== 'POST') ctx.throw(405, 'use POST');
      const input = await readJson(ctx);
      if (!MODES.has(input?.mode)) ctx.throw(400, `"mode" must be one of ${[...MODES].join(', ')}`);
      mode = input.mode;
      console.error(`token mode: ${mode}`);
      ctx.status = 204;
      return;
    }
    const interaction = /^\/interaction\/([^/]+)$/.exec(ctx.path);
    if (interaction) {
      const uid = decodeURIComponent(interaction[1]);
      ctx.set('Cache-Control', 'no-store');
      if (ctx.method === 'GET') {
        const details = await provider.interactionDetails(ctx.req, ctx.res);
        if (details.uid !== uid) ctx.throw(400, 'interaction mismatch');
        const client = await provider.Client.find(details.params.client_id);
        ctx.type = 'html';
        ctx.body = loginPage(uid, {
          loginHint: details.params.login_hint ?? '',
          clientName: client?.clientName ?? details.params.client_id,
        });
        return;
      }
      if (ctx.method === 'POST') {
        await finishInteraction(ctx, uid);
        return;
      }
      ctx.throw(405, 'use GET or POST');
    }
  } catch (err) {
    const status = err.status ?? err.statusCode ?? 500;
    if (status >= 500) console.error(err);
    ctx.status = status;
    ctx.type = 'text';
    ctx.body = `${err.error_description ?? err.message}\n`;
    return;
  }

  await next();

  if (mode !== 'normal' && ctx.path === '/token' && ctx.method === 'POST' && ctx.status === 200
      && ctx.body && typeof ctx.body === 'object' && typeof ctx.body.id_token === 'string') {
    ctx.body = { ...ctx.body, id_token: await rewriteIdToken(ctx.body.id_token) };
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Server

const server = createServer(provider.callback());
server.on('error', (err) => {
  process.stderr.write(`provider.mjs: ${err.message}\n`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`ready ${issuer}\n`);
});

// Nothing to flush (all state is in memory), so stop at once: close the listener and every connection, exit 0.
function stop(signal) {
  console.error(`${signal}: stopping`);
  server.close();
  server.closeAllConnections();
  process.exit(0);
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
