import type Keycloak from "keycloak-js";
import { filenameOf, type DownloadedFile } from "./download";
import { environment } from "./environment";
import type { components, paths } from "./generated/portal-api";
import { i18n } from "./i18n";
import { PortalError, problemOf } from "./problem";

/** The portal REST API of the realm (portal module), called with the account console's own access token. */
const base = `${environment.serverBaseUrl}/realms/${encodeURIComponent(environment.realm)}/sportello-portal`;

// The bodies as portal-openapi.yaml describes them (src/generated is made from it by `npm run generate`): when the
// YAML and the console disagree, tsc fails the build.
type Schemas = components["schemas"];
export type Address = Schemas["Address"];
export type Me = Schemas["Me"];
export type ContactChange = Schemas["ContactChange"];
export type SupplyPoint = Schemas["SupplyPoint"];
export type Commodity = SupplyPoint["commodity"];
export type Invoice = Schemas["Invoice"];
export type InvoicePage = Schemas["InvoicePage"];
/** A CRM document (named apart from the DOM's Document). */
export type PortalDocument = Schemas["Document"];
export type DocumentScope = NonNullable<NonNullable<Operation<"/documents", "get">["parameters"]["query"]>["scope"]>;
export type Consumption = Schemas["Consumption"];
export type ConsumptionMonth = Consumption["months"][number];
export type Metering = Schemas["Metering"];
export type Reading = Schemas["Reading"];
export type ReadingWindow = Schemas["ReadingWindow"];
export type ContractData = Schemas["ContractData"];
export type Home = Schemas["Home"];
export type TicketCategory = Ok<"/tickets/categories", "get">[number];
export type TicketMachine = Schemas["TicketMachine"];
export type MachineState = Schemas["MachineState"];
export type TicketSummary = Schemas["TicketSummary"];
export type TicketDetails = Schemas["TicketDetails"];
export type TicketAttachment = TicketDetails["attachments"][number];
export type TicketMessage = Schemas["TicketMessage"];
export type TicketStatusChange = Schemas["TicketStatusChange"];
export type TicketCreated = Schemas["TicketCreated"];
export type Company = Schemas["Company"];
export type CompanyMember = Schemas["CompanyMember"];
export type CompanyInvitation = Schemas["CompanyInvitation"];

type Path = keyof paths;
type Method = "get" | "put" | "post" | "delete";
/** The methods the YAML declares for a path: calling any other one does not compile. */
type MethodOf<P extends Path> = { [M in Method]: undefined extends paths[P][M] ? never : M }[Method];
type Operation<P extends Path, M extends MethodOf<P>> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : never;
/** The JSON body of the operation's success answer (200, else 201). */
type Ok<P extends Path, M extends MethodOf<P>> =
  Operation<P, M> extends { responses: { 200: infer R } }
    ? JsonOf<R>
    : Operation<P, M> extends { responses: { 201: infer R } }
      ? JsonOf<R>
      : never;
type RequestBody<P extends Path, M extends MethodOf<P>> =
  Operation<P, M> extends { requestBody?: { content: infer C } } ? C[keyof C] : never;
/** A call's path parameters (by the names in the YAML's path template), query and body. */
type Call<P extends Path, M extends MethodOf<P>> = {
  query?: Operation<P, M> extends { parameters: { query?: infer Q } } ? Q : never;
  body?: RequestBody<P, M>;
  signal?: AbortSignal;
} & (paths[P]["parameters"] extends { path: infer A } ? { path: A } : { path?: never });

/** Abandons a call whose answer the page no longer needs (see usePortalQuery). */
type Signal = AbortSignal | undefined;

export class PortalApi {
  constructor(private readonly keycloak: Keycloak) {}

  private async request<P extends Path, M extends MethodOf<P>>(method: M, path: P, typed: Call<P, M>) {
    // checked against the YAML at the call site; here only its shape matters
    const call = typed as { path?: object; query?: object; body?: unknown; signal?: AbortSignal };
    // keep the token fresh: a console left open longer than the access token lifespan still works
    await this.keycloak.updateToken(30).catch(() => this.keycloak.login());
    const headers = new Headers();
    headers.set("Authorization", `Bearer ${this.keycloak.token}`);
    headers.set("Accept-Language", i18n.language || environment.locale);
    let body: BodyInit | undefined;
    if (call.body instanceof FormData) {
      body = call.body;
    } else if (call.body !== undefined) {
      headers.set("Content-Type", "application/json");
      body = JSON.stringify(call.body);
    }
    const url = base + expand(path, call.path) + queryString(call.query);
    const response = await fetch(url, { method: method.toUpperCase(), headers, body, signal: call.signal });
    if (!response.ok) {
      throw new PortalError(await problemOf(response));
    }
    return response;
  }

  private async json<P extends Path, M extends MethodOf<P>>(method: M, path: P, call: Call<P, M>): Promise<Ok<P, M>> {
    return (await this.request(method, path, call)).json() as Promise<Ok<P, M>>;
  }

  home = (signal?: Signal) => this.json("get", "/home", { signal });
  me = (signal?: Signal) => this.json("get", "/me", { signal });
  saveContact = (change: ContactChange) => this.json("put", "/me/contact", { body: change });

  supplyPoints = (signal?: Signal) => this.json("get", "/supply-points", { signal });

  invoices = (id: number, query: { from?: string; to?: string; page: number; size: number }, signal?: Signal) =>
    this.json("get", "/supply-points/{id}/invoices", { path: { id }, query, signal });
  invoicePdf = (number: string) => this.file("/invoices/{number}/pdf", { path: { number } }, `${number}.pdf`);

  documents = (query: { scope: DocumentScope; page: number; size: number }, signal?: Signal) =>
    this.json("get", "/documents", { query, signal });
  documentContent = (document: PortalDocument) =>
    this.file("/documents/{id}/content", { path: { id: String(document.id) } }, document.fileName);

  consumption = (id: number, year: number, signal?: Signal) =>
    this.json("get", "/supply-points/{id}/consumption", { path: { id }, query: { year }, signal });
  consumptionCsv = (id: number, year: number) =>
    this.file("/supply-points/{id}/consumption.csv", { path: { id }, query: { year } }, `consumption-${year}.csv`);

  metering = (id: number, range: { from: string; to: string }, signal?: Signal) =>
    this.json("get", "/supply-points/{id}/metering", { path: { id }, query: { ...range }, signal });
  /** Every interval of the range (raw, whatever its length), as CSV or XLSX. */
  meteringFile = (id: number, range: { from: string; to: string }, format: "csv" | "xlsx") =>
    this.file(
      format === "csv" ? "/supply-points/{id}/metering.csv" : "/supply-points/{id}/metering.xlsx",
      { path: { id }, query: { ...range, resolution: "raw" } },
      `metering-${range.from}-${range.to}.${format}`,
    );

  contract = (id: number, signal?: Signal) =>
    this.json("get", "/supply-points/{id}/contract", { path: { id }, signal });

  readings = (id: number, signal?: Signal) =>
    this.json("get", "/supply-points/{id}/readings", { path: { id }, signal });
  readingWindow = (id: number, signal?: Signal) =>
    this.json("get", "/supply-points/{id}/reading-window", { path: { id }, signal });
  submitReading = (id: number, meterValue: number, correctorValue: number | null) =>
    this.json("post", "/supply-points/{id}/readings", { path: { id }, body: { meterValue, correctorValue } });
  deleteReading = async (id: number, readingId: string) => {
    await this.request("delete", "/supply-points/{id}/readings/{readingId}", { path: { id, readingId } });
  };

  tickets = (signal?: Signal) => this.json("get", "/tickets", { signal });
  ticketCategories = (signal?: Signal) => this.json("get", "/tickets/categories", { signal });
  ticketMachines = (signal?: Signal) => this.json("get", "/tickets/machines", { signal });
  ticket = (id: string, signal?: Signal) => this.json("get", "/tickets/{id}", { path: { id }, signal });
  /** The form's fields are the YAML's TicketForm; the browser encodes them as multipart/form-data. */
  openTicket = (form: FormData) => this.json("post", "/tickets", { body: form as unknown as Schemas["TicketForm"] });
  /** The fields are the YAML's TicketMessageForm (text, attachments), encoded by the browser as multipart/form-data. */
  replyToTicket = (id: string, form: FormData) =>
    this.json("post", "/tickets/{id}/messages", {
      path: { id },
      body: form as unknown as Schemas["TicketMessageForm"],
    });
  ticketAttachment = (id: string, attachment: TicketAttachment) =>
    this.file(
      "/tickets/{id}/attachments/{attachmentId}",
      { path: { id, attachmentId: attachment.id } },
      attachment.filename,
    );

  companies = (signal?: Signal) => this.json("get", "/company", { signal });
  companyMembers = (signal?: Signal) => this.json("get", "/company/members", { signal });
  inviteColleague = (invitation: CompanyInvitation) => this.json("post", "/company/members", { body: invitation });
  resetColleaguePassword = async (userId: string) => {
    await this.request("post", "/company/members/{userId}/password-reset", { path: { userId } });
  };

  /** Downloads a protected file: a plain link cannot carry the bearer token, so fetch it and save the blob. */
  private async file<P extends Path>(path: P, call: Call<P, "get" & MethodOf<P>>, fallbackName: string) {
    const response = await this.request("get" as "get" & MethodOf<P>, path, call);
    const file: DownloadedFile = {
      blob: await response.blob(),
      filename: filenameOf(response.headers.get("Content-Disposition")) ?? fallbackName,
    };
    return file;
  }
}

/** Fills the YAML's path template (`/supply-points/{id}/invoices`) with the call's path parameters. */
function expand(template: string, params: object | undefined): string {
  const values = (params ?? {}) as Record<string, string | number>;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
}

function queryString(query: object | undefined): string {
  const params = new URLSearchParams();
  Object.entries(query ?? {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== "") params.set(name, String(value));
  });
  const text = params.toString();
  return text ? `?${text}` : "";
}
