import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The bundle becomes the resources of the `sportello` account theme: Keycloak reads .vite/manifest.json to find the
// entry script and its styles, and serves everything under assets/ with a content hash (see theme.properties).
export default defineConfig({
  plugins: [react()],
  base: "",
  build: {
    outDir: "../../../target/account-ui/theme/sportello/account/resources",
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: "src/main.tsx",
    },
  },
});
