import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { PropsWithChildren } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RecoveryEmailPage } from "./RecoveryEmailPage";
import { recoveryEmailOf } from "./recoveryEmail";

const keycloak = { token: "t", updateToken: vi.fn(), login: vi.fn() };
vi.mock("@keycloak/keycloak-account-ui", () => ({
  Page: ({ title, children }: PropsWithChildren<{ title: string }>) => (
    <main>
      <h1>{title}</h1>
      {children}
    </main>
  ),
  useEnvironment: () => ({ keycloak, environment: { serverBaseUrl: "http://kc", realm: "customer-portal" } }),
}));
vi.mock("react-i18next", () => ({ useTranslation: () => ({ t: (key: string) => key }) }));

function answer(body: unknown, status = 200) {
  vi.stubGlobal(
    "fetch",
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status }))),
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

beforeEach(() => {
  keycloak.updateToken.mockReset().mockResolvedValue(true);
  keycloak.login.mockReset().mockResolvedValue(undefined);
});

describe("recoveryEmailOf", () => {
  it("reads the first value of the attribute, nothing for none or blank", () => {
    expect(recoveryEmailOf({ attributes: { recoveryEmail: ["b@example.net"] } })).toBe("b@example.net");
    expect(recoveryEmailOf({ attributes: { recoveryEmail: "b@example.net" } })).toBe("b@example.net");
    expect(recoveryEmailOf({ attributes: { recoveryEmail: [" "] } })).toBeUndefined();
    expect(recoveryEmailOf({ attributes: {} })).toBeUndefined();
    expect(recoveryEmailOf(undefined)).toBeUndefined();
  });
});

describe("RecoveryEmailPage", () => {
  it("shows the verified address and starts the required action to change or remove it", async () => {
    answer({ attributes: { recoveryEmail: ["riserva@example.net"] } });
    render(<RecoveryEmailPage />);

    expect(await screen.findByTestId("recovery-email-current")).toHaveProperty("textContent", "riserva@example.net");
    expect(vi.mocked(fetch).mock.calls[0][0]).toBe(
      "http://kc/realms/customer-portal/account/?userProfileMetadata=false",
    );
    fireEvent.click(screen.getByTestId("recovery-email-remove"));
    expect(keycloak.login).toHaveBeenCalledWith(expect.objectContaining({ action: "sportello-verify-recovery-email" }));
    expect(screen.getByTestId("recovery-email-change").textContent).toBe("portalRecoveryEmailChange");
  });

  it("without an address offers to add one and no removal", async () => {
    answer({ attributes: {} });
    render(<RecoveryEmailPage />);

    expect(await screen.findByTestId("recovery-email-current")).toHaveProperty(
      "textContent",
      "portalRecoveryEmailNone",
    );
    expect(screen.getByTestId("recovery-email-change").textContent).toBe("portalRecoveryEmailAdd");
    expect(screen.queryByTestId("recovery-email-remove")).toBeNull();
  });

  it("when the account API fails shows an error, not a blank page", async () => {
    answer({}, 500);
    render(<RecoveryEmailPage />);

    await waitFor(() => expect(screen.getByTestId("recovery-email-problem")).toBeTruthy());
  });
});
