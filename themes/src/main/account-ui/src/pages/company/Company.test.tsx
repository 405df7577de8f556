import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { PropsWithChildren } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CompanyMember, PortalApi } from "../../api";
import { PortalError } from "../../problem";
import { Company } from "./Company";
import { CompanyNavGuard } from "./CompanyNavGuard";

// the page's logic only: the stock page frame, the language and the portal API are stand-ins
vi.mock("../../i18n", () => ({ i18n: { language: "en" } }));
vi.mock("@keycloak/keycloak-account-ui", () => ({
  Page: ({ title, children }: PropsWithChildren<{ title: string }>) => (
    <main>
      <h1>{title}</h1>
      {children}
    </main>
  ),
}));
const api = {
  companies: vi.fn(),
  companyMembers: vi.fn(),
  resetColleaguePassword: vi.fn(),
  inviteColleague: vi.fn(),
};
vi.mock("../../usePortalApi", () => ({ usePortalApi: () => api as unknown as PortalApi }));

const colleague: CompanyMember = {
  id: "u1",
  username: "acqua.tecnico",
  firstName: "Ufficio",
  lastName: "Tecnico",
  email: "ufficio.tecnico@acquachiara.example",
  enabled: true,
  company: "acqua-chiara",
  lastSignIn: "2026-12-07T10:00:00Z",
};

afterEach(cleanup);

beforeEach(() => {
  vi.resetAllMocks();
  api.companyMembers.mockResolvedValue([colleague]);
});

describe("Company", () => {
  it("sends a reset after the confirmation, then shows the server's refusal of a second one", async () => {
    api.resetColleaguePassword.mockResolvedValueOnce(undefined);
    api.resetColleaguePassword.mockRejectedValueOnce(
      new PortalError({
        status: 429,
        title: "Reset email already sent",
        type: "urn:sportello:problem:reset-recently-sent",
      }),
    );
    render(<Company />);

    fireEvent.click(await screen.findByTestId("member-reset-acqua.tecnico"));
    expect(api.resetColleaguePassword).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getByTestId("member-reset-confirm")));
    expect(api.resetColleaguePassword).toHaveBeenCalledWith("u1");
    expect(await screen.findByTestId("company-reset-sent")).toBeTruthy();

    fireEvent.click(screen.getByTestId("member-reset-acqua.tecnico"));
    await act(async () => fireEvent.click(screen.getByTestId("member-reset-confirm")));
    expect((await screen.findByTestId("portal-problem")).textContent).toContain("Reset email already sent");
    expect(screen.queryByTestId("company-reset-sent")).toBeNull();
  });

  it("checks the invitation in the browser before sending it", async () => {
    api.inviteColleague.mockResolvedValue({ ...colleague, id: "u2", username: "anna.neri@acquachiara.example" });
    render(<Company />);
    await screen.findByTestId("member-acqua.tecnico");

    await act(async () => fireEvent.click(screen.getByTestId("company-invite")));
    expect(api.inviteColleague).not.toHaveBeenCalled();
    expect(screen.getAllByText("portalCompanyFieldRequired")).toHaveLength(3);

    fireEvent.change(screen.getByLabelText(/portalCompanyFirstName/), { target: { value: "Anna" } });
    fireEvent.change(screen.getByLabelText(/portalCompanyLastName/), { target: { value: "Neri" } });
    fireEvent.change(screen.getByLabelText(/portalCompanyEmail/), {
      target: { value: "anna.neri@acquachiara.example" },
    });
    await act(async () => fireEvent.click(screen.getByTestId("company-invite")));
    expect(api.inviteColleague).toHaveBeenCalledWith({
      firstName: "Anna",
      lastName: "Neri",
      email: "anna.neri@acquachiara.example",
    });
    expect(await screen.findByTestId("company-invite-sent")).toBeTruthy();
    await waitFor(() => expect(api.companyMembers).toHaveBeenCalledTimes(2));
  });

  it("says so when the caller may not see the members", async () => {
    api.companyMembers.mockRejectedValue(new PortalError({ status: 403, title: "Not allowed" }));
    render(<Company />);
    expect((await screen.findByTestId("portal-problem")).textContent).toContain("Not allowed");
    expect(screen.queryByTestId("company-members")).toBeNull();
  });
});

describe("CompanyNavGuard", () => {
  it("shows the menu entry to an administrator of a company only", async () => {
    api.companies.mockResolvedValueOnce([{ alias: "acqua-chiara", name: "Acqua Chiara S.r.l." }]);
    const { unmount } = render(<CompanyNavGuard>entry</CompanyNavGuard>);
    expect(await screen.findByText("entry")).toBeTruthy();
    unmount();

    api.companies.mockResolvedValueOnce([]);
    render(<CompanyNavGuard>entry</CompanyNavGuard>);
    await waitFor(() => expect(api.companies).toHaveBeenCalledTimes(2));
    await act(async () => {});
    expect(screen.queryByText("entry")).toBeNull();
  });
});
