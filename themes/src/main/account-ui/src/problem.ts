import type { components } from "./generated/portal-api";

/**
 * The server's RFC 9457 problem (localized title, detail and field errors). A refusal without a problem body keeps
 * only its status; status 0 means that no answer came at all (offline, server unreachable).
 */
export type Problem = Partial<components["schemas"]["Problem"]> & Pick<components["schemas"]["Problem"], "status">;

export const NO_ANSWER: Problem = { status: 0 };

/** A refused call, carrying the server's problem. */
export class PortalError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title ?? `HTTP ${problem.status}`);
  }
}

/** What a page shows for a failed call: the server's problem, or NO_ANSWER when the call never got one. */
export function toProblem(error: unknown): Problem {
  return error instanceof PortalError ? error.problem : NO_ANSWER;
}

/** The server's message for one form field, if the problem names it. */
export function fieldError(problem: Problem | undefined, field: string): string | undefined {
  return problem?.errors?.find((e) => e.field === field)?.message;
}

export async function problemOf(response: Response): Promise<Problem> {
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
