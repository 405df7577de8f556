import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Checked by the build (npm run lint) like Spotless checks the Java sources; Prettier owns the layout.
export default tseslint.config(
  { ignores: ["src/generated/**"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat["recommended-latest"],
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    rules: {
      // usePortalQuery takes a dependency list like useEffect: check it the same way
      "react-hooks/exhaustive-deps": ["error", { additionalHooks: "usePortalQuery" }],
      // the size limits of the Java sources
      "max-lines": ["error", { max: 300, skipBlankLines: true, skipComments: true }],
      "max-lines-per-function": ["error", { max: 50, skipBlankLines: true, skipComments: true }],
    },
  },
  // a test file's describe block holds all its cases
  { files: ["**/*.test.{ts,tsx}"], rules: { "max-lines-per-function": "off" } },
  prettier,
);
