import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./server/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // native drivers and server-only libraries are loaded by Node, not bundled
  serverExternalPackages: [
    "@libsql/client",
    "libsql",
    "pg",
    "pg-connection-string",
    "@node-rs/argon2",
    "pino",
    "ioredis",
    "rate-limiter-flexible",
    "qrcode",
  ],
  // next dev: allow the app's own hosts (hospital subdomains, admin) to load dev resources
  allowedDevOrigins: ["*.localhost", "localhost", "127.0.0.1"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
