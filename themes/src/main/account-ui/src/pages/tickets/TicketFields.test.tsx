import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TicketTexts, type Draft } from "./TicketFields";

vi.mock("../../i18n", () => ({ i18n: { language: "en" } }));
vi.mock("react-i18next", () => ({ useTranslation: () => ({ t: (key: string) => key }) }));
vi.mock("../../portal", () => ({ useSupplyPoints: () => ({ supplyPoints: [] }) }));

const draft: Draft = {
  category: "FAULT",
  supplyPointId: "",
  machineId: "",
  machineState: "",
  subject: "Contatore",
  description: "Non si accende",
  contacts: "non-un-indirizzo",
};

afterEach(cleanup);

describe("TicketTexts", () => {
  it("ties a field to its error for screen readers: invalid, described by the error, in a live region", () => {
    const errors: Record<string, string> = { contacts: "Not an email address" };
    render(<TicketTexts draft={draft} set={() => () => undefined} error={(field) => errors[field]} />);

    const contacts = document.getElementById("ticket-contacts")!;
    expect(contacts.getAttribute("aria-invalid")).toBe("true");
    expect(contacts.getAttribute("aria-describedby")).toBe("ticket-contacts-helper");
    const helper = document.getElementById("ticket-contacts-helper")!;
    expect(helper.textContent).toContain("Not an email address");
    expect(helper.getAttribute("aria-live")).toBe("polite");
  });

  it("describes a field by its help while it has no error, and one without help by nothing", () => {
    render(<TicketTexts draft={draft} set={() => () => undefined} error={() => undefined} />);

    const contacts = document.getElementById("ticket-contacts")!;
    expect(contacts.getAttribute("aria-invalid")).toBe("false");
    expect(document.getElementById("ticket-contacts-helper")!.textContent).toBe("portalTicketContactsHelp");
    expect(document.getElementById("ticket-subject")!.hasAttribute("aria-describedby")).toBe(false);
    // the live region is there before any error, so that an error appearing in it is read out
    expect(document.getElementById("ticket-subject-helper")!.getAttribute("aria-live")).toBe("polite");
  });
});
