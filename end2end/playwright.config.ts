import { defineConfig } from "@playwright/test";

// Journeys run against the real `chorus` binary, once on SQLite and once on PostgreSQL, each with JavaScript
// on and off, in Debian's Chromium (no browser download). `make test-e2e` sets the variables below.
const bin = process.env.CHORUS_BIN ?? "../target/debug/chorus";
const siteRoot = process.env.CHORUS_SITE_ROOT ?? "../target/site";
const pgUrl = process.env.CHORUS_E2E_PG_URL;
if (!pgUrl) {
  throw new Error("CHORUS_E2E_PG_URL is not set: the browser journeys need a PostgreSQL database (run them with `make test-e2e`)");
}
const sqliteDir = `${process.env.TMPDIR ?? "/tmp"}/chorus-e2e-sqlite`;
// Every email the portals send goes to a real SMTP server (aiosmtpd from PyPI), which keeps it in a maildir
// that the journeys read (see tests/mail.ts).
const aiosmtpd = process.env.CHORUS_AIOSMTPD ?? `${process.env.HOME}/.cache/chorus/tools/smtp-venv/bin/aiosmtpd`;
export const SMTP_PORT = 2526;
export const MAILDIR = `${process.env.TMPDIR ?? "/tmp"}/chorus-e2e-mail`;
process.env.CHORUS_E2E_MAILDIR = MAILDIR;
// Demo people post in every project, so the new-account posting limits are off here (integration tests cover them).
const common = "--sign-up-limit 1000 --sign-in-ip-limit 1000 --sign-in-limit 1000 --new-account-hours 0 --topic-gap 0";

const servers = {
  sqlite: { port: 3100, url: `sqlite://${sqliteDir}/chorus.db`, prep: `rm -rf ${sqliteDir} && `, uploads: `${sqliteDir}/uploads` },
  postgres: { port: 3101, url: pgUrl, prep: "", uploads: `${process.env.TMPDIR ?? "/tmp"}/chorus-e2e-pg-uploads` },
};

// A real OpenID provider (npm's oidc-provider, end2end/oidc/provider.mjs) for the sign-in journeys: one client per
// portal and per JavaScript setting, each with its own short name (sso.spec.ts adds it at /admin/sso).
export const OIDC_PORT = 3102;
export const OIDC_SECRET = "journeys-client-secret";
const oidcClients = Object.values(servers)
  .flatMap((s) =>
    ["js", "nojs"].map(
      (mode) => `--client 'chorus-${s.port}-${mode}:${OIDC_SECRET}:http://127.0.0.1:${s.port}/sso/idp-${mode}/callback http://127.0.0.1:${s.port}/'`,
    ),
  )
  .join(" ");

const root = typeof process.getuid === "function" && process.getuid() === 0;

export default defineConfig({
  testDir: "./tests",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        ...(root ? ["--no-sandbox"] : []),
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: `rm -rf ${MAILDIR} && ${aiosmtpd} -n -l 127.0.0.1:${SMTP_PORT} -c aiosmtpd.handlers.Mailbox ${MAILDIR}`,
      port: SMTP_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node oidc/provider.mjs --port ${OIDC_PORT} ${oidcClients}`,
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    ...Object.values(servers).map((s) => ({
      command: `${s.prep}${bin} --database-url '${s.url}' seed --demo --if-empty && ${bin} --database-url '${s.url}' serve --addr 127.0.0.1:${s.port} --site-root ${siteRoot} --uploads-url ${s.uploads} ${common} --smtp-url smtp://127.0.0.1:${SMTP_PORT} --mail-from 'Chorus Journeys <community@example.com>' --public-origin http://127.0.0.1:${s.port}`,
      url: `http://127.0.0.1:${s.port}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore" as const,
      stderr: "pipe" as const,
    })),
  ],
  projects: Object.entries(servers).flatMap(([name, s]) => [
    { name: `${name}-js`, use: { baseURL: `http://127.0.0.1:${s.port}`, javaScriptEnabled: true } },
    { name: `${name}-nojs`, use: { baseURL: `http://127.0.0.1:${s.port}`, javaScriptEnabled: false } },
  ]),
});
