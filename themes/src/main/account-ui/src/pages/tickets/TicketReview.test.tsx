import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TicketMachine } from "../../api";
import type { Draft } from "./TicketFields";
import { TicketReview } from "./TicketReview";

vi.mock("../../i18n", () => ({ i18n: { language: "en" } }));
vi.mock("react-i18next", () => ({ useTranslation: () => ({ t: (key: string) => key }) }));
vi.mock("../../portal", () => ({ useSupplyPoints: () => ({ supplyPoints: [] }) }));

const lathe: TicketMachine = { id: 1, serialNumber: "MT-1", model: "Tornio", site: "Ancona" };
const draft: Draft = {
  category: "FAULT",
  supplyPointId: "",
  machineId: "1",
  machineState: "STOPPED",
  subject: " Fermo ",
  description: "Non parte",
  contacts: "",
};

afterEach(cleanup);

describe("TicketReview", () => {
  it("shows everything the request will send, the machine with its site and state, the files with sizes", () => {
    const photo = new File([new Uint8Array(2048)], "foto.png", { type: "image/png" });
    render(
      <TicketReview
        draft={draft}
        files={[photo]}
        categories={[{ id: "FAULT", label: "Guasti" }]}
        machines={[lathe, { id: 2, serialNumber: "CP-2", model: "Compressore", site: null }]}
      />,
    );

    expect(screen.getByTestId("ticket-review-category").textContent).toBe("Guasti");
    expect(screen.getByTestId("ticket-review-supply-point").textContent).toBe("portalTicketSupplyPointNone");
    expect(screen.getByTestId("ticket-review-machine").textContent).toBe("Tornio (MT-1), Ancona");
    expect(screen.getByTestId("ticket-review-machine-state").textContent).toBe("portalTicketMachineStateSTOPPED");
    expect(screen.getByTestId("ticket-review-subject").textContent).toBe("Fermo");
    expect(screen.queryByTestId("ticket-review-contacts")).toBeNull();
    expect(screen.getByTestId("ticket-review-attachments").textContent).toBe("foto.png (2 kB)");
    expect(document.activeElement?.id).toBe("ticket-review-title");
  });

  it("says there are no attachments and shows no machine when none was chosen", () => {
    render(<TicketReview draft={{ ...draft, machineId: "" }} files={[]} categories={[]} machines={[lathe]} />);

    expect(screen.getByTestId("ticket-review-attachments").textContent).toBe("portalTicketAttachmentsNone");
    expect(screen.queryByTestId("ticket-review-machine")).toBeNull();
    expect(screen.getByTestId("ticket-review-category").textContent).toBe("FAULT");
  });
});
