import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// The Rust binary (`ehc-hub serve`, port 8080 by default) answers these; in
// production it serves this SPA itself, same origin, so no CORS is involved.
const backend = "http://127.0.0.1:8080";
const proxy = {
  "/api": backend,
  "/healthz": backend,
  "/readyz": backend,
};

export default defineConfig({
  plugins: [react()],
  css: {
    // govuk-frontend still ships a few old-IE hacks that Vite 8's Lightning CSS
    // minifier rejects; recover instead of failing the build.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      scss: { quietDeps: true },
    },
  },
  server: { proxy },
  preview: { proxy },
  build: {
    target: "es2022",
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
