import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PortalApi, TicketDetails } from "../../api";
import { PortalError } from "../../problem";
import { TicketConversation } from "./TicketConversation";

// the conversation's logic only: the language, the file saving and the portal API are stand-ins
vi.mock("../../i18n", () => ({ i18n: { language: "en" } }));
vi.mock("../../download", () => ({ saveFile: vi.fn() }));
const api = { replyToTicket: vi.fn(), ticketAttachment: vi.fn() };
vi.mock("../../usePortalApi", () => ({ usePortalApi: () => api as unknown as PortalApi }));

const ticket: TicketDetails = {
  id: "t-1",
  number: 42,
  category: "FAULT",
  subject: "Caldaia ferma",
  status: "IN_PROGRESS",
  supplyPointId: null,
  createdAt: "2026-11-20T10:00:00Z",
  updatedAt: "2026-11-20T12:00:00Z",
  machine: null,
  state: null,
  description: "Non parte.",
  contacts: [],
  attachments: [],
  messages: [
    {
      id: "m-1",
      authorKind: "OPERATOR",
      authorName: "Anna Operatrice",
      text: "Il tecnico arriva domani.",
      createdAt: "2026-11-20T11:00:00Z",
      attachments: [{ id: "a-1", filename: "intervento.pdf", contentType: "application/pdf", size: 2048 }],
    },
  ],
  statusHistory: [{ from: "OPEN", to: "IN_PROGRESS", changedAt: "2026-11-20T12:00:00Z", changedBy: "Anna" }],
};

const show = (details: TicketDetails, onReplied = vi.fn()) =>
  render(<TicketConversation ticket={details} onShowDetails={vi.fn()} onClose={vi.fn()} onReplied={onReplied} />);

afterEach(cleanup);

beforeEach(() => {
  vi.resetAllMocks();
});

describe("TicketConversation", () => {
  it("shows the operator's answer with its attachment and the status history, and sends a reply", async () => {
    const onReplied = vi.fn();
    api.replyToTicket.mockResolvedValue(ticket);
    show(ticket, onReplied);

    expect(screen.getByTestId("ticket-message-operator").textContent).toContain("Il tecnico arriva domani.");
    expect(screen.getByText("intervento.pdf")).toBeTruthy();
    expect(screen.getByTestId("ticket-status-history").querySelectorAll("li")).toHaveLength(2);
    fireEvent.change(screen.getByLabelText(/portalTicketReplyText/), { target: { value: "  Grazie!  " } });
    await act(async () => fireEvent.click(screen.getByTestId("ticket-reply-submit")));

    const [id, form] = api.replyToTicket.mock.calls[0] as [string, FormData];
    expect(id).toBe("t-1");
    expect(form.get("text")).toBe("Grazie!");
    expect(onReplied).toHaveBeenCalledWith(ticket);
  });

  it("has no reply form on a closed ticket, and an empty state without messages", () => {
    show({ ...ticket, status: "CLOSED", messages: [] });

    expect(screen.queryByTestId("ticket-reply")).toBeNull();
    expect(screen.getByTestId("ticket-closed")).toBeTruthy();
    expect(screen.getByTestId("ticket-messages-none")).toBeTruthy();
  });

  it("shows the server's problem when a reply is refused", async () => {
    api.replyToTicket.mockRejectedValue(
      new PortalError({ status: 409, title: "Ticket closed", type: "urn:sportello:problem:ticket-closed" }),
    );
    show(ticket);

    fireEvent.change(screen.getByLabelText(/portalTicketReplyText/), { target: { value: "Ancora?" } });
    await act(async () => fireEvent.click(screen.getByTestId("ticket-reply-submit")));

    expect(screen.getByTestId("portal-problem").textContent).toContain("Ticket closed");
  });
});
