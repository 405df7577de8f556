import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { PropsWithChildren } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PortalApi, PortalDocument } from "../../api";
import { PortalError } from "../../problem";
import { Documents } from "./Documents";

// the page's logic only: the stock page frame, the language, the file saving and the portal API are stand-ins
vi.mock("../../i18n", () => ({ i18n: { language: "en" } }));
vi.mock("../../download", () => ({ saveFile: vi.fn() }));
vi.mock("@keycloak/keycloak-account-ui", () => ({
  Page: ({ title, children }: PropsWithChildren<{ title: string }>) => (
    <main>
      <h1>{title}</h1>
      {children}
    </main>
  ),
}));
const api = { documents: vi.fn(), documentContent: vi.fn() };
vi.mock("../../usePortalApi", () => ({ usePortalApi: () => api as unknown as PortalApi }));

const letter: PortalDocument = {
  id: 3,
  kind: "CUSTOMER",
  category: "LETTER",
  title: "Welcome letter",
  date: "2026-01-20",
  language: "en",
  fileName: "welcome-letter.pdf",
  downloaded: false,
};

const page = (items: PortalDocument[]) => ({ items, page: 0, size: 10, total: items.length });

afterEach(cleanup);

beforeEach(() => {
  vi.resetAllMocks();
});

describe("Documents", () => {
  it("marks a document new until its first download, then asks the server again", async () => {
    let downloaded = false;
    api.documents.mockImplementation(async ({ scope }: { scope: string }) =>
      scope === "customer" ? page([{ ...letter, downloaded }]) : page([]),
    );
    api.documentContent.mockImplementation(async () => {
      downloaded = true;
      return { blob: new Blob(["%PDF-"]), filename: "welcome-letter.pdf" };
    });
    render(<Documents />);

    expect(await screen.findByTestId("document-new-3")).toBeTruthy();
    expect(await screen.findByTestId("documents-general-none")).toBeTruthy();
    const button = screen.getByTestId("document-download-3");
    // the accessible name starts with the visible text (WCAG 2.5.3)
    expect(button.getAttribute("aria-label")!.startsWith(button.textContent!)).toBe(true);
    await act(async () => fireEvent.click(button));

    expect(api.documentContent).toHaveBeenCalledWith(expect.objectContaining({ id: 3 }));
    await waitFor(() => expect(screen.queryByTestId("document-new-3")).toBeNull());
  });

  it("shows the server's problem when a list cannot be loaded", async () => {
    api.documents.mockRejectedValue(new PortalError({ status: 503, title: "Service unavailable", type: "x" }));
    render(<Documents />);

    expect((await screen.findAllByText("Service unavailable")).length).toBeGreaterThan(0);
  });
});
