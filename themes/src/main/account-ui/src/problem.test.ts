import { describe, expect, it } from "vitest";
import { fieldError, PortalError, problemOf, toProblem } from "./problem";

const problem = {
  type: "urn:sportello:problem:validation",
  title: "Alcuni campi non sono validi",
  status: 400,
  errors: [{ field: "phone", message: "Numero non valido" }],
};

describe("problem", () => {
  it("reads the server's problem+json", async () => {
    const response = new Response(JSON.stringify(problem), {
      status: 400,
      headers: { "Content-Type": "application/problem+json" },
    });
    expect(await problemOf(response)).toEqual(problem);
  });

  it("keeps only the status of an answer without a problem", async () => {
    const html = new Response("<html>Bad gateway</html>", { status: 502, headers: { "Content-Type": "text/html" } });
    expect(await problemOf(html)).toEqual({ status: 502 });
    const broken = new Response("{not json", { status: 500, headers: { "Content-Type": "application/json" } });
    expect(await problemOf(broken)).toEqual({ status: 500 });
  });

  it("maps a refusal to its problem and anything else to no answer", () => {
    expect(toProblem(new PortalError(problem))).toBe(problem);
    expect(toProblem(new TypeError("Failed to fetch"))).toEqual({ status: 0 });
  });

  it("finds the message of one field", () => {
    expect(fieldError(problem, "phone")).toBe("Numero non valido");
    expect(fieldError(problem, "fax")).toBeUndefined();
    expect(fieldError(undefined, "phone")).toBeUndefined();
  });
});
