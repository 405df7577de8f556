import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Me, PortalApi } from "../../api";
import { PortalError } from "../../problem";
import { ContactForm } from "./ContactForm";

// the form's logic only: the language, the console's alerts and the portal API are stand-ins
vi.mock("../../i18n", () => ({ i18n: { language: "en" } }));
vi.mock("react-i18next", () => ({ useTranslation: () => ({ t: (key: string) => key }) }));
vi.mock("@keycloak/keycloak-account-ui", () => ({ useAccountAlerts: () => ({ addAlert: vi.fn() }) }));
const api = { saveContact: vi.fn(), me: vi.fn() };
vi.mock("../../usePortalApi", () => ({ usePortalApi: () => api as unknown as PortalApi }));

const rossi: Me = {
  customerCode: "C0001",
  kind: "PERSON",
  displayName: "Mario Rossi",
  email: "mario.rossi@example.com",
  phone: "+39 055 1",
  fax: null,
  address: { street: "Via Roma 1", postalCode: "50100", city: "Firenze", province: "FI" },
  version: "v-first",
  emailConfirmation: null,
};

afterEach(cleanup);

beforeEach(() => {
  vi.resetAllMocks();
});

const typePhone = (value: string) =>
  fireEvent.change(screen.getByLabelText("portalContactPhone"), { target: { value } });

describe("ContactForm", () => {
  it("sends the change with the version it was edited from", async () => {
    api.saveContact.mockResolvedValue({ ...rossi, phone: "+39 055 2", version: "v-second" });
    render(<ContactForm me={rossi} onSaved={vi.fn()} />);

    typePhone("+39 055 2");
    await act(async () => fireEvent.click(screen.getByTestId("contact-save")));

    expect(api.saveContact).toHaveBeenCalledWith(expect.objectContaining({ phone: "+39 055 2", version: "v-first" }));
  });

  it("after a change made meanwhile, shows the details as they are now and the server's message", async () => {
    const changed: Me = { ...rossi, phone: "+39 055 9", version: "v-other" };
    api.saveContact.mockRejectedValue(
      new PortalError({
        status: 409,
        type: "urn:sportello:problem:contact-changed",
        title: "Contact details changed meanwhile",
      }),
    );
    api.me.mockResolvedValue(changed);
    const onSaved = vi.fn();
    render(<ContactForm me={rossi} onSaved={onSaved} />);

    typePhone("+39 055 2");
    await act(async () => fireEvent.click(screen.getByTestId("contact-save")));

    expect(onSaved).toHaveBeenCalledWith(changed);
    expect(screen.getAllByText("Contact details changed meanwhile").length).toBeGreaterThan(0);
  });
});
