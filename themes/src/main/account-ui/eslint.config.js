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
      "max-lines": ["error", { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  prettier,
);
