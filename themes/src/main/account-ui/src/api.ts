import type Keycloak from "keycloak-js";
import { environment } from "./environment";
import { i18n } from "./i18n";

/** The portal REST API of the realm (portal module), called with the account console's own access token. */
const base = `${environment.serverBaseUrl}/realms/${encodeURIComponent(environment.realm)}/sportello-portal`;

export type Address = { street?: string | null; postalCode?: string | null; city?: string | null; province?: string | null };
export type Me = {
  customerCode: string;
  kind: "PERSON" | "COMPANY";
  displayName: string;
  email?: string | null;
  phone?: string | null;
  fax?: string | null;
  address: Address;
  /** after a requested email change: set, whether or not the address could be used (the change needs the link) */
  emailConfirmation?: string | null;
};
export type ContactChange = { phone: string | null; fax: string | null; email: string | null };
export type Commodity = "ELECTRICITY" | "GAS" | "WATER";
export type SupplyPoint = {
  id: number;
  commodity: Commodity;
  code: string;
  address: Address;
  meterType?: string | null;
  hasCorrector: boolean;
};
export type Invoice = {
  number: string;
  issueDate: string;
  periodFrom?: string | null;
  periodTo?: string | null;
  amount: number;
  dueDate?: string | null;
  status: string;
  hasPdf: boolean;
};
export type InvoicePage = { items: Invoice[]; page: number; size: number; total: number };
export type ConsumptionMonth = { month: number; energy?: number | null; power?: number | null; volume?: number | null };
export type Consumption = { year: number; unit: string; months: ConsumptionMonth[] };
export type Reading = {
  id: string;
  readingDate: string;
  meterValue: number;
  correctorValue?: number | null;
  status: "SUBMITTED" | "ACQUIRED";
  deletable: boolean;
};
export type ReadingWindow = { open: boolean; from?: string | null; to?: string | null };
export type TicketCategory = { id: string; label: string };
export type TicketSummary = {
  id: string;
  number?: number | null;
  category: string;
  subject: string;
  status: "OPEN" | "IN_PROGRESS" | "CLOSED";
  supplyPointId?: number | null;
  createdAt: string;
  updatedAt: string;
};
export type TicketAttachment = { id: string; filename: string; contentType: string; size: number };
export type TicketDetails = TicketSummary & {
  machine?: string | null;
  state?: string | null;
  description: string;
  contacts: string[];
  attachments: TicketAttachment[];
};
export type TicketCreated = { id: string; number: number };

export type FieldError = { field: string; message: string };
export type Problem = { type?: string; title?: string; status: number; detail?: string; errors?: FieldError[] };

/** A refused call, with the server's RFC 9457 problem (localized title, detail and field errors) when it sent one. */
export class PortalError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title ?? `HTTP ${problem.status}`);
  }

  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

export class PortalApi {
  constructor(private readonly keycloak: Keycloak) {}

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    // keep the token fresh: a console left open longer than the access token lifespan still works
    await this.keycloak.updateToken(30).catch(() => this.keycloak.login());
    const headers = new Headers(init.headers);
    headers.set("Authorization", `Bearer ${this.keycloak.token}`);
    headers.set("Accept-Language", i18n.language || environment.locale);
    const response = await fetch(base + path, { ...init, headers });
    if (!response.ok) {
      throw new PortalError(await problemOf(response));
    }
    return response;
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    return (await this.request(path, init)).json() as Promise<T>;
  }

  private send<T>(method: string, path: string, body: unknown): Promise<T> {
    return this.json<T>(path, {
      method,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  me = () => this.json<Me>("/me");
  saveContact = (change: ContactChange) => this.send<Me>("PUT", "/me/contact", change);

  supplyPoints = () => this.json<SupplyPoint[]>("/supply-points");

  invoices = (supplyPointId: number, query: { from?: string; to?: string; page: number; size: number }) => {
    const params = new URLSearchParams({ page: String(query.page), size: String(query.size) });
    if (query.from) params.set("from", query.from);
    if (query.to) params.set("to", query.to);
    return this.json<InvoicePage>(`/supply-points/${supplyPointId}/invoices?${params}`);
  };
  invoicePdf = (number: string) => this.file(`/invoices/${encodeURIComponent(number)}/pdf`, `${number}.pdf`);

  consumption = (supplyPointId: number, year: number) =>
    this.json<Consumption>(`/supply-points/${supplyPointId}/consumption?year=${year}`);
  consumptionCsv = (supplyPointId: number, year: number) =>
    this.file(`/supply-points/${supplyPointId}/consumption.csv?year=${year}`, `consumption-${year}.csv`);

  readings = (supplyPointId: number) => this.json<Reading[]>(`/supply-points/${supplyPointId}/readings`);
  readingWindow = (supplyPointId: number) => this.json<ReadingWindow>(`/supply-points/${supplyPointId}/reading-window`);
  submitReading = (supplyPointId: number, meterValue: number, correctorValue: number | null) =>
    this.send<Reading>("POST", `/supply-points/${supplyPointId}/readings`, { meterValue, correctorValue });
  deleteReading = async (supplyPointId: number, readingId: string) => {
    await this.request(`/supply-points/${supplyPointId}/readings/${encodeURIComponent(readingId)}`, {
      method: "DELETE",
    });
  };

  tickets = () => this.json<TicketSummary[]>("/tickets");
  ticketCategories = () => this.json<TicketCategory[]>("/tickets/categories");
  ticket = (id: string) => this.json<TicketDetails>(`/tickets/${encodeURIComponent(id)}`);
  openTicket = (form: FormData) => this.json<TicketCreated>("/tickets", { method: "POST", body: form });
  ticketAttachment = (ticketId: string, attachment: TicketAttachment) =>
    this.file(
      `/tickets/${encodeURIComponent(ticketId)}/attachments/${encodeURIComponent(attachment.id)}`,
      attachment.filename,
    );

  /** Downloads a protected file: a plain link cannot carry the bearer token, so fetch it and save the blob. */
  private async file(path: string, fallbackName: string): Promise<DownloadedFile> {
    const response = await this.request(path);
    return {
      blob: await response.blob(),
      filename: filenameOf(response.headers.get("Content-Disposition")) ?? fallbackName,
    };
  }
}

export type DownloadedFile = { blob: Blob; filename: string };

async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get("Content-Type") ?? "";
  if (type.includes("json")) {
    try {
      const problem = (await response.json()) as Problem;
      return { ...problem, status: problem.status ?? response.status };
    } catch {
      // not the JSON it claimed to be: fall through to the bare status
    }
  }
  return { status: response.status };
}

function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1];
}

/**
 * Hands a downloaded file to the browser. The link stays in a hidden list for a minute (then its object URL is
 * released), so assistive tools and tests can find what was last downloaded.
 */
export function saveFile({ blob, filename }: DownloadedFile): void {
  let list = document.getElementById("sportello-downloads");
  if (!list) {
    list = document.createElement("div");
    list.id = "sportello-downloads";
    list.hidden = true;
    document.body.appendChild(list);
  }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.dataset.filename = filename;
  list.appendChild(link);
  link.click();
  window.setTimeout(() => {
    URL.revokeObjectURL(link.href);
    link.remove();
  }, 60_000);
}
