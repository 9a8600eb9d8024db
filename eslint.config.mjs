// ESLint for the npm workspaces (frontend/ and e2e/); the Rust side has clippy.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "frontend/dist/**",
      "frontend/src/api/schema.d.ts",
      "e2e/test-results/**",
      "e2e/playwright-report/**",
      "target/**",
      "api/**",
      "domain/**",
      "persistence/**",
      "migrations/**",
      "openapi/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ["eslint.config.mjs"],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["frontend/src/**/*.{ts,tsx}"],
    ...jsxA11y.flatConfigs.strict,
    languageOptions: {
      ...jsxA11y.flatConfigs.strict.languageOptions,
      globals: { ...globals.browser },
    },
  },
  {
    files: ["frontend/src/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
  },
  {
    files: ["frontend/src/**/*.{ts,tsx}"],
    rules: {
      // Pages never call fetch: everything goes through the typed client.
      "no-restricted-globals": [
        "error",
        { name: "fetch", message: "Use the typed API client (src/api/client.ts)." },
        { name: "localStorage", message: "No data or tokens in web storage." },
        { name: "sessionStorage", message: "No data or tokens in web storage." },
        { name: "indexedDB", message: "No data or tokens in web storage." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "window", property: "fetch", message: "Use the typed API client." },
        { object: "window", property: "localStorage", message: "No data in web storage." },
        { object: "window", property: "sessionStorage", message: "No data in web storage." },
        { object: "window", property: "indexedDB", message: "No data in web storage." },
        { object: "globalThis", property: "fetch", message: "Use the typed API client." },
      ],
    },
  },
  {
    files: [
      "frontend/scripts/**/*.mjs",
      "frontend/vite.config.ts",
      "e2e/**/*.ts",
      "eslint.config.mjs",
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Plain JavaScript (configs, scripts) is checked by tsc's checkJs where it
    // matters; the type-aware lint rules would only see untyped imports.
    files: ["**/*.{js,mjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["**/*.test.{ts,tsx}", "frontend/test/**"],
    rules: {
      "no-restricted-globals": "off",
      "no-restricted-properties": "off",
    },
  },
);
